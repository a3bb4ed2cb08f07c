import { designView } from '../pod/view.ts';
import type { RuleFamily } from '../validate/context.ts';
import { validateDesign } from '../validate/index.ts';
import { FAMILIES } from '../validate/rules/index.ts';
import type { K8sVersion } from '../validate/versions.ts';
import { parseDesign, parseDesignUncached } from '../yaml/parse.ts';

/** What `npm run bench` reports about linting one text. Times in milliseconds. */
export interface LintTimings {
  documents: number;
  bytes: number;
  runs: number;
  /** Fastest time of `parseDesign` alone. */
  parseMs: number;
  /** Fastest time of `parseDesign` + `validateDesign`: what linting a file costs. */
  lintMs: number;
  /** lintMs / parseMs. */
  ratio: number;
  /** Findings on the text, by severity (a benchmark of a file full of errors measures little). */
  findings: { error: number; warning: number; info: number };
  /** With `breakdown`: mean time per run of each part of `validateDesign`. */
  breakdown?: { part: string; ms: number }[];
}

export interface MeasureOptions {
  k8s?: K8sVersion;
  /** Timed runs of each measurement (default 7); two untimed runs warm up first. */
  runs?: number;
  /** Also time each rule family, the pod view and the rest (placing findings, sorting). */
  breakdown?: boolean;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** A family's label in the breakdown: its rule ids, shortened. */
function familyLabel(family: RuleFamily): string {
  const [first, ...more] = family.ids;
  if (!first) return 'rules (no ids)';
  return `rules: ${first}${more.length ? ` +${more.length}` : ''}`;
}

/**
 * Times linting `text` against parsing it alone, interleaved so drift hits both. The fastest of
 * `runs` is kept for each: on a shared machine other processes only ever add time, so the minimum
 * is the figure least disturbed by them (a median there swung the ratio from 0.8 to 1.2).
 * Reports, never judges: the caller prints the numbers.
 */
export function measureLint(text: string, options: MeasureOptions = {}): LintTimings {
  const runs = Math.max(1, options.runs ?? 7);
  const k8s = options.k8s;
  const parse: number[] = [];
  const lint: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const p = time(() => parseDesignUncached(text));
    const l = time(() => validateDesign(parseDesignUncached(text), { k8s }));
    if (i >= 2) {
      parse.push(p);
      lint.push(l);
    }
  }
  const parsed = parseDesign(text);
  const findings = { error: 0, warning: 0, info: 0 };
  for (const d of validateDesign(parsed, { k8s })) findings[d.severity]++;
  const parseMs = Math.min(...parse);
  const lintMs = Math.min(...lint);
  return {
    documents: parsed.documents.length,
    bytes: new TextEncoder().encode(text).length,
    runs,
    parseMs,
    lintMs,
    ratio: lintMs / parseMs,
    findings,
    ...(options.breakdown ? { breakdown: breakdown(text, runs, k8s) } : {}),
  };
}

type Hook = 'object' | 'workload' | 'design';
const HOOKS: readonly Hook[] = ['object', 'workload', 'design'];

/**
 * Mean time per run of each rule family inside `validateDesign`. The families' hooks are wrapped
 * with timers for the duration (validateDesign reads them at call time) and always restored;
 * what is left of validateDesign's time is the pod view and placing the findings in the text.
 */
function breakdown(text: string, runs: number, k8s: K8sVersion | undefined) {
  const parsed = parseDesign(text);
  const spent = FAMILIES.map(() => 0);
  const restore: (() => void)[] = [];
  let total = 0;
  let view = 0;
  // The families are shared module objects: a profile wraps them only while it runs.
  const families = FAMILIES as RuleFamily[];
  try {
    families.forEach((family, i) => {
      for (const hook of HOOKS) {
        const original = family[hook] as ((ctx: unknown, report: unknown) => void) | undefined;
        if (!original) continue;
        restore.push(() => ((family[hook] as unknown) = original));
        (family[hook] as unknown) = (ctx: unknown, report: unknown) => {
          const start = performance.now();
          try {
            original(ctx, report);
          } finally {
            spent[i]! += performance.now() - start;
          }
        };
      }
    });
    validateDesign(parsed, { k8s }); // warm-up, not counted
    spent.fill(0);
    for (let i = 0; i < runs; i++) {
      view += time(() => designView(parsed));
      total += time(() => validateDesign(parsed, { k8s }));
    }
  } finally {
    for (const undo of restore) undo();
  }
  const rules = spent.reduce((a, b) => a + b, 0);
  return [
    { part: 'pod view (designView)', ms: view / runs },
    ...families.map((f, i) => ({ part: familyLabel(f), ms: spent[i]! / runs })),
    {
      part: 'the rest: placing findings, sorting, GC',
      ms: Math.max(0, (total - rules - view) / runs),
    },
  ];
}
