import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, OUT_DIR } from '../../../scripts/gen-schema.mjs';

// The generated schema is committed so builds and CI never run the generator. This keeps it
// honest: after a kubernetes-models upgrade or a generator change, run `npm run gen:schema`.
describe('generated schema', () => {
  it('is what scripts/gen-schema.mjs writes today', { timeout: 60_000 }, () => {
    const files = generate();
    expect(Object.keys(files).sort()).toEqual(
      fs
        .readdirSync(OUT_DIR)
        .filter((f) => !f.endsWith('.test.ts'))
        .sort(),
    );
    for (const [name, text] of Object.entries(files)) {
      const committed = fs.readFileSync(path.join(OUT_DIR, name), 'utf8');
      expect(committed === text, `${name} is stale: run npm run gen:schema`).toBe(true);
    }
  });
});
