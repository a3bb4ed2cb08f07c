import { test, expect } from './fixtures.ts';
import { AccessibilityPage } from './pages/accessibility.ts';
import { LayoutPage, STEP, type SplitterState } from './pages/layout.ts';
import { BUSY } from './support/designs.ts';

// Every screen the app is used on, in both themes: nothing spills out of the window, every pane
// has room to be used, each splitter works from the keyboard, axe finds nothing serious.

const WINDOWS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** The least room each pane must have to be usable. */
const EDITOR_LINES = 15;
const CANVAS = { width: 300, height: 200 };

const clamp = (value: number, s: SplitterState) => Math.min(Math.max(value, s.min), s.max);

for (const { width, height } of WINDOWS) {
  for (const scheme of SCHEMES) {
    test.describe(`${width}×${height}, ${scheme}`, () => {
      test.use({ viewport: { width, height }, colorScheme: scheme });

      test('every pane fits, has room and resizes from the keyboard; no serious axe finding', async ({
        app,
        page,
      }, testInfo) => {
        test.slow(); // four splitters, and axe over the whole page
        const layout = new LayoutPage(page, app);
        await app.goto();
        await app.setYaml(BUSY);
        await expect(app.card('shop', 'main container')).toBeVisible();
        await layout.showEditor();
        await app.whenEditorReady();

        // Wide screens show inspector and editor side by side; narrower ones, as two tabs.
        expect(await layout.mode()).toBe(width >= 1280 ? 'wide' : 'narrow');

        // The theme follows the system until one is chosen: no data-theme, the system's scheme.
        expect(await layout.dataTheme()).toBeNull();
        await expect(layout.theme).toHaveValue('system');
        expect(await layout.colorScheme()).toBe(scheme);
        await expect.poll(() => layout.monacoTheme()).toBe(scheme === 'dark' ? 'vs-dark' : 'vs');

        // Nothing reaches out of the window: no page scrollbar either way.
        const overflow = await layout.overflow();
        expect(overflow.scrollWidth, 'page width').toBeLessThanOrEqual(overflow.innerWidth);
        expect(overflow.scrollHeight, 'page height').toBeLessThanOrEqual(overflow.innerHeight);

        // Room for each pane: the editor, the canvas, the palette, the analysis, the inspector.
        expect(await layout.editorLines(), 'lines the editor shows').toBeGreaterThanOrEqual(
          EDITOR_LINES,
        );
        const canvas = (await app.canvas.boundingBox())!;
        expect(canvas.width, 'canvas width').toBeGreaterThanOrEqual(CANVAS.width);
        expect(canvas.height, 'canvas height').toBeGreaterThanOrEqual(CANVAS.height);
        await expect(app.paletteItem('Main container')).toBeInViewport();
        await expect(layout.analysis.getByRole('tab', { name: 'Resources' })).toBeInViewport();
        const editorBox = (await app.editor.boundingBox())!;
        expect(editorBox.x + editorBox.width).toBeLessThanOrEqual(width);
        expect(editorBox.y + editorBox.height).toBeLessThanOrEqual(height);

        await testInfo.attach(`layout-${width}x${height}-${scheme}.png`, {
          body: await page.screenshot(),
          contentType: 'image/png',
        });
        const axe = new AccessibilityPage(page);
        await axe.expectNoSeriousViolations(`${width}×${height} ${scheme}`);

        await layout.showInspector();
        await expect(layout.inspector.getByRole('tab', { name: 'Container' })).toBeInViewport();
        if ((await layout.mode()) === 'narrow') {
          await expect(app.editor).toBeHidden();
          await axe.expectNoSeriousViolations(
            `${width}×${height} ${scheme}, inspector tab`,
            'section[aria-label="Inspector"]',
          );
        }

        // Every splitter: one arrow press moves it a step, Home and End to its limits, a double
        // click back to where it was. Its pane follows, and the page still fits the window.
        const names = await layout.splitters.evaluateAll((els) =>
          els.map((el) => el.getAttribute('aria-label')!),
        );
        expect(names.length).toBe(width >= 1280 ? 4 : 3);
        for (const name of names) {
          const splitter = layout.splitter(name);
          const start = await layout.state(splitter);
          const size = await layout.paneSize(start);
          await splitter.focus();
          await expect(splitter, name).toBeFocused();

          const grow = start.now < start.max;
          await page.keyboard.press(grow ? layout.growKey(start) : layout.shrinkKey(start));
          const moved = clamp(start.now + (grow ? STEP : -STEP), start);
          await expect(splitter, `${name}: one arrow press`).toHaveAttribute(
            'aria-valuenow',
            String(moved),
          );
          const follows = async () =>
            Math.abs((await layout.paneSize(start)) - (size + moved - start.now));
          await expect
            .poll(follows, { message: `${name}: the pane follows` })
            .toBeLessThanOrEqual(1);

          await page.keyboard.press('Home');
          await expect(splitter, `${name}: Home`).toHaveAttribute(
            'aria-valuenow',
            String(start.min),
          );
          await page.keyboard.press('End');
          const end = await layout.state(splitter);
          expect(end.now, `${name}: End`).toBe(end.max);
          const fits = await layout.overflow();
          expect(fits.scrollWidth, `${name} at its largest`).toBeLessThanOrEqual(fits.innerWidth);
          expect(fits.scrollHeight, `${name} at its largest`).toBeLessThanOrEqual(fits.innerHeight);
          const room = (await app.canvas.boundingBox())!;
          expect(room.width, `${name} at its largest: canvas width`).toBeGreaterThanOrEqual(
            CANVAS.width,
          );
          expect(room.height, `${name} at its largest: canvas height`).toBeGreaterThanOrEqual(
            CANVAS.height,
          );

          await splitter.dblclick();
          await expect(splitter, `${name}: double click resets`).toHaveAttribute(
            'aria-valuenow',
            String(start.now),
          );
        }
      });
    });
  }
}

