import { test, expect } from './fixtures.ts';
import { InspectorPage } from './pages/inspector.ts';
import { VolumesPage } from './pages/volumes.ts';
import { WEB, podSpec } from './support/designs.ts';
import { lintWorkload } from '../scripts/lint-workload.mjs';

// The inspector's fields are live (issue 15): what is typed reaches the YAML, the editor and the
// canvas as it is typed; the burst is one undo step; Enter keeps the focus where it is.

test.beforeEach(async ({ app }) => {
  await app.goto();
  await app.whenEditorReady();
  await app.setYaml(WEB);
  await expect(app.card('nginx', 'main container')).toBeVisible();
});

test('typing in a field changes the YAML and the editor before Enter; one undo takes the burst back', async ({
  app,
  page,
}) => {
  const inspector = new InspectorPage(page, app);
  const form = await inspector.selectContainer('nginx', 'main container');
  const image = inspector.field(form, 'Image');
  await image.click();
  await image.press('End');
  await image.pressSequentially('.3-alpine', { delay: 30 });
  // No Enter, no blur: the design and the editor already hold it.
  await expect(image).toBeFocused();
  await expect.poll(() => app.getYaml()).toContain('image: nginx:1.27.3-alpine');
  await expect(app.monaco.locator('.view-lines')).toContainText('nginx:1.27.3-alpine');

  const typed = await app.getYaml();

  // The burst, nine keystrokes, is one step: one undo takes it all back, one redo brings it back.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  expect(await app.getYaml()).toBe(WEB);
  await page.keyboard.press('Control+Shift+z');
  expect(await app.getYaml()).toBe(typed);
});

test('a value not acceptable yet is shown inline while the YAML keeps the last acceptable one', async ({
  app,
  page,
}) => {
  const inspector = new InspectorPage(page, app);
  await inspector.selectContainer('nginx', 'main container');
  // The form is named after the container, which is renamed as one types: find it by its section.
  const basics = inspector.section('Basics');
  const name = inspector.field(basics, 'Name');
  await name.click();
  await name.press('End');
  await name.pressSequentially('-web_', { delay: 30 });
  await expect(inspector.error(basics)).toContainText('lowercase');
  await expect.poll(async () => podSpec(await app.getYaml()).containers[0]?.name).toBe('nginx-web');
  await name.press('Backspace');
  await expect(inspector.error(basics)).toHaveCount(0);
});

test('renaming as one types keeps the focus in the Name field, through Enter', async ({
  app,
  page,
}) => {
  const inspector = new InspectorPage(page, app);
  await inspector.selectContainer('nginx', 'main container');
  const name = inspector.field(inspector.section('Basics'), 'Name');
  await name.fill('');
  await name.pressSequentially('proxy', { delay: 30 });
  await expect(name).toBeFocused();
  await expect(app.card('proxy', 'main container')).toBeVisible();
  await name.press('Enter');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('proxy');
  expect(podSpec(await app.getYaml()).containers.map((c) => c.name)).toEqual(['proxy']);

  // A volume renamed as one types keeps its form and the focus too, and its mounts follow.
  const volumes = new VolumesPage(page, app);
  await volumes.add('logs', 'emptyDir');
  await volumes.select('logs');
  const volumeName = inspector.field(inspector.section('Volume'), 'Name');
  await volumeName.click();
  await volumeName.press('End');
  await volumeName.pressSequentially('-2', { delay: 30 });
  await expect(volumeName).toBeFocused();
  await volumeName.press('Enter');
  await expect(volumeName).toBeFocused();
  await expect(volumes.form('logs-2')).toBeVisible();
  expect(podSpec(await app.getYaml()).volumes).toEqual([{ name: 'logs-2', emptyDir: {} }]);
});

test('a 1 MB design stays editable from the forms', async ({ app, page }) => {
  test.slow();
  const text = lintWorkload(525); // about 1 MB
  await app.setYaml(text);
  await expect(app.card('app', 'main container')).toBeVisible();
  await expect(app.staleAlert).toHaveCount(0);
  const inspector = new InspectorPage(page, app);
  const form = await inspector.selectContainer('app', 'main container');
  const image = inspector.field(form, 'Image');
  await image.click();
  await image.press('End');
  await image.pressSequentially('-rc', { delay: 50 });
  await image.press('Enter');
  await expect.poll(() => app.getYaml(), { timeout: 30_000 }).toMatch(/image: \S+-rc\n/);
  expect((await app.getYaml()).length).toBe(text.length + 3);
});
