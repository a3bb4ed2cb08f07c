import { FIX_TITLES } from '../../src/validate/fix-titles.ts';
import type { Diagnostic } from '../../src/validate/types.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { SEVERITY } from './words.ts';

const selectShow = (s: AppState) => s.showDiagnostic;
const selectFix = (s: AppState) => s.applyFix;

/** One diagnostic: severity in icon and word, message, rule id and line; its quick fix beside it. */
export function ProblemEntry({ diagnostic: d }: { diagnostic: Diagnostic }) {
  const show = useApp(selectShow);
  const applyFix = useApp(selectFix);
  const severity = SEVERITY[d.severity];
  return (
    <li className={`problem diag-${d.severity}`}>
      <button type="button" className="problem-show" onClick={() => show(d)}>
        <span className="problem-severity">
          <span aria-hidden="true">{severity.icon}</span> {severity.title}
        </span>
        <span className="problem-message">{d.message}</span>
        {d.detail ? <span className="problem-detail">The YAML parser says: {d.detail}</span> : null}
        <span className="problem-where">
          <code>{d.ruleId}</code>, line {d.line}
        </span>
      </button>
      {d.fix ? (
        <button type="button" className="small-button problem-fix" onClick={() => applyFix(d)}>
          Fix: {FIX_TITLES[d.fix]}
        </button>
      ) : null}
    </li>
  );
}
