import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../yaml/path.ts';
import { parseDesign } from '../yaml/parse.ts';
import { FIX_TITLES } from './fix-titles.ts';
import { applyFix } from './fixes.ts';
import { validateDesign } from './index.ts';
import type { Diagnostic, FixId } from './types.ts';
import { isK8sVersion, type K8sVersion } from './versions.ts';

// Every quick fix the golden corpus (src/validate/__fixtures__) offers is applied: none may be
// offered and then refused, and each must take its own finding away.

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');

const corpus = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const k8s = /^# k8s:\s*(\S+)/m.exec(text)?.[1];
    if (k8s !== undefined && !isK8sVersion(k8s)) throw new Error(`${file}: bad k8s ${k8s}`);
    return { file, text, k8s: k8s as K8sVersion | undefined };
  });

const validate = (text: string, k8s?: K8sVersion) => validateDesign(parseDesign(text), { k8s });
const where = (d: Diagnostic) => `${d.ruleId} ${d.document} ${formatPath(d.path)} ${d.message}`;

const offered = corpus.flatMap(({ file, text, k8s }) =>
  validate(text, k8s)
    .filter((d) => d.fix)
    .map((d) => ({ file, text, k8s, d })),
);

describe('quick fixes over the fixture corpus', () => {
  it('every fix has a title that reads after "Fix: "', () => {
    const ids = Object.keys(FIX_TITLES) as FixId[];
    expect(ids.length).toBeGreaterThanOrEqual(12);
    // Lower case first, no full stop: "Fix: set the limit to the request".
    for (const id of ids) expect(FIX_TITLES[id], id).toMatch(/^[a-z].*[^.\s]$/);
  });

  it('at least 12 rule ids offer a fix, and every fix is offered by one', () => {
    const rules = new Set(offered.map((o) => o.d.ruleId));
    expect(rules.size).toBeGreaterThanOrEqual(12);
    const fixes = new Set(offered.map((o) => o.d.fix));
    expect(Object.keys(FIX_TITLES).filter((id) => !fixes.has(id as FixId))).toEqual([]);
  });

  it.each(offered.map((o) => [`${o.file}: ${o.d.fix} for ${o.d.ruleId}`, o] as const))(
    '%s applies and takes its finding away',
    (_name, { text, k8s, d }) => {
      const out = applyFix(text, d);
      expect(out).not.toBe(text);
      const after = validate(out, k8s).map(where);
      expect(after).not.toContain(where(d));
      const count = (list: Diagnostic[]) => list.filter((x) => x.ruleId === d.ruleId).length;
      expect(count(validate(out, k8s))).toBeLessThan(count(validate(text, k8s)));
    },
  );
});
