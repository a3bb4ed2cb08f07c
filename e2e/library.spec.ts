import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { AppPage } from './pages/app.ts';
import { LibraryPage } from './pages/library.ts';

// Comments, a BOM, CRLF line ends, trailing spaces and odd characters: what a reload must keep.
const DESIGN =
  '\uFEFF# Front end: keep this comment  \r\n' +
  'apiVersion: apps/v1\r\nkind: Deployment\r\nmetadata:\r\n  name: frontend # the UI\r\n' +
  'spec:\r\n  selector:\r\n    matchLabels: {app: frontend}\r\n  template:\r\n' +
  '    metadata:\r\n      labels: {app: frontend}\r\n    spec:\r\n      containers:\r\n' +
  "        - name: app\r\n          image: 'nginx:1.27' # é ✓\r\n";

const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: nightly
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: report
          image: busybox:1.36
`;

async function openApp(page: Page): Promise<{ app: AppPage; library: LibraryPage }> {
  const app = new AppPage(page);
  await app.goto();
  await app.whenEditorReady();
  return { app, library: new LibraryPage(page) };
}

test('a reload restores the design text exactly and the target version', async ({ page }) => {
  const { app, library } = await openApp(page);
  await app.setYaml(DESIGN);
  await page.getByLabel('Kubernetes version').selectOption('1.29');
  await library.expectSaved(DESIGN, '1.29');

  await page.reload();
  await app.whenEditorReady();
  expect(await app.getYaml()).toBe(DESIGN);
  expect(await page.evaluate(() => window.podsmith.getK8sVersion())).toBe('1.29');
  await expect(page.getByLabel('Kubernetes version')).toHaveValue('1.29');
  await expect(app.card('app', 'main container')).toBeVisible();
});

test('typing right before a reload is kept (saved when the page is left)', async ({ page }) => {
  const { app } = await openApp(page);
  await app.typeAtEndOfEditor('# typed just now\n');
  // No wait for the autosave: leaving the page saves what the editor holds.
  await page.reload();
  await app.whenEditorReady();
  expect(await app.getYaml()).toMatch(/# typed just now\n$/);
});

test('the library lists designs, opens, renames, duplicates and deletes them', async ({ page }) => {
  const { app, library } = await openApp(page);
  await app.setYaml(DESIGN);
  await library.expectSaved(DESIGN);

  // A second design in the same tab: the first one stays in the library.
  await library.open();
  await library.dialog.getByRole('button', { name: 'New design' }).click();
  await expect(library.dialog).toBeHidden();
  await app.setYaml(JOB);
  await page.getByLabel('Kubernetes version').selectOption('1.30');
  await library.expectSaved(JOB, '1.30');

  await library.open();
  expect(await library.names()).toEqual(['nightly', 'frontend']);
  await expect(library.item('nightly')).toContainText('Job');
  await expect(library.item('nightly')).toContainText('edited just now');
  await expect(library.item('nightly')).toContainText('open in this tab');
  await expect(library.item('frontend')).toContainText('Deployment');
  await expect(
    library.item('nightly').getByRole('button', { name: 'Open nightly' }),
  ).toBeDisabled();

  // Rename: an empty name is refused inline; a good one is listed and kept.
  await library.action('frontend', 'Rename');
  const field = library.item('frontend').getByRole('textbox', { name: 'Name' });
  await field.fill('   ');
  await library.item('frontend').getByRole('button', { name: 'Save name' }).click();
  await expect(library.item('frontend').getByRole('alert')).toHaveText('Give the design a name.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('Storefront UI');
  await field.press('Enter');
  await expect(library.item('Storefront UI')).toBeVisible();

  // Duplicate: "name (2)", then "name (3)" from the copy.
  await library.action('Storefront UI', 'Duplicate');
  await expect(library.item('Storefront UI (2)')).toBeVisible();
  await library.action('Storefront UI (2)', 'Duplicate');
  await expect(library.item('Storefront UI (3)')).toBeVisible();

  // Open: the tab shows that design, text and version, with its own fresh history.
  await library.action('Storefront UI', 'Open');
  await expect(library.dialog).toBeHidden();
  expect(await app.getYaml()).toBe(DESIGN);
  await expect(page.getByLabel('Kubernetes version')).toHaveValue('1.34');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Delete is undoable.
  await library.open();
  await library.action('Storefront UI (3)', 'Delete');
  await expect(library.item('Storefront UI (3)')).toHaveCount(0);
  await expect(library.dialog.getByRole('status')).toContainText('Deleted “Storefront UI (3)”.');
  await library.dialog.getByRole('button', { name: 'Undo delete' }).click();
  await expect(library.item('Storefront UI (3)')).toBeVisible();
  await library.action('Storefront UI (3)', 'Delete');
  await library.action('Storefront UI (2)', 'Delete');
  // Opening and renaming are not edits: the list stays in order of the last change.
  expect(await library.names()).toEqual(['nightly', 'Storefront UI']);

  // Deleting the open design shows a new one, and undo brings the open design back.
  await library.action('Storefront UI', 'Delete');
  await expect(library.dialog.getByRole('status')).toContainText('This tab now shows a new design');
  expect(await library.names()).toEqual(['nightly']);
  expect(await app.getYaml()).not.toBe(DESIGN);
  await library.dialog.getByRole('button', { name: 'Undo delete' }).click();
  await expect(library.item('Storefront UI')).toContainText('open in this tab');
  await library.close();
  expect(await app.getYaml()).toBe(DESIGN);

  // And all of it survives a reload.
  await page.reload();
  await app.whenEditorReady();
  expect(await app.getYaml()).toBe(DESIGN);
  await library.open();
  expect(await library.names()).toEqual(['nightly', 'Storefront UI']);
});

test('two tabs editing different designs keep both', async ({ context }) => {
  const one = await openApp(await context.newPage());
  const two = await openApp(await context.newPage());
  expect(await one.library.currentId()).not.toBe(await two.library.currentId());

  await one.app.setYaml(DESIGN);
  await two.app.setYaml(JOB);
  await two.app.page.getByLabel('Kubernetes version').selectOption('1.28');
  await one.library.expectSaved(DESIGN);
  await two.library.expectSaved(JOB, '1.28');
  // Back and forth: each tab's edits go to its own design only (Monaco keeps DESIGN's CRLF).
  await one.app.typeAtEndOfEditor('# one\n');
  await two.app.typeAtEndOfEditor('# two\n');
  await one.library.expectSaved(`${DESIGN}# one\r\n`);
  await two.library.expectSaved(`${JOB}# two\n`, '1.28');
  expect(await one.app.getYaml()).toBe(`${DESIGN}# one\r\n`);
  expect(await two.app.getYaml()).toBe(`${JOB}# two\n`);

  await one.app.page.reload();
  await two.app.page.reload();
  await one.app.whenEditorReady();
  await two.app.whenEditorReady();
  expect(await one.app.getYaml()).toBe(`${DESIGN}# one\r\n`);
  expect(await two.app.getYaml()).toBe(`${JOB}# two\n`);
  expect(await two.app.page.evaluate(() => window.podsmith.getK8sVersion())).toBe('1.28');

  // Each tab's library lists both; another tab's save shows up while the dialog is open.
  await one.library.open();
  expect(await one.library.names()).toEqual(['nightly', 'frontend']);
  await two.app.setYaml(JOB.replace('nightly', 'weekly'));
  await expect(one.library.item('weekly')).toBeVisible();
});

test('a design open in two tabs follows the latest change', async ({ context }) => {
  const one = await openApp(await context.newPage());
  await one.app.setYaml(DESIGN);
  await one.library.expectSaved(DESIGN);
  const two = await openApp(await context.newPage());
  await two.library.open();
  await two.library.action('frontend', 'Open');
  expect(await two.app.getYaml()).toBe(DESIGN);

  await two.app.setYaml(JOB);
  await expect.poll(() => one.app.getYaml()).toBe(JOB);
  expect((await one.library.stored()).length).toBe(1);
});

test('a full storage is reported and the design stays open', async ({ page }) => {
  // Every write to localStorage fails as a full quota does.
  await page.addInitScript(() => {
    Storage.prototype.setItem = function (this: Storage, key: string) {
      if (key.startsWith('podsmith:design:'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const { app, library } = await openApp(page);
  await app.setYaml(JOB);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    'Could not save the design',
  );
  expect(await app.getYaml()).toBe(JOB);
  await library.open();
  await expect(library.dialog.getByRole('alert')).toContainText('storage for Podsmith is full');
  await library.close();
  await app.typeAtEndOfEditor('# still editing\n');
  expect(await app.getYaml()).toBe(`${JOB}# still editing\n`);
});
