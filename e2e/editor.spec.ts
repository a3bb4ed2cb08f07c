import { test, expect } from './fixtures.ts';
import { WEB, LOG_SHIPPER, firstErrorLine } from './support/designs.ts';

test.beforeEach(async ({ app }) => {
  await app.goto();
  await app.setYaml(WEB);
  await expect(app.card('nginx', 'main container')).toBeVisible();
});

test('typing a container into the editor adds its card', async ({ app }) => {
  await app.whenEditorReady();
  await expect(app.monaco).toContainText('image: nginx:1.27');

  // The one test that goes through Monaco's own input: click, go to the end, type.
  await app.typeAtEndOfEditor(LOG_SHIPPER);

  await expect(app.card('log-shipper', 'sidecar')).toBeVisible();
  await expect(app.card('nginx', 'main container')).toBeVisible();
  // Typing never re-serialises the user's text: it is exactly what was typed.
  expect(await app.getYaml()).toBe(WEB + LOG_SHIPPER);
});

test('setYaml with another container adds its card', async ({ app }) => {
  await app.setYaml(WEB + LOG_SHIPPER);

  await expect(app.card('log-shipper', 'sidecar')).toBeVisible();
  await expect(app.card('nginx', 'main container')).toBeVisible();
  expect(await app.getYaml()).toBe(WEB + LOG_SHIPPER);
  await app.whenEditorReady();
  await expect(app.monaco).toContainText('name: log-shipper');
});

test('a syntax error keeps the last good canvas, says where, and loses nothing', async ({
  app,
  page,
}) => {
  const broken = WEB.replace('kind: Deployment', 'kind: Deployment: oops') + LOG_SHIPPER;
  const line = firstErrorLine(broken);

  await app.setYaml(broken);

  await expect(app.staleAlert).toBeVisible();
  await expect(app.staleAlert).toContainText(`line ${line}`);
  // The canvas still shows the last design that parsed; the new sidecar is not guessed at.
  await expect(app.card('nginx', 'main container')).toBeVisible();
  await expect(app.card('log-shipper', 'sidecar')).toHaveCount(0);
  expect(await app.getYaml()).toBe(broken);

  // A canvas edit now would have to overwrite the user's text: it is refused, and says so.
  await app.paletteItem('Classic sidecar').click();
  await expect(page.getByRole('status').filter({ hasText: /refused/i })).toBeVisible();
  expect(await app.getYaml()).toBe(broken);

  // Fixing the text clears the banner and brings the canvas up to date.
  await app.setYaml(WEB + LOG_SHIPPER);
  await expect(app.staleAlert).toHaveCount(0);
  await expect(app.card('log-shipper', 'sidecar')).toBeVisible();
});

test('a syntax error typed into the editor is kept exactly as typed', async ({ app }) => {
  await app.whenEditorReady();
  const typed = '        - name: side: car\n';
  const line = firstErrorLine(WEB + typed);

  await app.typeAtEndOfEditor(typed);

  await expect(app.staleAlert).toBeVisible();
  await expect(app.staleAlert).toContainText(`line ${line}`);
  await expect(app.card('nginx', 'main container')).toBeVisible();
  expect(await app.getYaml()).toBe(WEB + typed);
});
