import { useId, useState } from 'react';
import type { Diagnostic } from '../../src/validate/types.ts';
import { ProblemEntry } from './ProblemEntry.tsx';
import { SEVERITY } from './words.ts';

interface Props {
  ruleId: string;
  items: readonly Diagnostic[];
  /** What they are about: "3 containers". */
  what: string;
}

/** The info findings of one rule, folded into one row that opens to list each of them. */
export function ProblemGroup({ ruleId, items, what }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const severity = SEVERITY.info;
  return (
    <li className="problem-group diag-info">
      <button
        type="button"
        className="problem-show problem-group-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="problem-severity">
          <span aria-hidden="true">{severity.icon}</span> {severity.title}
        </span>
        <span className="problem-group-title">
          <code>{ruleId}</code> — {what}
        </span>
        <span className="problem-group-state" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      {open ? (
        <ul id={listId} className="problems-list problem-group-items">
          {items.map((d, i) => (
            <ProblemEntry key={`${i}/${d.line}`} diagnostic={d} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
