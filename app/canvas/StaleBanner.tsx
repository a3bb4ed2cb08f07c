import { lazy, Suspense } from 'react';
import { withoutLine } from '../../src/yaml/syntax-line.ts';
import { useApp } from '../store/context.tsx';
import { selectFirstError, selectForeign, selectReading, selectStale } from '../store/selectors.ts';

// Loaded only while the text is something else: the first screen never needs it.
const TerraformOffer = lazy(() =>
  import('../io/TerraformOffer.tsx').then((m) => ({ default: m.TerraformOffer })),
);

/**
 * While the text does not parse: says so, where, and that the canvas is the last good state. For
 * a text that is something else (Terraform, a Helm template), parsed or not, what it is instead,
 * with the offer to convert Terraform. While a large text is read in the background: says that.
 */
export function StaleBanner() {
  const stale = useApp(selectStale);
  const error = useApp(selectFirstError);
  const reading = useApp(selectReading);
  const format = useApp(selectForeign);
  if (reading) {
    return (
      <div className="stale-banner stale-banner-reading" role="status">
        <strong>Reading a large design…</strong> The canvas shows the previous design until it is
        read; canvas edits wait. The text is already yours.
      </div>
    );
  }
  if (format) {
    return (
      <div className="stale-banner" role="alert">
        <strong>Not Kubernetes YAML</strong> — {format.message}
        {stale ? ' The canvas shows the last valid design; nothing you typed is lost.' : null}
        <Suspense fallback={null}>
          <TerraformOffer />
        </Suspense>
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
          — line {error.line}: {withoutLine(error.message)}.
        </>
      ) : null}{' '}
      The canvas shows the last valid design and canvas edits are paused until the YAML is fixed.
      Nothing you typed is lost.
    </div>
  );
}
