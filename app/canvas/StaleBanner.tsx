import { useApp } from '../store/context.tsx';
import { selectFirstError, selectReading, selectStale } from '../store/selectors.ts';

/**
 * While the text does not parse: says so, where, and that the canvas is the last good state. While
 * a large text is read in the background: says that.
 */
export function StaleBanner() {
  const stale = useApp(selectStale);
  const error = useApp(selectFirstError);
  const reading = useApp(selectReading);
  if (reading) {
    return (
      <div className="stale-banner stale-banner-reading" role="status">
        <strong>Reading a large design…</strong> The canvas shows the previous design until it is
        read; canvas edits wait. The text is already yours.
      </div>
    );
  }
  if (!stale) return null;
  return (
    <div className="stale-banner" role="alert">
      <strong>YAML has errors</strong>
      {error ? (
        <>
          {' '}
          — line {error.line}: {error.message}.
        </>
      ) : null}{' '}
      The canvas shows the last valid design and canvas edits are paused until the YAML is fixed.
      Nothing you typed is lost.
    </div>
  );
}
