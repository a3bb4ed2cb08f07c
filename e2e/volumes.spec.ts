import { parse } from 'yaml';
import { test, expect } from './fixtures.ts';
import { VolumesPage } from './pages/volumes.ts';
import { WEB, podSpec } from './support/designs.ts';

interface Mount {
  name: string;
  mountPath: string;
  readOnly?: boolean;
}

const mountsOf = (text: string, container: string): Mount[] | undefined =>
  podSpec(text).containers.find((c) => c.name === container)?.volumeMounts as Mount[] | undefined;

let volumes: VolumesPage;

test.beforeEach(async ({ app, page }) => {
  volumes = new VolumesPage(page, app);
  await app.goto();
  await app.setYaml(WEB);
  await expect(app.card('nginx', 'main container')).toBeVisible();
});

test('a volume shared by nginx and a sidecar: add, drag to mount, mount by keyboard, rename', async ({
  app,
  page,
}) => {
  await volumes.add('logs', 'emptyDir');
  expect(podSpec(await app.getYaml()).volumes).toEqual([{ name: 'logs', emptyDir: {} }]);
  await expect(app.volume('logs')).toContainText('not mounted');

  // Drag the volume onto nginx: a dialog asks for the path, prefilled, focused.
  const nginx = app.card('nginx', 'main container');
  await volumes.drag('logs', nginx);
  await expect(volumes.mountDialog).toBeVisible();
  const path = volumes.mountDialog.getByRole('textbox', { name: 'Mount path' });
  await expect(path).toBeFocused();
  await expect(path).toHaveValue('/var/log/logs');
  await path.fill('/var/log/nginx');
  await path.press('Enter');
  await expect(volumes.mountDialog).toBeHidden();
  expect(mountsOf(await app.getYaml(), 'nginx')).toEqual([
    { name: 'logs', mountPath: '/var/log/nginx' },
  ]);
  // On the diagram, the mount is an edge from nginx to the volume, named in words.
  await expect(app.edge('logs mounted by nginx at /var/log/nginx, read-write')).toBeVisible();

  // A classic sidecar, then the keyboard way: select the volume, "Mount into" the sidecar.
  await app.paletteItem('Classic sidecar').click();
  await expect.poll(async () => podSpec(await app.getYaml()).containers.length).toBe(2);
  const sidecar = podSpec(await app.getYaml()).containers[1]!.name;
  const form = await volumes.select('logs');
  const mountInto = volumes.mountInto(form);
  const target = mountInto.getByRole('combobox', { name: 'Mount into' });
  // The first container that does not mount it yet is offered first.
  await expect(target.locator('option:checked')).toHaveText(`${sidecar} (sidecar)`);
  await target.focus();
  await page.keyboard.press('Tab');
  await expect(mountInto.getByRole('textbox', { name: 'Mount path' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('/logs');
  await page.keyboard.press('Tab');
  await expect(mountInto.getByRole('checkbox', { name: 'Read-only' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(mountInto.getByRole('button', { name: 'Mount logs' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect
    .poll(async () => mountsOf(await app.getYaml(), sidecar))
    .toEqual([{ name: 'logs', mountPath: '/logs', readOnly: true }]);
  const text = await app.getYaml();
  const doc = parse(text) as { spec: { template: { spec: { volumes: unknown[] } } } };
  expect(doc.spec.template.spec.volumes).toEqual([{ name: 'logs', emptyDir: {} }]);
  expect(mountsOf(text, 'nginx')).toEqual([{ name: 'logs', mountPath: '/var/log/nginx' }]);

  // The diagram says who shares it; each mount is an edge saying where, and read-only in words.
  const logs = app.volume('logs');
  await expect(logs).toContainText('shared by 2');
  await expect(app.edge('logs mounted by nginx at /var/log/nginx, read-write')).toBeVisible();
  await expect(app.edge(`logs mounted by ${sidecar} at /logs, read-only`)).toBeVisible();
  // The selected volume's containers are marked on the canvas.
  for (const card of [nginx, app.card(sidecar, 'sidecar')])
    await expect(card.locator('xpath=..')).toHaveAttribute('data-volume-mounted', 'logs');

  // Rename it in the inspector: both mounts follow, and the form follows the name as it is typed.
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('app-logs');
  await volumes.form('app-logs').getByRole('textbox', { name: 'Name', exact: true }).press('Enter');
  await expect(app.volume('app-logs')).toBeVisible();
  const renamed = await app.getYaml();
  expect(podSpec(renamed).volumes).toEqual([{ name: 'app-logs', emptyDir: {} }]);
  expect(mountsOf(renamed, 'nginx')).toEqual([{ name: 'app-logs', mountPath: '/var/log/nginx' }]);
  expect(mountsOf(renamed, sidecar)).toEqual([
    { name: 'app-logs', mountPath: '/logs', readOnly: true },
  ]);
  await expect(volumes.form('app-logs')).toBeVisible();
  await expect(app.volume('app-logs')).toContainText('shared by 2');
});

test('Escape cancels a drop; a confirmed drop is one undo step', async ({ app, page }) => {
  await volumes.add('cache', 'emptyDir');
  const before = await app.getYaml();
  const nginx = app.card('nginx', 'main container');

  await volumes.drag('cache', nginx);
  await expect(volumes.mountDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(volumes.mountDialog).toBeHidden();
  expect(await app.getYaml()).toBe(before);

  await volumes.drag('cache', nginx);
  await volumes.mountDialog.getByRole('checkbox', { name: 'Read-only' }).check();
  await volumes.mountDialog.getByRole('button', { name: 'Mount' }).click();
  await expect(volumes.mountDialog).toBeHidden();
  expect(mountsOf(await app.getYaml(), 'nginx')).toEqual([
    { name: 'cache', mountPath: '/data/cache', readOnly: true },
  ]);

  await page.getByRole('button', { name: /Undo/ }).click();
  await expect.poll(() => app.getYaml()).toBe(before);
});

test('a relative mount path is explained in the dialog and changes nothing', async ({ app }) => {
  await volumes.add('cache', 'emptyDir');
  const before = await app.getYaml();
  await volumes.drag('cache', app.card('nginx', 'main container'));
  const path = volumes.mountDialog.getByRole('textbox', { name: 'Mount path' });
  await path.fill('cache');
  await path.press('Enter');
  await expect(volumes.mountDialog.getByRole('alert')).toContainText('must be absolute');
  await expect(volumes.mountDialog).toBeVisible();
  expect(await app.getYaml()).toBe(before);
});

test('removing a volume removes its mounts; undo brings both back', async ({ app, page }) => {
  await volumes.add('cache', 'emptyDir');
  await volumes.drag('cache', app.card('nginx', 'main container'));
  await volumes.mountDialog.getByRole('button', { name: 'Mount' }).click();
  await expect(volumes.mountDialog).toBeHidden();
  const mounted = await app.getYaml();

  await app.volume('cache').getByRole('button', { name: 'Remove cache' }).click();
  await expect(app.volume('cache')).toBeHidden();
  expect(await app.getYaml()).toBe(WEB);

  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(app.volume('cache')).toBeVisible();
  expect(await app.getYaml()).toBe(mounted);
});

test('the volume form writes octal modes as integers and shows them back as octal', async ({
  app,
}) => {
  await volumes.add('config', 'configMap');
  const form = await volumes.select('config');
  const mode = form.getByRole('textbox', { name: 'Default mode' });
  await mode.fill('0644');
  await mode.press('Enter');
  await expect
    .poll(async () => podSpec(await app.getYaml()).volumes)
    .toEqual([{ name: 'config', configMap: { name: 'config', defaultMode: 420 } }]);
  await expect(mode).toHaveValue('0644');

  await mode.fill('0999');
  await mode.press('Enter');
  await expect(form.getByRole('alert')).toContainText('octal');
  expect((podSpec(await app.getYaml()).volumes as { configMap: object }[])[0]!.configMap).toEqual({
    name: 'config',
    defaultMode: 420,
  });
});

const DB = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: postgres
          image: postgres:17
`;

test('a StatefulSet claim template: size, access modes, mount, rename', async ({ app }) => {
  await app.setYaml(DB);
  await expect(app.card('postgres', 'main container')).toBeVisible();
  await volumes.add('pgdata', 'volumeClaimTemplate');
  const form = await volumes.select('pgdata');
  const claim = async () =>
    (parse(await app.getYaml()) as { spec: { volumeClaimTemplates: unknown[] } }).spec
      .volumeClaimTemplates;

  const storage = form.getByRole('textbox', { name: 'Storage request' });
  await storage.fill('8GB');
  await storage.press('Enter');
  await expect(form.getByRole('alert')).toContainText('quantity');
  await storage.fill('8Gi');
  await storage.press('Enter');
  await form.getByRole('checkbox', { name: 'ReadWriteOncePod' }).check();
  await form.getByRole('checkbox', { name: 'ReadWriteOnce', exact: true }).uncheck();
  await expect.poll(claim).toEqual([
    {
      metadata: { name: 'pgdata' },
      spec: { accessModes: ['ReadWriteOncePod'], resources: { requests: { storage: '8Gi' } } },
    },
  ]);
  await expect(app.volume('pgdata')).toContainText('claim template, 8Gi, ReadWriteOncePod');

  await volumes.mountInto(form).getByRole('button', { name: 'Mount pgdata' }).click();
  await expect
    .poll(async () => mountsOf(await app.getYaml(), 'postgres'))
    .toEqual([{ name: 'pgdata', mountPath: '/data/pgdata' }]);

  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('data');
  await volumes.form('data').getByRole('textbox', { name: 'Name', exact: true }).press('Enter');
  await expect(app.volume('data')).toBeVisible();
  expect(((await claim())[0] as { metadata: { name: string } }).metadata.name).toBe('data');
  expect(mountsOf(await app.getYaml(), 'postgres')).toEqual([
    { name: 'data', mountPath: '/data/pgdata' },
  ]);
});
