import { test, expect } from './fixtures.ts';
import { AccessibilityPage, type FocusStyle } from './pages/accessibility.ts';
import { GalleryPage } from './pages/gallery.ts';
import { InspectorPage } from './pages/inspector.ts';
import { IoPage } from './pages/io.ts';
import { LibraryPage } from './pages/library.ts';
import { LifecyclePage } from './pages/lifecycle.ts';
import { NetworkPage } from './pages/network.ts';
import { PodSettingsPage } from './pages/pod.ts';
import { PresetsPage } from './pages/presets.ts';
import { ProblemsPage } from './pages/problems.ts';
import { ResourcesPage } from './pages/resources.ts';
import { SharePage } from './pages/share.ts';
import { VolumesPage } from './pages/volumes.ts';
import type { AppPage } from './pages/app.ts';
import { BUSY } from './support/designs.ts';

/** Opens the busy design and waits until its findings of every severity are listed. */
async function openBusy(app: AppPage, problems: ProblemsPage): Promise<void> {
  await app.goto();
  await app.setYaml(BUSY);
  await expect(app.card('shop', 'main container')).toBeVisible();
  await expect(problems.toggle('Errors')).toHaveAccessibleName('Errors 1');
  await expect(problems.toggle('Warnings')).toHaveAccessibleName('Warnings 1');
  await expect(problems.toggle('Info')).not.toHaveAccessibleName('Info 0');
}

test('the main screen has no serious axe violations: the starter and a busy design', async ({
  app,
  page,
}) => {
  test.slow(); // axe over the whole page, twice
  const axe = new AccessibilityPage(page);
  const problems = new ProblemsPage(page, app);
  await app.goto();
  await app.whenEditorReady();
  await expect(problems.panel).toBeVisible();
  await axe.expectNoSeriousViolations('starter design');

  await openBusy(app, problems);
  // Every badge open, so its messages and quick fix buttons are checked too.
  for (const badge of await page.locator('details.diag-badge > summary').all()) await badge.click();
  await expect(page.locator('details.diag-badge[open]')).not.toHaveCount(0);
  await axe.expectNoSeriousViolations('busy design, badges open');
});

