import { useApp } from '../store/context.tsx';
import { selectFirstError, selectStale } from '../store/selectors.ts';

/** While the text does not parse: says so, where, and that the canvas is the last good state. */
export function StaleBanner() {
  const stale = useApp(selectStale);
  const error = useApp(selectFirstError);
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
