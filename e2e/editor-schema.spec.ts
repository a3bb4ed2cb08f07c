import { test, expect } from './fixtures.ts';
import { WEB } from './support/designs.ts';

// The editor completes and documents fields from the Kubernetes schema (loaded with the lazy
// editor chunk, never fetched), while the problems it shows stay Podsmith's own.

test.beforeEach(async ({ app }) => {
  await app.goto();
  await app.setYaml(WEB);
  await app.whenEditorReady();
  await expect(app.monaco).toContainText('image: nginx:1.27');
});

test('typing in a container offers its fields from the schema', async ({ app, page }) => {
  await app.typeAtEndOfEditor('          imagePu');
  await page.keyboard.press('Control+Space');

  const suggestions = app.monaco.locator('.suggest-widget');
  await expect(suggestions).toBeVisible();
  await expect(suggestions.getByRole('option', { name: /imagePullPolicy/ })).toBeVisible();

  await page.keyboard.press('Enter');
  await expect.poll(() => app.getYaml()).toContain('          imagePullPolicy:');
});

test('hovering a field shows the API documentation for it', async ({ app, page }) => {
  const key = app.monaco.locator('.view-line span', { hasText: /^containers$/ });
  await key.hover();

  const hover = page.locator('.monaco-hover').filter({ hasText: 'List of containers' });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText('belonging to the pod');
});

test("the editor shows no schema problems of monaco-yaml's own (one list: Podsmith's)", async ({
  app,
  page,
}) => {
  await app.setYaml(`${WEB}          imagePullPolcy: Always\n`);
  await expect(app.monaco).toContainText('imagePullPolcy');

  // The schema is loaded and the YAML worker answers: a known field has its documentation.
  await app.monaco.locator('.view-line span', { hasText: /^image$/ }).hover();
  await expect(
    page.locator('.monaco-hover').filter({ hasText: 'Container image name' }),
  ).toBeVisible();

  // monaco-yaml, validating, would mark the typo "Property imagePullPolcy is not allowed."
  await app.monaco.locator('.view-line span', { hasText: /^imagePullPolcy$/ }).hover();
  await page.waitForTimeout(1500); // its validation runs on a debounce; give it time to show
  await expect(page.locator('.monaco-hover').filter({ hasText: 'is not allowed' })).toHaveCount(0);
});
