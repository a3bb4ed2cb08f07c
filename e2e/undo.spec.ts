import { test, expect } from './fixtures.ts';
import { InspectorPage } from './pages/inspector.ts';
import { PodSettingsPage } from './pages/pod.ts';

/**
 * One undo history for canvas, forms and editor (DESIGN.md §3). Ctrl/Cmd+Z undoes the design
 * everywhere except in a text field, which first undoes its own typing (the browser's undo); in
 * the YAML editor it is the design's undo too, since the editor shows the design.
 */
test('canvas, form and editor edits undo one step each back to the exact starting text, and redo', async ({
  app,
  page,
}) => {
  const inspector = new InspectorPage(page, app);
  const pod = new PodSettingsPage(page, app);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await app.goto();
  await app.whenEditorReady();
  const start = await app.getYaml();
  await expect(undo).toBeDisabled();

  // Canvas: a drag is one step, and so is a click on a palette item.
  await app.dragFromPalette('Classic sidecar');
  await expect(app.card('sidecar', 'sidecar')).toBeVisible();
  await app.paletteItem('Init container').click();
  await expect(app.card('init', 'init container')).toBeVisible();

  // Form: a burst of typing in a field is one step. Ctrl+Z in the field undoes the field's own
  // typing (the browser's undo), and Escape takes the whole burst out of the design.
  const form = await inspector.selectContainer('nginx', 'main container');
  const image = inspector.field(form, 'Image');
  await image.fill('nginx:1.29');
  await image.press('Enter');
  await expect.poll(() => app.getYaml()).toContain('image: nginx:1.29');
  const afterForm = await app.getYaml();
  await image.pressSequentially('-rc');
  await expect(image).toHaveValue('nginx:1.29-rc');
  await image.press('Control+z');
  await expect(image).not.toHaveValue('nginx:1.29-rc');
  await image.press('Escape');
  expect(await app.getYaml()).toBe(afterForm);

  // A checkbox has no undo of its own: Ctrl+Z there undoes the design, Shift+Ctrl+Z redoes it.
  await pod.openTab('Pod');
  const share = pod.control('Share the process namespace');
  await share.check();
  await expect.poll(() => app.getYaml()).toContain('shareProcessNamespace: true');
  await share.press('Control+z');
  await expect(share).not.toBeChecked();
  expect(await app.getYaml()).toBe(afterForm);
  await share.press('Control+Shift+z');
  await expect(share).toBeChecked();

  // Editor: a burst of typing (several lines, many keys) is one step.
  await app.typeAtEndOfEditor('# a burst of typing\n# over two lines\n');
  await expect.poll(() => app.getYaml()).toContain('# over two lines\n');
  const final = await app.getYaml();

  // Ctrl+Z from outside any field until Undo is disabled: one press per step, nothing left over.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let presses = 0;
  while (await undo.isEnabled()) {
    expect(presses, 'more undo steps than edits').toBeLessThan(10);
    await page.keyboard.press('Control+z');
    presses++;
  }
  expect(presses).toBe(5); // drag, click, image, checkbox, typing burst
  expect(await app.getYaml()).toBe(start);
  await expect(app.card('sidecar', 'sidecar')).toHaveCount(0);

  while (await redo.isEnabled()) await page.keyboard.press('Control+Shift+z');
  expect(await app.getYaml()).toBe(final);
});

test('Ctrl+Z in the YAML editor undoes a canvas edit: the editor shares the design history', async ({
  app,
  page,
}) => {
  await app.goto();
  await app.whenEditorReady();
  const start = await app.getYaml();
  await app.paletteItem('Native sidecar').click();
  await expect(app.card('sidecar', 'native sidecar')).toBeVisible();
  await app.monaco.locator('.view-lines').click();
  await page.keyboard.press('Control+z');
  await expect(app.card('sidecar', 'native sidecar')).toHaveCount(0);
  expect(await app.getYaml()).toBe(start);
  await page.keyboard.press('Control+Shift+z');
  await expect(app.card('sidecar', 'native sidecar')).toBeVisible();
});
