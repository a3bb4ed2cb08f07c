import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { CSP_HEADER, CSP_META } from '../scripts/csp.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { expect, test, type CspViolation } from './fixtures.ts';
import { FormatsPage } from './pages/formats.ts';

const dist = process.env.E2E_DIST ?? fileURLToPath(new URL('../dist', import.meta.url));

/** Runs in the page: inline script, an inline handler, eval and new Function. What got through? */
async function tryForeignCode(page: Page) {
  return page.evaluate(async () => {
    // Code on the stack of a DevTools evaluation may eval whatever the policy says: the attempts
    // run in a task of the page's own, as a payload's code would.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const ran = window as unknown as Record<string, unknown>;
    const script = document.createElement('script');
    script.textContent = 'window.ranInlineScript = true;';
    document.head.append(script);

    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="window.ranInlineHandler = true">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 200));
    holder.remove();

    const errorOf = (run: () => unknown) => {
      try {
        run();
        return 'ran';
      } catch (error) {
        return (error as Error).name;
      }
    };
    return {
      inlineScript: ran.ranInlineScript ?? 'blocked',
      inlineHandler: ran.ranInlineHandler ?? 'blocked',
      eval: errorOf(() => window.eval('1 + 1')),
      newFunction: errorOf(() => new Function('return 1')),
    };
  });
}

const BLOCKED = {
  inlineScript: 'blocked',
  inlineHandler: 'blocked',
  eval: 'EvalError',
  newFunction: 'EvalError',
};

/**
 * The violations a test provoked on purpose, taken out of the guard's list once all arrived,
 * each as `<directive> <what was blocked>`, sorted.
 */
async function takeViolations(violations: CspViolation[], count: number) {
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(count);
  return violations
    .splice(0)
    .map((v) => `${v.directive} ${v.blocked}`)
    .sort();
}

/** Each item twice: `vite preview` enforces two policies, its header and the page's meta. */
const twice = (items: string[]) => items.flatMap((item) => [item, item]);

test('vite preview sends the policy with the page and with the editor workers', async ({
  app,
  page,
}) => {
  const headers = new Map<string, string | undefined>();
  page.context().on('response', (response) => {
    headers.set(response.url(), response.headers()['content-security-policy']);
  });
  await app.goto();
  await app.whenEditorReady();
  // The editor workers (Monaco's own and monaco-yaml's) start when completion is first asked
  // for: ask, then wait until the response of each has been recorded, not just until one runs.
  await app.askForCompletion();
  const workers = () => [...headers.keys()].filter((url) => /\.worker-[\w-]+\.js$/.test(url));
  await expect
    .poll(
      () =>
        workers()
          .flatMap((url) => /(editor|yaml)\.worker/.exec(url)?.[1] ?? [])
          .sort(),
      {
        timeout: 15_000,
      },
    )
    .toEqual(['editor', 'yaml']);

  expect(headers.get(page.url())).toBe(CSP_HEADER);
  // A worker from a file follows the policy of that file's response, not the page's.
  for (const url of workers()) expect(headers.get(url), url).toBe(CSP_HEADER);
});

test('the built page carries the policy itself, before any script or style', async ({
  app,
  page,
}) => {
  await app.goto();
  const first = page.locator('head > :first-child');
  await expect(first).toHaveAttribute('http-equiv', 'Content-Security-Policy');
  await expect(first).toHaveAttribute('content', CSP_META);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
});

test('inline script, inline handlers, eval and other origins are blocked', async ({
  app,
  page,
  cspViolations,
  requests,
}) => {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  await app.goto();
  await expect(app.card('nginx', 'main container')).toBeVisible();

  expect(await tryForeignCode(page)).toEqual(BLOCKED);
  const outside = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.src = 'https://example.com/x.js';
    const loaded = new Promise((resolve) => {
      script.onload = () => resolve('loaded');
      script.onerror = () => resolve('blocked');
    });
    document.head.append(script);
    const fetched = await fetch('https://example.com/').then(
      () => 'fetched',
      (error: Error) => error.name,
    );
    return { script: await loaded, fetch: fetched };
  });
  expect(outside).toEqual({ script: 'blocked', fetch: 'TypeError' });

  expect(await takeViolations(cspViolations, 12)).toEqual(
    twice([
      'connect-src https://example.com/',
      'script-src eval',
      'script-src eval',
      'script-src-attr inline',
      'script-src-elem https://example.com/x.js',
      'script-src-elem inline',
    ]),
  );
  // Playwright lists the script it was asked for, but the policy stopped it in the page: it
  // never reached the network. Taken out so that the guard checks everything else.
  expect(failed).toContain('https://example.com/x.js csp');
  expect(requests.splice(requests.indexOf('https://example.com/x.js'), 1)).toEqual([
    'https://example.com/x.js',
  ]);
  expect(requests.filter((url) => url.includes('example.com'))).toEqual([]);
  // The app is untouched by all of it.
  await expect(app.card('nginx', 'main container')).toBeVisible();
});

test('the HCL parser, WebAssembly fetched from this origin, loads and runs under the policy', async ({
  app,
  page,
  requests,
  cspViolations,
}) => {
  const formats = new FormatsPage(page);
  await app.goto();
  await app.setYaml(
    'resource "kubernetes_config_map_v1" "c" {\n  metadata {\n    name = "c"\n  }\n}\n',
  );
  await formats.convert();
  await expect(formats.convertDialog.getByRole('status')).toHaveText('Converted: 1 object.');
  expect(requests.filter((url) => /\/assets\/main\.wasm-[\w-]+\.gz$/.test(url))).toHaveLength(1);
  // Compiling WebAssembly is all 'wasm-unsafe-eval' allows: eval and new Function stay blocked
  // (the guard of every test then checks that the conversion itself violated nothing).
  expect(await tryForeignCode(page)).toEqual(BLOCKED);
  expect(await takeViolations(cspViolations, 8)).toEqual(
    twice([
      'script-src eval',
      'script-src eval',
      'script-src-attr inline',
      'script-src-elem inline',
    ]),
  );
});

test('on a static host that sends no header, the page’s own policy blocks the same', async ({
  app,
  page,
  cspViolations,
}) => {
  const server = await serveStatic({ root: dist, base: '/static/' });
  try {
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    await page.waitForFunction(() => 'podsmith' in window);
    await expect(app.card('nginx', 'main container')).toBeVisible();

    expect(await tryForeignCode(page)).toEqual(BLOCKED);
    expect(await takeViolations(cspViolations, 4)).toEqual([
      'script-src eval',
      'script-src eval',
      'script-src-attr inline',
      'script-src-elem inline',
    ]);
  } finally {
    await server.close();
  }
});
