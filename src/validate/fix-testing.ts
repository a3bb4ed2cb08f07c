import { parseDesign } from '../yaml/parse.ts';
import { formatPath } from '../yaml/path.ts';
import { applyFix } from './fixes.ts';
import { validateDesign } from './index.ts';
import type { Diagnostic, FixId } from './types.ts';
import type { K8sVersion } from './versions.ts';

// Helpers for the quick-fix tests (tests only).

interface Where {
  k8s?: K8sVersion;
  /** The finding's path, as kubectl prints it; default: the first finding of the rule. */
  at?: string;
}

/** The findings of `ruleId` for a design. */
export function findingsOf(text: string, ruleId: string, where: Where = {}): Diagnostic[] {
  return validateDesign(parseDesign(text), { k8s: where.k8s }).filter(
    (d) => d.ruleId === ruleId && (where.at === undefined || formatPath(d.path) === where.at),
  );
}

/** The lines that differ between two texts: what is left once the common head and tail are cut. */
export function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

export interface Fixed {
  /** The fixed text. */
  text: string;
  /** The lines the fix took out and put in; every other line is as it was, byte for byte. */
  removed: string[];
  added: string[];
  /** True when validating the fixed text no longer reports the finding (same rule and path). */
  gone: boolean;
}

/**
 * Validates `text`, takes the finding of `ruleId` (at `where.at`), checks that it offers `fix`,
 * applies it, and says what changed and whether the finding is gone. Throws when the finding or
 * its fix is not there.
 */
export function runFix(text: string, ruleId: string, fix: FixId, where: Where = {}): Fixed {
  const [d] = findingsOf(text, ruleId, where);
  if (!d) throw new Error(`no ${ruleId} finding${where.at ? ` at ${where.at}` : ''}`);
  if (d.fix !== fix) throw new Error(`${ruleId} offers ${d.fix ?? 'no fix'}, not ${fix}`);
  const out = applyFix(text, d);
  const same = (x: Diagnostic) =>
    x.ruleId === d.ruleId && x.document === d.document && formatPath(x.path) === formatPath(d.path);
  const after = validateDesign(parseDesign(out), { k8s: where.k8s });
  return { text: out, ...lineDiff(text, out), gone: !after.some(same) };
}
