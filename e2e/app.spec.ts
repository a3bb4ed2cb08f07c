import { parse } from 'yaml';
import { test, expect, isLocalUrl } from './fixtures.ts';

test('opens with the pod canvas and the YAML editor', async ({ app }) => {
  await app.goto();
  await expect(app.canvas).toBeVisible();
  await expect(app.card('nginx', 'main container')).toBeVisible();

  await app.whenEditorReady();
  await expect(app.editor).toBeVisible();
  // The editor scrolls to the selected container (nginx, after a load).
  await expect(app.monaco).toContainText('- name: nginx');

  // The editor and the scripting API hold the same design: a Deployment running nginx.
  const design = parse(await app.getYaml()) as {
    kind: string;
    spec: { template: { spec: { containers: { name: string }[] } } };
  };
  expect(design.kind).toBe('Deployment');
  expect(design.spec.template.spec.containers.map((c) => c.name)).toEqual(['nginx']);
});

test('no request leaves 127.0.0.1, with the editor and its workers running', async ({
  app,
  page,
  requests,
  baseURL,
}) => {
  await app.goto();
  await expect(app.card('nginx', 'main container')).toBeVisible();
  await app.whenEditorReady();
  // monaco-yaml's language worker runs once completion is asked for (and was loaded from this
  // origin, not a CDN).
  await app.askForCompletion();
  await expect
    .poll(() => page.workers().map((w) => w.url()), { timeout: 15_000 })
    .toContainEqual(expect.stringMatching(/yaml/i));

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.some((url) => url.startsWith(`${baseURL}/`))).toBe(true);
  expect(requests.filter((url) => !isLocalUrl(url))).toEqual([]);
  // (The shared fixture checks the same again after every other test.)
});
