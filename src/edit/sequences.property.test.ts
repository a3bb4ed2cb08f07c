import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../yaml/parse.ts';
import { EditError } from './errors.ts';
import { opSpec, type OpSpec } from './testing/arbitraries.ts';
import { documentTexts, runs, STARTING_TEXTS } from './testing/fixtures.ts';
import { resolveStep, type Step } from './testing/steps.ts';
import { copiedComments, keepsakes, lostKeepsakes } from './testing/survival.ts';
import { readsTheSameInYaml11 } from './testing/yaml11.ts';

/**
 * Runs `specs` from `text`, calling `check` after every edit that applied. Refusals must be
 * EditErrors (shown to the user as is); anything else thrown is a bug.
 */
function walk(
  text: string,
  specs: readonly OpSpec[],
  check: (before: string, after: string, step: Step) => void,
): void {
  let current = text;
  for (const spec of specs) {
    const step = resolveStep(current, spec);
    if (!step) continue;
    let next: string;
    try {
      next = step.run();
    } catch (err) {
      if (!(err instanceof EditError))
        throw new Error(`${step.label} threw ${String(err)}`, { cause: err });
      continue;
    }
    check(current, next, step);
    current = next;
  }
}

/** The first document needs no `---`: removing the one before it drops its separator. */
const withoutSeparator = (doc: string | undefined, i: number) =>
  i === 0 ? doc?.replace(/^---[ \t]*\r?\n/, '') : doc;

const start = fc.constantFrom(...STARTING_TEXTS);
const sequence = fc.array(opSpec, { minLength: 1, maxLength: 8 });

describe('random sequences of edits', () => {
  it('always give YAML that parses (as Kubernetes reads it too) and leave the other documents byte for byte', () => {
    fc.assert(
      fc.property(start, sequence, ({ text }, specs) => {
        walk(text, specs, (before, after, step) => {
          expect(typeof after).toBe('string');
          const problems = parseDesign(after).problems.filter((p) => p.severity === 'error');
          expect(problems, step.label).toEqual([]);
          if (readsTheSameInYaml11(before))
            expect(readsTheSameInYaml11(after), step.label).toBe(true);
          const was = documentTexts(before);
          const is = documentTexts(after).map(withoutSeparator);
          const expected = was
            .map((d, i) => (step.edits.includes(i) ? is[i] : d))
            .filter((_, i) => i !== step.removes)
            .map(withoutSeparator);
          if (step.appends) expect(is.length, step.label).toBe(was.length + 1);
          else expect(is.length, step.label).toBe(expected.length);
          expect(is.slice(0, expected.length), step.label).toEqual(expected);
        });
      }),
      { numRuns: runs(100) },
    );
  }, 120_000);

  it('keep every comment and unknown field outside what the edit removed, and copy no comment', () => {
    fc.assert(
      fc.property(start, sequence, ({ text }, specs) => {
        walk(text, specs, (before, after, step) => {
          const kept = keepsakes(after);
          const lost = lostKeepsakes(keepsakes(before, step.removed), kept);
          expect(lost, step.label).toEqual([]);
          if (!step.copies) expect(copiedComments(keepsakes(before), kept), step.label).toEqual([]);
        });
      }),
      { numRuns: runs(100) },
    );
  }, 120_000);

  it('undo exactly when followed by their inverse', () => {
    fc.assert(
      fc.property(start, sequence, ({ text }, specs) => {
        walk(text, specs, (before, after, step) => {
          if (step.inverse && after !== before)
            expect(step.inverse(after), step.label).toBe(before);
        });
      }),
      { numRuns: runs(100) },
    );
  }, 120_000);
});
