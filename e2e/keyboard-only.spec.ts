import { test, expect } from './fixtures.ts';
import { InspectorPage } from './pages/inspector.ts';
import { KeyboardPage } from './pages/keyboard.ts';
import { ProbesPage } from './pages/probes.ts';
import { ProblemsPage } from './pages/problems.ts';
import { VolumesPage } from './pages/volumes.ts';
import { BUSY, podSpec } from './support/designs.ts';

// No mouse, no clicks, no setYaml: from the starter design, with Tab, Shift+Tab, arrows, Enter,
// Space and typing only. Locators only check where the focus is and what the page shows.
test('keyboard only: add a sidecar, mount a volume into two containers, set a readiness probe', async ({
  app,
  page,
}) => {
  // About eighty single key presses, each checked for where the focus went: more than the
  // default 30 s on a busy machine.
  test.slow();
  const keys = new KeyboardPage(page);
  const keyboard = page.keyboard;
  const volumes = new VolumesPage(page, app);
  const inspector = new InspectorPage(page, app);
  const probes = new ProbesPage(page, app);
  await app.goto();
  await expect(app.card('nginx', 'main container')).toBeVisible();

  // A classic sidecar from the palette: Enter on its item. The focus stays on the item.
  const classic = app.paletteItem('Classic sidecar');
  // Past the toolbar (Templates, Library, Open, Export, Share, the version and theme selects) and
  // the palette's fold button first.
  await keys.tabTo(classic, { max: 16 });
  await keyboard.press('Enter');
  await expect(app.card('sidecar', 'sidecar')).toBeVisible();
  await expect(classic).toBeFocused();

  // A volume from the diagram: New volume opens the form at its name field; the source (emptyDir
  // is the default), Add volume. The form closes and the focus goes back to New volume.
  await keys.tabTo(volumes.newVolume, { max: 40 });
  await keyboard.press('Enter');
  const addVolume = app.canvas.getByRole('form', { name: 'Add volume' });
  await expect(addVolume.getByRole('textbox', { name: 'New volume name' })).toBeFocused();
  await keyboard.type('logs');
  await keyboard.press('Tab');
  await expect(addVolume.getByRole('combobox', { name: 'Source' })).toBeFocused();
  await expect(addVolume.getByRole('combobox', { name: 'Source' })).toHaveValue('emptyDir');
  await keyboard.press('Tab');
  await keyboard.press('Enter');
  await expect(app.volume('logs')).toBeVisible();
  await expect(volumes.newVolume).toBeFocused();

  // The new volume is shown in the inspector, next in Tab order: "Mount into" nginx, then the
  // sidecar, which the form offers next since nginx mounts it now.
  const mountInto = volumes.mountInto(volumes.form('logs'));
  const target = mountInto.getByRole('combobox', { name: 'Mount into' });
  // Past the diagram's nodes (arrow keys move between them; Tab visits each one's controls).
  await keys.tabTo(target, { max: 40 });
  await expect(target.locator('option:checked')).toHaveText('nginx (main container)');
  await keyboard.press('Tab');
  await expect(mountInto.getByRole('textbox', { name: 'Mount path' })).toBeFocused();
  await keys.retype('/var/log/nginx');
  await keyboard.press('Enter');
  await expect(app.edge('logs mounted by nginx at /var/log/nginx, read-write')).toBeVisible();
  await expect(target.locator('option:checked')).toHaveText('sidecar (sidecar)');
  await expect(mountInto.getByRole('textbox', { name: 'Mount path' })).toBeFocused();
  await keys.retype('/logs');
  await keyboard.press('Tab');
  await expect(mountInto.getByRole('checkbox', { name: 'Read-only' })).toBeFocused();
  await keyboard.press('Space');
  await keyboard.press('Tab');
  await expect(mountInto.getByRole('button', { name: 'Mount logs' })).toBeFocused();
  await keyboard.press('Enter');
  await expect(app.edge('logs mounted by sidecar at /logs, read-only')).toBeVisible();

  // Back to nginx on the canvas, select it, then "Jump to" Probes instead of Tabbing through
  // every field above them.
  const selectNginx = app
    .card('nginx', 'main container')
    .getByRole('button', { name: 'Select nginx' });
  await keys.tabTo(selectNginx, { back: true, max: 35 });
  await keyboard.press('Enter');
  await expect(inspector.containerForm('nginx')).toBeVisible();
  const jump = inspector.region
    .getByRole('navigation', { name: 'Jump to a section' })
    .getByRole('button', { name: 'Probes', exact: true });
  // Past nginx's controls and the other nodes of the diagram (arrow keys move between them).
  await keys.tabTo(jump, { max: 40 });
  await keyboard.press('Enter');
  await expect(inspector.section('Probes').locator('summary')).toBeFocused();

  // Readiness: httpGet on the named port, path /ready, every 5 seconds.
  const readiness = probes.probe('Readiness probe');
  await keys.tabTo(probes.select('Handler', readiness), { max: 5 });
  await keyboard.press('ArrowDown'); // none -> exec
  await keyboard.press('ArrowDown'); // exec -> httpGet
  await expect(probes.text('Path', readiness)).toBeVisible();
  await keyboard.press('Tab');
  await expect(probes.text('Path', readiness)).toBeFocused();
  await keys.retype('/ready');
  await keyboard.press('Enter');
  await keyboard.press('Tab');
  await expect(probes.select('Port', readiness)).toBeFocused();
  await keyboard.press('ArrowUp'); // 80 -> the named port http
  await keys.tabTo(probes.text('Period seconds', readiness), { max: 3 });
  await keyboard.type('5');
  await keyboard.press('Enter');

  // The design, as data: the sidecar, the volume in both, the probe on nginx; nothing else.
  await expect
    .poll(async () => podSpec(await app.getYaml()).containers[0]!.readinessProbe)
    .toEqual({ httpGet: { path: '/ready', port: 'http' }, periodSeconds: 5 });
  const spec = podSpec(await app.getYaml());
  expect(spec.volumes).toEqual([{ name: 'logs', emptyDir: {} }]);
  expect(spec.initContainers).toBeUndefined();
  expect(spec.containers).toEqual([
    {
      name: 'nginx',
      image: 'nginx:1.27',
      ports: [{ name: 'http', containerPort: 80 }],
      resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '128Mi' } },
      volumeMounts: [{ name: 'logs', mountPath: '/var/log/nginx' }],
      readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 5 },
    },
    {
      name: 'sidecar',
      image: 'busybox:1.36',
      command: ['sh', '-c', 'sleep infinity'],
      volumeMounts: [{ name: 'logs', mountPath: '/logs', readOnly: true }],
    },
  ]);
});

