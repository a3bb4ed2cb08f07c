import { parse } from 'yaml';
import { TEMPLATES } from '../src/templates/gallery.ts';
import { test, expect } from './fixtures.ts';
import { GalleryPage } from './pages/gallery.ts';
import { LibraryPage } from './pages/library.ts';
import { PresetsPage } from './pages/presets.ts';
import { WEB, podSpec } from './support/designs.ts';

let presets: PresetsPage;

test.beforeEach(async ({ app, page }) => {
  presets = new PresetsPage(page);
  await app.goto();
  await app.setYaml(WEB);
  await expect(app.card('nginx', 'main container')).toBeVisible();
});

test('a log shipper with the shared volume accepted: one undo step of YAML a user would keep', async ({
  app,
  page,
}) => {
  await presets.item('Log shipper').click();
  await expect(presets.dialog('Log shipper')).toBeVisible();
  await expect(presets.volumeOffer('Log shipper')).toBeChecked(); // the offer is on by default
  await expect(presets.role('Log shipper', 'Native sidecar')).toBeChecked();
  await presets.addButton('Log shipper').click();

  await expect(presets.dialog('Log shipper')).toHaveCount(0);
  await expect(app.card('log-shipper', 'native sidecar')).toBeVisible();
  const spec = podSpec(await app.getYaml());
  expect(spec.initContainers).toEqual([
    {
      name: 'log-shipper',
      image: 'fluent/fluent-bit:3.2.4',
      restartPolicy: 'Always',
      args: ['-i', 'tail', '-p', 'path=/var/log/app/*.log', '-o', 'stdout'],
      resources: { requests: { cpu: '20m', memory: '32Mi' }, limits: { memory: '64Mi' } },
      volumeMounts: [{ name: 'app-logs', mountPath: '/var/log/app', readOnly: true }],
    },
  ]);
  expect(spec.containers).toEqual([
    {
      name: 'nginx',
      image: 'nginx:1.27',
      volumeMounts: [{ name: 'app-logs', mountPath: '/var/log/app' }],
    },
  ]);
  expect(spec.volumes).toEqual([{ name: 'app-logs', emptyDir: {} }]);
  // The rest of the text is as it was.
  expect((await app.getYaml()).startsWith(WEB.slice(0, WEB.indexOf('      containers:')))).toBe(
    true,
  );
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    'Added log shipper "log-shipper" as a native sidecar, with emptyDir "app-logs"',
  );

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => app.getYaml()).toBe(WEB);
});

test('seed 004: a credential refresher writing into "shared-app" at /shared in both containers', async ({
  app,
  page,
}) => {
  const preset = 'Credential refresher';
  await presets.item(preset).click();
  // Today's values are filled in.
  await expect(presets.volumeName(preset)).toHaveValue('credentials');
  await expect(presets.mountPath(preset, 'sidecar')).toHaveValue('/credentials');
  await expect(presets.mountPath(preset, 'main container')).toHaveValue('/var/run/credentials');

  await presets.volumeName(preset).fill('shared-app');
  await presets.mountPath(preset, 'sidecar').fill('shared');
  await presets.addButton(preset).click();
  // A relative path is refused next to its field, and nothing changes.
  await expect(presets.mountPath(preset, 'sidecar')).toHaveAttribute('aria-invalid', 'true');
  await expect(presets.mountPath(preset, 'sidecar')).toBeFocused();
  await expect(presets.dialog(preset).getByRole('alert')).toContainText('Use an absolute path');
  expect(await app.getYaml()).toBe(WEB);

  await presets.mountPath(preset, 'sidecar').fill('/shared');
  await presets.mountPath(preset, 'main container').fill('/shared');
  await expect(presets.dialog(preset)).toContainText('nginx reads the token at /shared/token');
  await presets.role(preset, 'Classic sidecar').check();
  await presets.addButton(preset).click();

  await expect(presets.dialog(preset)).toHaveCount(0);
  await expect(app.card('token-refresher', 'sidecar')).toBeVisible();
  const spec = podSpec(await app.getYaml());
  const refresher = spec.containers.find((c) => c.name === 'token-refresher')!;
  expect((refresher.args as string[])[0]).toContain(
    '> /shared/token.tmp && mv /shared/token.tmp /shared/token',
  );
  expect(JSON.stringify(refresher)).not.toContain('/credentials');
  expect(refresher.volumeMounts).toEqual([{ name: 'shared-app', mountPath: '/shared' }]);
  expect(spec.containers[0]!.volumeMounts).toEqual([
    { name: 'shared-app', mountPath: '/shared', readOnly: true },
  ]);
  expect(spec.volumes).toEqual([
    { name: 'shared-app', emptyDir: { medium: 'Memory', sizeLimit: '1Mi' } },
  ]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => app.getYaml()).toBe(WEB);
});

