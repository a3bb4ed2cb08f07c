import { describe, expect, it } from 'vitest';
import { formatPath } from '../../yaml/path.ts';
import { parseDesign } from '../../yaml/parse.ts';
import { errorType } from '../field.ts';
import { validateDesign } from '../index.ts';
import type { UpstreamCase } from './cases.ts';
import { SUITES } from './index.ts';

/** The errors Podsmith reports for a case, as `path: Type` (what upstream's tables compare). */
function errorsOf(c: UpstreamCase): string[] {
  return validateDesign(parseDesign(c.yaml), { k8s: c.k8s })
    .filter((d) => d.severity === 'error')
    .map((d) => {
      const where = formatPath(d.path);
      const detail =
        where && d.message.startsWith(`${where}: `) ? d.message.slice(where.length + 2) : d.message;
      return `${where}: ${errorType(detail)}`;
    });
}

describe('upstream validation tests, ported', () => {
  for (const suite of SUITES)
    describe(`${suite.test} (${suite.functions.join(', ')})`, () => {
      for (const c of suite.cases) {
        if (c.skip) {
          it(`${c.name}: not decidable from a manifest, and says why`, () => {
            expect(c.skip!.length).toBeGreaterThan(20);
          });
          continue;
        }
        it(c.errors.length ? `rejects ${c.name}` : `accepts ${c.name}`, () => {
          const found = errorsOf(c);
          if (!c.errors.length) expect(found).toEqual([]);
          else for (const e of c.errors) expect(found).toContain(e);
        });
      }
    });

  it('ports a substantial set of cases, each suite naming its source', () => {
    for (const suite of SUITES) expect(suite.source).toMatch(/validation_test\.go/);
    const names = SUITES.flatMap((s) => s.cases.map((c) => `${s.test}/${c.name}`));
    expect(new Set(names).size).toBe(names.length);
  });
});
