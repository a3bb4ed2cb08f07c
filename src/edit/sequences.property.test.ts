import fc from 'fast-check';
import { describe, it } from 'vitest';
import { opSpec } from './testing/arbitraries.ts';
import { runs, STARTING_TEXTS } from './testing/fixtures.ts';
import { expectInverse, expectKeepsakes, expectSound, walk } from './testing/walk.ts';

const start = fc.constantFrom(...STARTING_TEXTS);
const sequence = fc.array(opSpec, { minLength: 1, maxLength: 8 });

describe('random sequences of edits', () => {
  it('always give YAML that parses (as Kubernetes reads it too) and leave the other documents byte for byte', () => {
    fc.assert(
      fc.property(start, sequence, ({ text }, specs) => walk(text, specs, expectSound)),
      { numRuns: runs(100) },
    );
  }, 120_000);

  it('keep every comment and unknown field outside what the edit removed, and copy no comment', () => {
    fc.assert(
      fc.property(start, sequence, ({ text }, specs) => walk(text, specs, expectKeepsakes)),
      { numRuns: runs(100) },
    );
  }, 120_000);

  it('undo exactly when followed by their inverse', () => {
    fc.assert(
      fc.property(start, sequence, ({ text }, specs) => walk(text, specs, expectInverse)),
      { numRuns: runs(100) },
    );
  }, 120_000);
});
