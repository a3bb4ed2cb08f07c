import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/validate/types.ts';
import { problemRows } from './rows.ts';

const SPEC = ['spec', 'template', 'spec'];
const d = (over: Partial<Diagnostic>): Diagnostic => ({
  ruleId: 'x',
  severity: 'info',
  message: 'm',
  path: [],
  document: 0,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  ...over,
});

describe('problemRows', () => {
  it('lists errors, then warnings, then info, by line within each', () => {
    const info = d({ ruleId: 'i', line: 1 });
    const warning = d({ ruleId: 'w', severity: 'warning', line: 2 });
    const error = d({ ruleId: 'e', severity: 'error', line: 30 });
    const early = d({ ruleId: 'e2', severity: 'error', line: 3, column: 9 });
    const rows = problemRows([info, warning, error, early]);
    expect(rows.map((r) => (r.kind === 'one' ? r.diagnostic.ruleId : r.ruleId))).toEqual([
      'e2',
      'e',
      'w',
      'i',
    ]);
  });

  it('folds the info findings of one rule into a row that says what they are about', () => {
    const probe = (i: number, list = 'containers') =>
      d({ ruleId: 'probe-missing', line: 10 + i, path: [...SPEC, list, i] });
    const rows = problemRows([
      probe(0),
      d({ ruleId: 'sc-run-as-root', line: 5 }),
      probe(1),
      probe(0, 'initContainers'),
    ]);
    expect(rows).toEqual([
      { kind: 'one', diagnostic: expect.objectContaining({ ruleId: 'sc-run-as-root' }) },
      {
        kind: 'group',
        ruleId: 'probe-missing',
        severity: 'info',
        items: [probe(0), probe(0, 'initContainers'), probe(1)],
        what: '3 containers',
      },
    ]);
  });

  it('counts findings, not containers, when two are about the same one or about other things', () => {
    const a = d({ ruleId: 'resources-missing', line: 3, path: [...SPEC, 'containers', 0, 'a'] });
    const b = d({ ruleId: 'resources-missing', line: 4, path: [...SPEC, 'containers', 0, 'b'] });
    expect(problemRows([a, b])).toMatchObject([{ kind: 'group', what: '2 findings' }]);
    const v = (i: number) => d({ ruleId: 'volume-unused', line: i, path: [...SPEC, 'volumes', i] });
    expect(problemRows([v(1), v(2)])).toMatchObject([{ kind: 'group', what: '2 volumes' }]);
  });

  it('never folds errors or warnings, nor a rule that fires once', () => {
    const w = (line: number) => d({ ruleId: 'w', severity: 'warning', line });
    const rows = problemRows([w(1), w(2), d({ ruleId: 'once', line: 3 })]);
    expect(rows.map((r) => r.kind)).toEqual(['one', 'one', 'one']);
  });
});
