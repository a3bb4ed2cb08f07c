import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.ts';
import { INITIAL_JS_BUDGET_GZIP, measureInitialJs } from '../scripts/size.mjs';

const dist = process.env.E2E_DIST ?? fileURLToPath(new URL('../dist', import.meta.url));

test(`initial JavaScript is under ${INITIAL_JS_BUDGET_GZIP / 1000} kB gzip`, async () => {
  const initial = measureInitialJs(dist);
  const table = initial.files.map((f) => `${f.file}\t${f.bytes} B\t${f.gzip} B gzip`).join('\n');
  await test.info().attach('initial-js.txt', { body: table, contentType: 'text/plain' });

  // The lazy editor must stay lazy: no Monaco in what the first visit loads.
  expect(
    initial.files.map((f) => f.file).filter((f) => /monaco|editor\.api|worker/i.test(f)),
  ).toEqual([]);
  expect(initial.gzip, table).toBeLessThan(INITIAL_JS_BUDGET_GZIP);
});
