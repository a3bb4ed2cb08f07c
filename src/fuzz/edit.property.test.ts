import fc from 'fast-check';
import { describe, it } from 'vitest';
import { opSpec } from '../edit/testing/arbitraries.ts';
import { PROPERTY_TIMEOUT, runs } from '../edit/testing/fixtures.ts';
import { expectInverse, expectKeepsakes, expectSound, walk } from '../edit/testing/walk.ts';
import { workloadDesign } from './manifests.ts';
import { rendered } from './render.ts';

// The edit sequences of src/edit/sequences.property.test.ts, from generated manifests of every
// workload kind written in every style instead of the hand-written fixtures.

const start = rendered(workloadDesign).map((r) => r.text);
const sequence = fc.array(opSpec, { minLength: 1, maxLength: 6 });

describe('random edits of generated manifests', () => {
  it(
    'throw only EditErrors, parse, keep other documents, comments and unknown fields, and undo by their inverse',
    () => {
      fc.assert(
        fc.property(start, sequence, (text, specs) =>
          walk(text, specs, (before, after, step) => {
            expectSound(before, after, step);
            expectKeepsakes(before, after, step);
            expectInverse(before, after, step);
          }),
        ),
        { numRuns: runs(40) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
