import { useMemo } from 'react';
import { concerning } from '../../src/validate/concerns.ts';
import type { Path } from '../../src/yaml/path.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { selectDiagnostics, selectWorkload } from '../store/selectors.ts';
import { fixTitle } from '../store/validator.ts';
import { countWords, SEVERITIES, SEVERITY } from './words.ts';
import './badge.css';

const selectFix = (s: AppState) => s.applyFix;
const selectDocument = (s: AppState) => selectWorkload(s)?.document ?? -1;

/**
 * The errors and warnings about one container or volume of the shown workload (by its `path`):
 * the worst one's icon and the count ("⚠ 1", named "1 warning"), which open to the messages, each
 * with its rule id and quick fix.
 */
export function DiagnosticBadge({ path }: { path: Path }) {
  const document = useApp(selectDocument);
  const all = useApp(selectDiagnostics);
  const applyFix = useApp(selectFix);
  // Errors and warnings only: best-practice info would badge nearly every card; the panel lists it.
  const mine = useMemo(
    () => (all ? concerning(all, document, path).filter((d) => d.severity !== 'info') : []),
    [all, document, path],
  );
  if (mine.length === 0) return null;
  const counts = SEVERITIES.map((s) => ({ s, n: mine.filter((d) => d.severity === s).length }));
  const worst = counts.find((c) => c.n > 0)!.s;
  const words = counts
    .filter((c) => c.n > 0)
    .map((c) => countWords(c.s, c.n))
    .join(', ');
  return (
    <details className={`diag-badge diag-${worst}`}>
      <summary title={mine.map((d) => d.message).join('\n')}>
        {/* Small on the diagram's nodes: the worst icon and the count; the words for readers. */}
        <span aria-hidden="true">
          {SEVERITY[worst].icon} {mine.length}
        </span>
        <span className="visually-hidden">{words}</span>
      </summary>
      <ul className="diag-badge-list">
        {mine.map((d, i) => (
          <li key={i}>
            <span className="diag-word">
              <span aria-hidden="true">{SEVERITY[d.severity].icon}</span>{' '}
              {SEVERITY[d.severity].title}:
            </span>{' '}
            {d.message} <code className="diag-rule">{d.ruleId}</code>
            {d.fix ? (
              <button type="button" className="small-button" onClick={() => applyFix(d)}>
                Fix: {fixTitle(d.fix)}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
