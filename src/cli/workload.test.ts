import { describe, expect, it } from 'vitest';
import { lintWorkload } from '../../scripts/lint-workload.mjs';
import { parseDesign } from '../yaml/parse.ts';
import { lint } from './lint.ts';

// `npm run bench` times linting this text. Realistic and valid: if a rule starts reporting errors
// or warnings on it, either the rule is wrong or the workload is, and the bench would be timing
// thousands of findings instead of the rules.
describe('the lint bench workload', () => {
  it('has exactly the documents asked for, with every kind in turn', () => {
    const parsed = parseDesign(lintWorkload(1000));
    expect(parsed.documents).toHaveLength(1000);
    expect(parsed.problems).toEqual([]);
    const kinds = parsed.values.slice(0, 4).map((v) => (v as { kind: string }).kind);
    expect(kinds).toEqual(['ConfigMap', 'Deployment', 'Service', 'ConfigMap']);
    expect(parseDesign(lintWorkload(5)).documents).toHaveLength(5);
  });

  it('has no error and no warning (a few apps stand for all: they differ only in names)', () => {
    const findings = lint(lintWorkload(12)).filter((d) => d.severity !== 'info');
    expect(findings.map((d) => `${d.line}: ${d.ruleId} ${d.message}`)).toEqual([]);
  });
});
