import { withoutLine } from '../../src/yaml/syntax-line.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { selectFirstError, selectReading, selectStale } from '../store/selectors.ts';

/** What the text is, when it is not Kubernetes YAML at all (Terraform, Helm values, …). */
const selectFormat = (s: AppState) =>
  s.diagnostics?.find((d) => d.ruleId === 'text-format' && d.severity === 'error');

/**
 * While the text does not parse: says so, where, and that the canvas is the last good state; for a
 * text that is something else (Terraform, a Helm template), what it is instead. While
 * a large text is read in the background: says that.
 */
export function StaleBanner() {
  const stale = useApp(selectStale);
  const error = useApp(selectFirstError);
  const reading = useApp(selectReading);
  const format = useApp(selectFormat);
  if (reading) {
    return (
      <div className="stale-banner stale-banner-reading" role="status">
        <strong>Reading a large design…</strong> The canvas shows the previous design until it is
        read; canvas edits wait. The text is already yours.
      </div>
    );
  }
  if (!stale) return null;
  if (format) {
    return (
      <div className="stale-banner" role="alert">
        <strong>Not Kubernetes YAML</strong> — {format.message} The canvas shows the last valid
        design; nothing you typed is lost.
      </div>
    );
  }
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
