import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { STARTING_TEXTS } from '../edit/testing/fixtures.ts';
import { anyDesign } from './manifests.ts';
import { mutated } from './mutate.ts';
import { rendered } from './render.ts';

// The texts the fuzz properties feed the core: generated manifests, the same damaged, and
// damaged copies of the hand-written corpus (every template, the edit fixtures in every style,
// and the validation fixtures, which between them trip every rule), plus plain garbage.

const validateFixtures = new URL('../validate/__fixtures__/', import.meta.url);

/** Every hand-written manifest of the repository that the tests already trust. */
export const CORPUS: readonly string[] = [
  ...STARTING_TEXTS.map((t) => t.text),
  ...readdirSync(validateFixtures)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFileSync(new URL(f, validateFixtures), 'utf8')),
];

const generated = rendered(anyDesign).map((r) => r.text);

/** Any text a user might open or paste, weighted towards the nearly right. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: generated, weight: 3 },
  { arbitrary: mutated(generated).map((m) => m.text), weight: 4 },
  { arbitrary: mutated(fc.constantFrom(...CORPUS)).map((m) => m.text), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 120 }), weight: 1 },
);
