import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { MANIFEST, OUT_DIR, type Manifest } from '../../../scripts/schema/manifest.mjs';
import { BUILTIN_KINDS } from './builtin-kinds.ts';

// The schema generator (npm run gen:schema) records the kinds kubernetes-models has under each GA
// apiVersion in the schema's manifest; the generated-schema tests keep that manifest current.
it('lists every kind kubernetes-models has under a GA apiVersion, and no other', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(OUT_DIR, MANIFEST), 'utf8')) as Manifest;
  const sorted = (map: ReadonlyMap<string, ReadonlySet<string>>) =>
    Object.fromEntries([...map].map(([v, kinds]) => [v, [...kinds].sort()]).sort());
  expect(Object.keys(manifest.gaKinds).length).toBeGreaterThan(20);
  expect(sorted(BUILTIN_KINDS)).toEqual(manifest.gaKinds);
});