test('the main screen has no serious axe violations while a card is renamed and while the YAML does not parse', async ({
  app,
  page,
}) => {
  test.slow(); // axe over the whole page, twice
  const axe = new AccessibilityPage(page);
  await openBusy(app, new ProblemsPage(page, app));

  // Renaming on the card, with a name Kubernetes refuses: the inline field and its error.
  const shop = app.card('shop', 'main container');
  await shop.getByRole('button', { name: 'Rename shop' }).click();
  await shop.getByRole('textbox', { name: 'Container name' }).fill('Shop_API');
  await shop.getByRole('textbox', { name: 'Container name' }).press('Enter');
  await expect(shop.getByRole('alert')).toBeVisible();
  await axe.expectNoSeriousViolations(
    'renaming a card, refused',
    'section[aria-label="Pod canvas"]',
  );
  await shop.getByRole('textbox', { name: 'Container name' }).press('Escape');

  // Broken YAML: the stale banner, and the notice of a refused canvas edit.
  await app.setYaml(`${BUSY}\n  bad: [indent\n`);
  await expect(app.staleAlert).toBeVisible();
  await app.card('shop', 'main container').getByRole('button', { name: 'Remove shop' }).click();
  const notice = page.getByRole('status', { name: 'Notices' });
  await expect(notice).not.toBeEmpty();
  // A refusal has an icon, not only its colour, to tell it from a confirmation.
  expect(await notice.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"⚠ " / ""');
  await axe.expectNoSeriousViolations('YAML with errors');
});

test('every inspector tab has no serious axe violations', async ({ app, page }) => {
  test.slow(); // seven axe runs, each over a long form
  const axe = new AccessibilityPage(page);
  const problems = new ProblemsPage(page, app);
  const inspector = new InspectorPage(page, app);
  const pod = new PodSettingsPage(page, app);
  const volumes = new VolumesPage(page, app);
  const scope = 'section[aria-label="Inspector"]';
  /** Opens every collapsed section, so the whole form is checked. */
  const expandAll = async () => {
    for (const closed of await inspector.region.locator('details:not([open]) > summary').all())
      await closed.click();
  };
  await openBusy(app, problems);

  const form = await inspector.selectContainer('shop', 'main container');
  await expandAll();
  await axe.expectNoSeriousViolations('Container tab (shop)', scope);
  // A refused value: the inline error under the field.
  await inspector.enter(inspector.section('Basics'), 'Name', 'Shop_API');
  await expect(inspector.error(inspector.section('Basics'))).toBeVisible();
  await axe.expectNoSeriousViolations('Container tab, a refused name', scope);
  await expect(form).toBeVisible();
  await inspector.selectContainer('mesh-proxy', 'native sidecar');
  await expandAll();
  await axe.expectNoSeriousViolations('Container tab (mesh-proxy)', scope);

  await volumes.select('logs');
  await expandAll();
  await axe.expectNoSeriousViolations('Volume tab (emptyDir)', scope);
  await volumes.select('config');
  await expandAll();
  await axe.expectNoSeriousViolations('Volume tab (configMap)', scope);

  for (const tab of ['Pod', 'Workload', 'Service'] as const) {
    await pod.openTab(tab);
    await expect(inspector.region.getByRole('tabpanel')).not.toContainText('Loading');
    await expandAll();
    await axe.expectNoSeriousViolations(`${tab} tab`, scope);
  }
});

test('the problems panel and every pod analysis view have no serious axe violations', async ({
  app,
  page,
}) => {
  test.slow(); // five axe runs on a busy design
  const axe = new AccessibilityPage(page);
  const problems = new ProblemsPage(page, app);
  await openBusy(app, problems);
  await axe.expectNoSeriousViolations('problems panel', 'section.problems');
  await problems.toggle('Info').click();
  await axe.expectNoSeriousViolations('problems panel, info hidden', 'section.problems');

  const scope = 'section[aria-label="Pod analysis"]';
  const resources = new ResourcesPage(page);
  await resources.open();
  await expect(resources.totals).toBeVisible();
  await axe.expectNoSeriousViolations('Resources view', scope);
  const lifecycle = new LifecyclePage(page);
  await lifecycle.open();
  await expect(lifecycle.startSteps.first()).toBeVisible();
  await axe.expectNoSeriousViolations('Start and stop view', scope);
  const network = new NetworkPage(page);
  await network.open();
  await expect(network.ports).toBeVisible();
  await axe.expectNoSeriousViolations('Network and processes view', scope);
});

test('the toolbar dialogs have no serious axe violations: Templates, Designs, Export, Share', async ({
  app,
  page,
}) => {
  test.slow(); // six axe runs
  const axe = new AccessibilityPage(page);
  const dialog = 'dialog[open]';
  await app.goto();
  await app.whenEditorReady();

  const gallery = new GalleryPage(page);
  await gallery.button.click();
  await expect(gallery.dialog).toBeVisible();
  await axe.expectNoSeriousViolations('Templates', dialog);
  await gallery.template('Utility sidecar (StatefulSet)').click();
  await expect(app.card('directory', 'main container')).toBeVisible();

  const library = new LibraryPage(page);
  await library.open();
  await expect(library.list.getByRole('listitem')).not.toHaveCount(0);
  await axe.expectNoSeriousViolations('Designs', dialog);
  const [first] = await library.names();
  await library.action(first!, 'Rename');
  await library.item(first!).getByRole('textbox', { name: 'Name' }).fill('');
  await library.item(first!).getByRole('button', { name: 'Save name' }).click();
  await expect(library.item(first!).getByRole('alert')).toBeVisible();
  await axe.expectNoSeriousViolations('Designs, renaming with an error', dialog);
  await library.close();

  const io = new IoPage(page);
  await io.exportButton.click();
  await expect(io.exportDialog).toBeVisible();
  await axe.expectNoSeriousViolations('Export', dialog);
  await page.keyboard.press('Escape');
  await expect(io.exportDialog).toBeHidden();

  const share = new SharePage(page);
  await share.readLink();
  await axe.expectNoSeriousViolations('Share', dialog);
  await share.close();
});

test('the dialogs that ask have no serious axe violations: preset, mount path, open file, shared link', async ({
  app,
  page,
}) => {
  test.slow(); // eight axe runs on a busy design
  const axe = new AccessibilityPage(page);
  const dialog = 'dialog[open]';
  const problems = new ProblemsPage(page, app);

  // The starter's one card and a new volume are both on screen, so the mouse can drag one to the other.
  await app.goto();
  const volumes = new VolumesPage(page, app);
  await volumes.add('cache', 'emptyDir');
  await volumes.drag('cache', app.card('nginx', 'main container'));
  await expect(volumes.mountDialog).toBeVisible();
  await axe.expectNoSeriousViolations('mount path dialog', dialog);
  await volumes.mountDialog.getByRole('textbox', { name: 'Mount path' }).fill('relative');
  await volumes.mountDialog.getByRole('button', { name: 'Mount' }).click();
  await expect(volumes.mountDialog.getByRole('alert')).toBeVisible();
  await axe.expectNoSeriousViolations('mount path dialog with an error', dialog);
  await page.keyboard.press('Escape');

  await openBusy(app, problems);
  const presets = new PresetsPage(page);
  await presets.item('Log shipper').click();
  await expect(presets.dialog('Log shipper')).toBeVisible();
  await axe.expectNoSeriousViolations('preset dialog', dialog);
  await page.keyboard.press('Escape');
});

test('focus is visible on every Tab stop from the toolbar through the palette and a card to the inspector', async ({
  app,
  page,
}) => {
  const axe = new AccessibilityPage(page);
  const inspector = new InspectorPage(page, app);
  await app.goto();
  await app.whenEditorReady();
  // After a load the main container is selected: the inspector shows its form, Image last.
  const field = inspector.region.getByRole('textbox', { name: 'Image' });

  // Every stop on the way, in Tab order, with how it shows the focus.
  const stops: FocusStyle[] = [];
  for (let presses = 0; presses < 120; presses++) {
    if (await field.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
    stops.push(await axe.focusStyle());
  }
  await expect(field, 'the Image field is reached by Tab').toBeFocused();
  const names = stops.map((s) => s.element);
  for (const expected of [
    '<button> Designs',
    '<select> Kubernetes version',
    '<button> Main container',
    '<button> Log shipper',
    '<button> Select nginx',
    '<select> Role of nginx',
    '<input> Image',
  ])
    expect(names, `a Tab stop named ${expected}`).toContainEqual(expected);
  const hidden = stops.filter((s) => !s.visible);
  expect(hidden, 'Tab stops without a focus outline or shadow').toEqual([]);
});

test('colour is never the only signal: every severity shown has an icon and a word', async ({
  app,
  page,
}) => {
  const problems = new ProblemsPage(page, app);
  await openBusy(app, problems);

  // Problems panel: each row's button says its severity, after its icon; so do the filters.
  for (const [rule, word, icon] of [
    ['volume-mount-unknown-volume', 'Error', '✖'],
    ['port-duplicate-across-containers', 'Warning', '⚠'],
    ['volume-unused', 'Info', 'ℹ'],
  ] as const) {
    const show = problems.entry(rule).getByRole('button').first();
    await expect(show).toHaveAccessibleName(new RegExp(`^${word} `));
    await expect(show).toContainText(`${icon} ${word}`);
  }
  for (const [words, icon] of [
    ['Errors', '✖'],
    ['Warnings', '⚠'],
    ['Info', 'ℹ'],
  ] as const)
    await expect(problems.toggle(words)).toContainText(`${icon} ${words}`);

  // Canvas badges: the worst severity's icon and the count, named with every count in words; each
  // message says its word.
  const shop = problems.badge(app.card('shop', 'main container'));
  await expect(shop.locator('summary > [aria-hidden]')).toHaveText('✖ 2');
  await expect(shop.locator('summary')).toHaveAccessibleName('1 error, 1 warning');
  await shop.locator('summary').click();
  const messages = await shop.getByRole('listitem').allTextContents();
  expect(messages.map((m) => m.slice(0, m.indexOf(':') + 1)).sort()).toEqual([
    '⚠ Warning:',
    '✖ Error:',
  ]);

  // The editor: squiggles differ by colour, so the marker's message starts with its word.
  const marker = await problems.nextMarker();
  await expect(marker).toContainText(
    'Error: spec.template.spec.containers[0].volumeMounts[1].name: Not found: "cache"',
  );
  await page.keyboard.press('Escape');

  // The editor's problem count: the words, and the worst severity's icon before them.
  const count = app.editor.getByText(/^\d+ (error|warning|info)/);
  await expect(count).toHaveText(/^1 error, 1 warning, \d+ info$/);
  const icon = (el: Element) => getComputedStyle(el, '::before').content;
  expect(await count.evaluate(icon)).toBe('"✖ " / ""');

  // Without the error, a warning is the worst: the badge and the count say so with its icon.
  const cache = '            - name: cache\n              mountPath: /cache\n';
  expect(BUSY).toContain(cache);
  await app.setYaml(BUSY.replace(cache, ''));
  await expect(shop.locator('summary > [aria-hidden]')).toHaveText('⚠ 1');
  await expect(shop.locator('summary')).toHaveAccessibleName('1 warning');
  await expect(count).toHaveText(/^1 warning, \d+ info$/);
  expect(await count.evaluate(icon)).toBe('"⚠ " / ""');
});
