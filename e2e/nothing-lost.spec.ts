import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import type { AppPage } from './pages/app.ts';
import { BuildPage } from './pages/build.ts';
import { IoPage } from './pages/io.ts';
import { LibraryPage } from './pages/library.ts';

// Every path that puts another text in the editor keeps the design that was there: after a reload
// the library still lists it, and opening it gives back exactly the text it had.

let build: BuildPage;
let library: LibraryPage;

test.beforeEach(async ({ app, page }) => {
  build = new BuildPage(app);
  library = new LibraryPage(page);
  await build.startFromEmptyPod();
  await app.whenEditorReady();
});

/** Builds a small design of one's own on the canvas: a classic sidecar beside the app. */
async function buildOwnDesign(app: AppPage): Promise<string> {
  await build.addFromPalette('Classic sidecar');
  await expect(app.card('sidecar', 'sidecar')).toBeVisible();
  await build.setWorkloadField('Name', 'shop');
  await expect.poll(async () => (await app.getYaml()).includes('name: shop')).toBe(true);
  const text = await app.getYaml();
  await library.expectSaved(text);
  return text;
}

/** After a reload, the library lists `name` and opening it gives back `text` exactly. */
async function expectKeptAfterReload(app: AppPage, page: Page, name: string, text: string) {
  await page.reload();
  await app.whenEditorReady();
  await library.open();
  expect(await library.names()).toContain(name);
  await library.action(name, 'Open');
  await expect.poll(() => app.getYaml()).toBe(text);
}

test('a template starts a new design: the one built before stays in the library, exactly', async ({
  app,
  page,
}) => {
  const shop = await buildOwnDesign(app);
  await build.gallery.startFrom('Log shipper (classic sidecar)');
  await expect(app.card('logshipper', 'sidecar')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Notices' })).toHaveText(
    'Started a new design from "Log shipper (classic sidecar)". "shop" is kept in Designs.',
  );
  await expectKeptAfterReload(app, page, 'shop', shop);
  expect((await library.stored()).map((d) => d.name).sort()).toEqual(['myapp', 'shop']);
});

test('two designs from the same template are told apart by name', async ({ app, page }) => {
  await build.addFromPalette('Classic sidecar');
  await expect(app.card('sidecar', 'sidecar')).toBeVisible();
  await build.gallery.startFrom('Empty pod');
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    '"my-pod" is kept in Designs.',
  );
  await build.addFromPalette('Init container');
  await expect(app.card('init', 'init container')).toBeVisible();
  await library.open();
  await expect.poll(() => library.names()).toEqual(['my-pod (2)', 'my-pod']);
});

test('Designs → New keeps the design that was open', async ({ app, page }) => {
  const shop = await buildOwnDesign(app);
  await library.open();
  await library.dialog.getByRole('button', { name: 'New design' }).click();
  await expect(library.dialog).toBeHidden();
  await expect(app.card('nginx', 'main container')).toBeVisible();
  await expectKeptAfterReload(app, page, 'shop', shop);
});

test('opening a JSON file keeps the design that was open', async ({ app, page }) => {
  const shop = await buildOwnDesign(app);
  const json = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'api' } });
  await new IoPage(page).openWithButton({ name: 'api.json', bytes: Buffer.from(json) });
  await expect.poll(() => app.getYaml()).toBe(json);
  await expectKeptAfterReload(app, page, 'shop', shop);
});

test('a preset and a kind switch change the open design in place: a reload brings it back as it was left', async ({
  app,
  page,
}) => {
  await buildOwnDesign(app);
  await build.addPreset('Metrics exporter', { role: 'Classic sidecar' });
  await expect(app.card('metrics-exporter', 'sidecar')).toBeVisible();
  await build.setKind('Deployment');
  const after = await app.getYaml();
  expect(after).toContain('kind: Deployment');
  await library.expectSaved(after);
  await page.reload();
  await app.whenEditorReady();
  expect(await app.getYaml()).toBe(after);
  expect((await library.stored()).map((d) => d.name)).toEqual(['shop']);
});
