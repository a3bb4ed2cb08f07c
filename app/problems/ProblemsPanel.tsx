import { useId, useMemo, useState } from 'react';
import type { Diagnostic, Severity } from '../../src/validate/types.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { selectDiagnostics, selectProblems } from '../store/selectors.ts';
import { ProblemEntry } from './ProblemEntry.tsx';
import { ProblemGroup } from './ProblemGroup.tsx';
import { problemRows } from './rows.ts';
import { SEVERITIES, SEVERITY } from './words.ts';
import './problems.css';

const selectVersion = (s: AppState) => s.k8sVersion;

/**
 * Every diagnostic of the design (the region "Problems"), filtered by severity: errors first, then
 * warnings, then info, by line; the info findings of one rule fold into one row. An entry shows
 * its place in the editor and selects the container or volume it concerns; some offer a fix.
 */
export default function ProblemsPanel() {
  const diagnostics = useApp(selectDiagnostics);
  const problems = useApp(selectProblems);
  const version = useApp(selectVersion);
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const titleId = useId();
  // Until the validator has loaded (or if it failed), the YAML problems are all there is.
  const list = useMemo<Diagnostic[]>(
    () =>
      diagnostics ??
      problems.map((p) => ({ ...p, path: [], endLine: p.line, endColumn: p.column })),
    [diagnostics, problems],
  );
  const rows = useMemo(
    () => problemRows(list.filter((d) => !hidden.has(d.severity))),
    [list, hidden],
  );
  const toggle = (s: Severity) =>
    setHidden((h) => {
      const next = new Set(h);
      if (!next.delete(s)) next.add(s);
      return next;
    });

  return (
    <section className="problems" aria-labelledby={titleId}>
      <div className="problems-head">
        <h3 id={titleId}>Problems</h3>
        <span className="problems-version">for Kubernetes {version}</span>
        <div className="problems-filter" role="group" aria-label="Show severities">
          {SEVERITIES.map((s) => (
            <button
              key={s}
              type="button"
              className={`problems-toggle diag-${s}`}
              aria-pressed={!hidden.has(s)}
              onClick={() => toggle(s)}
            >
              <span aria-hidden="true">{SEVERITY[s].icon}</span> {capital(SEVERITY[s].many)}{' '}
              <span className="problems-count">{list.filter((d) => d.severity === s).length}</span>
            </button>
          ))}
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="problems-empty">
          {diagnostics === null && list.length === 0
            ? 'Checking the design…'
            : list.length === 0
              ? 'No problems.'
              : 'No problems of the shown severities.'}
        </p>
      ) : (
        <ul className="problems-list">
          {rows.map((row, i) =>
            row.kind === 'one' ? (
              <ProblemEntry
                key={`${i}/${row.diagnostic.ruleId}/${row.diagnostic.line}`}
                diagnostic={row.diagnostic}
              />
            ) : (
              <ProblemGroup
                key={`group/${row.ruleId}`}
                ruleId={row.ruleId}
                items={row.items}
                what={row.what}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
