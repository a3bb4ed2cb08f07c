import { test, expect } from './fixtures.ts';
import { WEB } from './support/designs.ts';

// The editor completes and documents fields from the Kubernetes schema (a chunk of the app,
// loaded with the YAML worker when completion or hover is first asked for), while the problems it
// shows stay Podsmith's own.

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

test('completion and hover come from the target version the toolbar shows', async ({
  app,
  page,
}) => {
  const POD =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  initContainers:\n    - name: proxy\n      image: envoy:1.31\n';
  const version = page.getByRole('combobox', { name: 'Kubernetes version' });
  const suggestions = app.monaco.locator('.suggest-widget');
  const offered = async () => {
    await app.setYaml(POD);
    await app.typeAtEndOfEditor('      restartPol');
    await page.keyboard.press('Control+Space');
    await expect(suggestions).toBeVisible();
    // The answer, not Monaco's "Loading..." while the first request starts the YAML worker.
    const answered = suggestions
      .getByRole('option')
      .first()
      .or(suggestions.getByText('No suggestions.'));
    await expect(answered).toBeVisible();
    // restartPolicy itself, not restartPolicyRules (1.34 has both)
    const found = await suggestions.getByRole('option', { name: /restartPolicy(?!Rules)/ }).count();
    await page.keyboard.press('Escape');
    return found;
  };

  await expect(version).toHaveValue('1.34');
  expect(await offered()).toBe(1);
  await app.setYaml(POD);
  await app.monaco.locator('.view-line span', { hasText: /^initContainers$/ }).hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'Kubernetes 1.34' })).toBeVisible();
  await page.mouse.move(0, 0); // the hover closes

  // Kubernetes 1.27 has no restartPolicy on containers: completion does not offer it.
  await version.selectOption('1.27');
  expect(await offered()).toBe(0);
});
