import fc from 'fast-check';
import { describe, it } from 'vitest';
import { opSpec } from './testing/arbitraries.ts';
import { PROPERTY_TIMEOUT, runs, STARTING_TEXTS } from './testing/fixtures.ts';
import { expectInverse, expectKeepsakes, expectSound, walk } from './testing/walk.ts';

const start = fc.constantFrom(...STARTING_TEXTS);
const sequence = fc.array(opSpec, { minLength: 1, maxLength: 8 });

const PROPERTIES = [
  [
    'always give YAML that parses (as Kubernetes reads it too) and leave the other documents byte for byte',
    expectSound,
  ],
  [
    'keep every comment and unknown field outside what the edit removed, and copy no comment',
    expectKeepsakes,
  ],
  ['undo exactly when followed by their inverse', expectInverse],
] as const;

describe('random sequences of edits', () => {
  for (const [name, check] of PROPERTIES)
    it(
      name,
      () => {
        fc.assert(
          fc.property(start, sequence, ({ text }, specs) => walk(text, specs, check)),
          { numRuns: runs(100) },
        );
      },
      PROPERTY_TIMEOUT,
    );
});