// Tab indents in the YAML editor, so the way out must be known (WCAG 2.1.2, no keyboard trap):
// Monaco's Ctrl+M makes Tab move the focus; the editor's name and a hint beside it say so.
test('keyboard only: the YAML editor is no trap, Ctrl+M makes Tab leave it', async ({
  app,
  page,
}) => {
  const keys = new KeyboardPage(page);
  const keyboard = page.keyboard;
  await app.goto();
  await app.whenEditorReady();
  const starter = await app.getYaml();
  const text = app.editor.getByRole('textbox', {
    name: /^YAML design text\. Tab indents; Ctrl\+M/,
  });
  const hint = app.editor.getByText('makes Tab move the focus');
  await expect(hint).toBeHidden();
  // From the end of the page backwards: the problems panel, then the editor.
  await keys.tabTo(text, { back: true, max: 30 });
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('Ctrl+M');

  await keyboard.press('Tab');
  await expect(text, 'Tab indents: the focus stays').toBeFocused();
  await keyboard.press('Control+Z'); // the indent was typed into the design: undo it
  await expect.poll(() => app.getYaml()).toBe(starter);
  await keyboard.press('Control+M');
  await keyboard.press('Tab');
  await expect(text, 'Tab leaves the editor').not.toBeFocused();
  // Next the problems panel: when the editor is scrolled, Monaco's sticky scroll lines (the
  // enclosing keys above the first line shown) are Tab stops on the way.
  const firstAfter = app.editor.getByRole('button', { name: /^Errors \d+$/ });
  await keys.tabTo(firstAfter, { max: 3 });
  await expect(hint).toBeHidden();
  await keys.tabTo(text, { back: true, max: 4 });
  // Ctrl+M again: Tab indents again.
  await keyboard.press('Control+M');
  await keyboard.press('Tab');
  await expect(text).toBeFocused();
});

test('keyboard only: the toolbar dialogs open with Enter and close with Escape, focus going back', async ({
  app,
  page,
}) => {
  const keys = new KeyboardPage(page);
  await app.goto();
  for (const [button, dialog] of [
    ['Designs', 'Designs'],
    ['Templates', 'Start from a template'],
    ['Export', 'Export the design'],
    ['Share', 'Share this design'],
  ] as const) {
    const opener = page.getByRole('button', { name: button, exact: true });
    await keys.tabTo(opener, { max: 6 });
    await page.keyboard.press('Enter');
    const open = page.getByRole('dialog', { name: dialog });
    await expect(open).toBeVisible();
    await expect(open.locator(':focus')).toHaveCount(1); // the focus went into the dialog
    await page.keyboard.press('Escape');
    await expect(open).toBeHidden();
    await expect(opener).toBeFocused();
  }
});

test('keyboard only: a quick fix from a card badge, undo, the same fix from the problems panel', async ({
  app,
  page,
}) => {
  test.slow(); // long Tab walks on a busy design
  const keys = new KeyboardPage(page);
  const problems = new ProblemsPage(page, app);
  const keyboard = page.keyboard;
  await app.goto();
  await app.setYaml(BUSY); // a mount of the volume "cache", which the pod does not have
  const shop = app.card('shop', 'main container');
  const fix = 'Fix: add the missing volume (emptyDir)';

  // The card's badge is a disclosure: Enter opens it, its fix button is next.
  const badge = problems.badge(shop).locator('summary');
  await keys.tabTo(badge, { max: 60 });
  await keyboard.press('Enter');
  const badgeFix = problems.badge(shop).getByRole('button', { name: fix });
  await keys.tabTo(badgeFix, { max: 3 });
  await keyboard.press('Enter');
  await expect(app.volume('cache')).toBeVisible();
  await expect(problems.toggle('Errors')).toHaveAccessibleName('Errors 0');
  await keyboard.press('Control+Z');
  await expect(app.volume('cache')).toHaveCount(0);

  // On with Tab from the card, through the inspector, into the editor; Ctrl+M lets Tab go on
  // past it to the problems panel.
  const text = app.editor.getByRole('textbox', { name: /^YAML design text/ });
  await keys.tabTo(text, { max: 160 }); // the inspector shows shop's form: many fields
  await keyboard.press('Control+M');
  const entry = problems.entry('volume-mount-unknown-volume');
  await keys.tabTo(entry.getByRole('button').first(), { max: 30 });
  await keyboard.press('Enter'); // show it: the card it concerns is selected
  await expect(shop.getByRole('button', { name: 'Select shop' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await keys.tabTo(entry.getByRole('button', { name: fix }), { max: 3 });
  await keyboard.press('Enter');
  await expect(app.volume('cache')).toBeVisible();
  await expect(problems.toggle('Errors')).toHaveAccessibleName('Errors 0');
});
