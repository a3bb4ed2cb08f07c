import { describe, expect, it } from 'vitest';
import { lintWorkload } from '../../scripts/lint-workload.mjs';
import { FAMILIES } from '../validate/rules/index.ts';
import { lint } from './lint.ts';
import { measureLint } from './profile.ts';

// Timings are only reported, never asserted: these tests check what is measured, not how fast.
describe('measureLint', () => {
  const text = `${lintWorkload(6)}---
apiVersion: v1
kind: Job
metadata:
  name: misfiled
`;

  it('counts the documents, bytes and findings of the text it times', () => {
    const t = measureLint(text, { runs: 2 });
    expect(t.documents).toBe(7);
    expect(t.bytes).toBe(Buffer.byteLength(text));
    expect(t.runs).toBe(2);
    const count = { error: 0, warning: 0, info: 0 };
    for (const d of lint(text)) count[d.severity]++;
    expect(t.findings).toEqual(count);
    expect(t.findings.error).toBeGreaterThan(0); // the Job under v1
    expect(t.parseMs).toBeGreaterThan(0);
    expect(t.ratio).toBeCloseTo(t.lintMs / t.parseMs);
    expect(t.breakdown).toBeUndefined();
  });

  it('breaks validateDesign down by family and leaves the families as they were', () => {
    const hooks = FAMILIES.map((f) => [f.object, f.workload, f.design]);
    const before = lint(text);
    const t = measureLint(text, { runs: 1, breakdown: true });
    const parts = t.breakdown!.map((p) => p.part);
    expect(parts[0]).toBe('pod view (designView)');
    expect(parts.at(-1)).toMatch(/^the rest/);
    expect(parts).toHaveLength(FAMILIES.length + 2);
    expect(parts).toContain('rules: kind-unknown +2');
    for (const p of t.breakdown!) expect(p.ms).toBeGreaterThanOrEqual(0);
    expect(FAMILIES.map((f) => [f.object, f.workload, f.design])).toEqual(hooks);
    expect(lint(text)).toEqual(before);
  });
});
