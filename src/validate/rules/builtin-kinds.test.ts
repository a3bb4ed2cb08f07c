import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { BUILTIN_KINDS } from './builtin-kinds.ts';

it('lists every kind kubernetes-models has under a GA apiVersion, and no other', () => {
  const root = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../node_modules/kubernetes-models',
  );
  const models = new Map<string, Set<string>>();
  const model = /this\.apiVersion="([^"]+)"\}static\{this\.kind="([^"]+)"/;
  for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    const m = model.exec(fs.readFileSync(path.join(root, file), 'utf8'));
    if (!m || !/(^|\/)v\d+$/.test(m[1]!) || m[2]!.endsWith('List')) continue;
    if (!models.has(m[1]!)) models.set(m[1]!, new Set());
    models.get(m[1]!)!.add(m[2]!);
  }
  const sorted = (map: ReadonlyMap<string, ReadonlySet<string>>) =>
    Object.fromEntries([...map].map(([v, kinds]) => [v, [...kinds].sort()]).sort());
  expect(models.size).toBeGreaterThan(20);
  expect(sorted(BUILTIN_KINDS)).toEqual(sorted(models));
});
