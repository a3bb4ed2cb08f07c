import { SEVERITY_RANK } from '../../src/validate/severity.ts';
import type { Diagnostic, Severity } from '../../src/validate/types.ts';

/** One row of the problems panel: a finding, or the info findings of one rule folded together. */
export type ProblemRow =
  | { kind: 'one'; diagnostic: Diagnostic }
  | { kind: 'group'; ruleId: string; severity: Severity; items: Diagnostic[]; what: string };

/** Errors first, then warnings, then info; by line and column within each. */
export function bySeverity(a: Diagnostic, b: Diagnostic): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.line - b.line || a.column - b.column
  );
}

const LISTS = new Map([
  ['containers', 'containers'],
  ['initContainers', 'containers'],
  ['ephemeralContainers', 'containers'],
  ['volumes', 'volumes'],
]);

/** The container or volume a finding is about (`containers/0` in document 1), and its noun. */
function subject(d: Diagnostic): { key: string; noun: string } | undefined {
  const at = d.path.findIndex(
    (seg, i) => LISTS.has(String(seg)) && typeof d.path[i + 1] === 'number',
  );
  if (at === -1) return undefined;
  const noun = LISTS.get(String(d.path[at]))!;
  return { key: `${d.document}/${d.path.slice(0, at + 2).join('/')}`, noun };
}

/** What folded findings are about: "3 containers" when each is about a different one. */
function whatTheyConcern(items: readonly Diagnostic[]): string {
  const subjects = items.map(subject);
  const noun = subjects[0]?.noun;
  const distinct = new Set(subjects.map((s) => s?.key));
  if (noun && subjects.every((s) => s?.noun === noun) && distinct.size === items.length)
    return `${items.length} ${noun}`;
  return `${items.length} findings`;
}

/**
 * The panel's rows: errors, then warnings, then info, each by line. Info findings of one rule
 * that fires more than once fold into one row ("probe-missing — 3 containers"), placed where its
 * first finding would be; errors and warnings are never folded.
 */
export function problemRows(diagnostics: readonly Diagnostic[]): ProblemRow[] {
  const sorted = [...diagnostics].sort(bySeverity);
  const infoByRule = new Map<string, Diagnostic[]>();
  for (const d of sorted) {
    if (d.severity !== 'info') continue;
    const list = infoByRule.get(d.ruleId);
    if (list) list.push(d);
    else infoByRule.set(d.ruleId, [d]);
  }
  const rows: ProblemRow[] = [];
  const folded = new Set<string>();
  for (const d of sorted) {
    const group = d.severity === 'info' ? infoByRule.get(d.ruleId) : undefined;
    if (!group || group.length < 2) {
      rows.push({ kind: 'one', diagnostic: d });
      continue;
    }
    if (folded.has(d.ruleId)) continue;
    folded.add(d.ruleId);
    rows.push({
      kind: 'group',
      ruleId: d.ruleId,
      severity: 'info',
      items: group,
      what: whatTheyConcern(group),
    });
  }
  return rows;
}
