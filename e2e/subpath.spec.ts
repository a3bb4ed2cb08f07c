import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.ts';
import { serveStatic } from '../scripts/static-server.mjs';

const dist = process.env.E2E_DIST ?? fileURLToPath(new URL('../dist', import.meta.url));

test('the built site works from a sub-path', async ({ app, page, requests }) => {
  // Only /sub/podsmith/… exists on this server: any root-absolute URL in the build is a 404.
  const server = await serveStatic({ root: dist, base: '/sub/podsmith/' });
  try {
    await app.goto(server.url);
    await expect(app.card('nginx', 'main container')).toBeVisible();
    await app.whenEditorReady();
    // The editor scrolls to the selected container (nginx, after a load).
    await expect(app.monaco).toContainText('- name: nginx');
    // Workers are built files too: the YAML language worker (started by a first completion) and
    // the schema it is sent must load from the sub-path.
    await app.askForCompletion();
    await expect
      .poll(() => page.workers().map((w) => w.url()), { timeout: 15_000 })
      .toContainEqual(expect.stringMatching(/yaml/i));

    // Chromium asks for /favicon.ico at the root by itself; everything the app asked for was found.
    expect(server.log.filter((r) => r.status >= 400 && r.url !== '/favicon.ico')).toEqual([]);
    const served = requests.filter((url) => url.startsWith('http:'));
    expect(
      served.filter((url) => !url.startsWith(server.url) && !url.endsWith('/favicon.ico')),
    ).toEqual([]);
  } finally {
    await server.close();
  }
});