test('content sync: nginx serves the checkout git-sync links as current/, not the volume root', async ({
  app,
}) => {
  const preset = 'Content sync';
  await presets.item(preset).click();
  await expect(presets.mountPath(preset, 'sidecar')).toHaveValue('/git');
  await presets.mountPath(preset, 'main container').fill('/srv/site');
  await expect(presets.dialog(preset)).toContainText(
    'git-sync publishes the checkout at /srv/site/current in nginx',
  );
  await presets.addButton(preset).click();

  await expect(app.card('content-sync', 'native sidecar')).toBeVisible();
  const spec = podSpec(await app.getYaml());
  expect(spec.initContainers![0]!.args).toEqual(
    expect.arrayContaining(['--root=/git', '--link=current']),
  );
  const nginx = spec.containers[0]!;
  expect(nginx.command).toEqual(['sh', '-c']);
  expect((nginx.args as string[])[0]).toContain(
    "sed -i 's|/usr/share/nginx/html;|/srv/site/current;|' /etc/nginx/conf.d/default.conf",
  );
  expect(nginx.volumeMounts).toEqual([{ name: 'content', mountPath: '/srv/site', readOnly: true }]);
});

test('from the keyboard: a classic utility sidecar that shares the process namespace', async ({
  app,
  page,
}) => {
  await presets.item('Utility sidecar').focus();
  await page.keyboard.press('Enter');
  await expect(presets.nameField('Utility sidecar')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(presets.role('Utility sidecar', 'Native sidecar')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // radios: the arrow picks the next one
  await expect(presets.role('Utility sidecar', 'Classic sidecar')).toBeChecked();
  await expect(presets.processOffer('Utility sidecar')).toBeChecked();
  await presets.nameField('Utility sidecar').fill('toolbox');
  await page.keyboard.press('Enter');

  await expect(app.card('toolbox', 'sidecar')).toBeVisible();
  const spec = podSpec(await app.getYaml());
  expect(spec.shareProcessNamespace).toBe(true);
  expect(spec.containers[1]).toMatchObject({
    name: 'toolbox',
    image: 'nginx:1.27', // the main container's image
    command: ['tail'],
    args: ['-f', '/dev/null'],
  });
  // Focus is back on the preset that opened the dialog.
  await expect(presets.item('Utility sidecar')).toBeFocused();
});

test('a name that is taken is refused inline, and Escape leaves the YAML alone', async ({
  app,
  page,
}) => {
  await presets.item('Metrics exporter').click();
  await presets.nameField('Metrics exporter').fill('nginx');
  await presets.addButton('Metrics exporter').click();
  await expect(presets.dialog('Metrics exporter').getByRole('alert')).toContainText(
    'There is already a container named "nginx"',
  );
  await expect(presets.nameField('Metrics exporter')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(presets.dialog('Metrics exporter')).toHaveCount(0);
  expect(await app.getYaml()).toBe(WEB);
});

test('dragging a preset into the pod opens its dialog', async ({ app }) => {
  await presets.dragIntoPod('Metrics exporter', app.canvas);
  await expect(presets.dialog('Metrics exporter')).toBeVisible();
  await presets.role('Metrics exporter', 'Classic sidecar').check();
  await presets.addButton('Metrics exporter').click();

  await expect(app.card('metrics-exporter', 'sidecar')).toBeVisible();
  const exporter = podSpec(await app.getYaml()).containers[1]!;
  expect(exporter.ports).toEqual([
    { name: 'metrics', containerPort: 9102 },
    { name: 'statsd', containerPort: 9125, protocol: 'UDP' },
  ]);
});

test('the gallery starts a new design from a template; the changed design stays in the library', async ({
  app,
  page,
}) => {
  const gallery = new GalleryPage(page);
  await gallery.button.click();
  await expect(gallery.dialog).toBeVisible();
  for (const t of TEMPLATES) await expect(gallery.template(t.title)).toBeVisible();
  await expect(gallery.template('Empty pod')).toBeVisible();

  await gallery.template('Log shipper (native sidecar)').click();
  await expect(gallery.dialog).toHaveCount(0);
  await expect(app.card('logshipper', 'native sidecar')).toBeVisible();
  const template = TEMPLATES.find((t) => t.id === 'log-shipper-native')!;
  expect(await app.getYaml()).toBe(template.yaml);
  expect(parse(await app.getYaml()).metadata.name).toBe('myapp');
  await expect(page.getByRole('status', { name: 'Notices' })).toHaveText(
    'Started a new design from "Log shipper (native sidecar)". "web" is kept in Designs.',
  );
  await expect(gallery.button).toBeFocused();
  // A new design starts a new history.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await gallery.startFrom('Empty pod');
  await expect(app.card('app', 'main container')).toBeVisible();
  expect(parse(await app.getYaml()).kind).toBe('Pod');
  // The log-shipper template was not changed: there was nothing to keep.
  await expect(page.getByRole('status', { name: 'Notices' })).toHaveText(
    'Started a new design from "Empty pod".',
  );
  const library = new LibraryPage(page);
  await library.open();
  expect((await library.names()).sort()).toEqual(['my-pod', 'web']);
  await library.action('web', 'Open');
  await expect.poll(() => app.getYaml()).toBe(WEB);
});