test('the theme toggle switches data-theme, the colours and Monaco, and is remembered', async ({
  app,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const layout = new LayoutPage(page, app);
  await app.goto();
  await app.whenEditorReady();
  const background = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('.pane')!).backgroundColor);
  const light = await background();
  expect(await layout.monacoTheme()).toBe('vs');

  await layout.theme.selectOption({ label: 'Dark' });
  expect(await layout.dataTheme()).toBe('dark');
  expect(await layout.colorScheme()).toBe('dark');
  await expect.poll(() => layout.monacoTheme()).toBe('vs-dark');
  expect(await background()).not.toBe(light);

  // Remembered across a reload, and applied before the app shows.
  await page.reload();
  await page.waitForFunction(() => 'podsmith' in window);
  await expect(layout.theme).toHaveValue('dark');
  expect(await layout.dataTheme()).toBe('dark');
  await app.whenEditorReady();
  expect(await layout.monacoTheme()).toBe('vs-dark');

  await layout.theme.selectOption({ label: 'Light' });
  expect(await layout.dataTheme()).toBe('light');
  await expect.poll(() => layout.monacoTheme()).toBe('vs');
  // Light stays light on a dark system.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await layout.colorScheme()).toBe('light');
  expect(await background()).toBe(light);

  // System follows the system, Monaco too, as it changes.
  await layout.theme.selectOption({ label: 'System' });
  expect(await layout.dataTheme()).toBeNull();
  expect(await layout.colorScheme()).toBe('dark');
  await expect.poll(() => layout.monacoTheme()).toBe('vs-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => layout.monacoTheme()).toBe('vs');
  expect(await background()).toBe(light);
});

test('pane sizes and folds are remembered across a reload, and a splitter follows the mouse', async ({
  app,
  page,
}) => {
  const layout = new LayoutPage(page, app);
  await app.goto();
  await app.whenEditorReady();
  const editor = layout.splitter('Resize the editor');
  const start = await layout.state(editor);

  // Dragged left by 100 px: the editor (right of its splitter) is 100 px wider.
  await layout.drag(editor, -100, 0);
  await expect(editor).toHaveAttribute('aria-valuenow', String(clamp(start.now + 100, start)));
  const analysis = layout.splitter('Resize the pod analysis');
  await analysis.focus();
  await page.keyboard.press('Shift+ArrowUp');
  const analysisNow = (await layout.state(analysis)).now;

  // The palette folds to a rail, and its splitter goes with it.
  await page.getByRole('button', { name: 'Hide the palette' }).click();
  await expect(layout.palette).toHaveCount(0);
  await expect(layout.splitter('Resize the palette')).toHaveCount(0);
  const show = page.getByRole('button', { name: 'Show the palette' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');

  // Saved a moment later (debounced), then all of it is back after a reload.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('podsmith:layout')))
    .toContain(`"analysis":${analysisNow}`);
  await page.reload();
  await app.whenEditorReady();
  await expect(editor).toHaveAttribute('aria-valuenow', String(clamp(start.now + 100, start)));
  await expect(analysis).toHaveAttribute('aria-valuenow', String(analysisNow));
  await expect(show).toBeVisible();
  // The design itself never holds any of it.
  expect(await app.getYaml()).not.toMatch(/palette|analysis|theme/);

  await show.click();
  await expect(layout.palette).toBeVisible();
  await expect(app.paletteItem('Main container')).toBeVisible();
});

test('on a narrow screen, a selection on the canvas shows the inspector, a problem the YAML', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const layout = new LayoutPage(page, app);
  await app.goto();
  await app.setYaml(BUSY);
  await layout.showEditor();
  await app.whenEditorReady();
  await app.card('shop', 'main container').getByRole('button', { name: 'Select shop' }).click();
  await expect(layout.sideTab('Inspector')).toHaveAttribute('aria-selected', 'true');
  await expect(layout.inspector).toBeVisible();
  await expect(app.editor).toBeHidden();
  await layout.sideTab('YAML').click();
  await expect(app.editor).toBeVisible();
  // The tabs are WAI-ARIA tabs: the arrow keys move between them.
  await layout.sideTab('YAML').press('ArrowLeft');
  await expect(layout.sideTab('Inspector')).toBeFocused();
  await expect(layout.inspector).toBeVisible();
});
