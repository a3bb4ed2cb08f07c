import { parse } from 'yaml';
import { test, expect } from './fixtures.ts';
import { ContainersPage } from './pages/containers.ts';
import { podSpec } from './support/designs.ts';

/** Two init containers (start order matters), the app, and a classic sidecar in front of it. */
const DESIGN = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      initContainers:
        - name: migrate
          image: busybox:1.36
          command: [sh, -c, "echo migrating"]
        - name: wait-db
          image: busybox:1.36
          command: [sh, -c, "echo waiting"]
      containers:
        - name: nginx
          image: nginx:1.27
        - name: envoy
          image: envoyproxy/envoy:v1.32.1
`;

const initNames = async (yaml: string) => podSpec(yaml).initContainers?.map((c) => c.name);

let arrange: ContainersPage;

test.beforeEach(async ({ app }) => {
  arrange = new ContainersPage(app);
  await app.goto();
  await app.setYaml(DESIGN);
  await expect(app.card('wait-db', 'init container')).toBeVisible();
});

test('dragging an init container before another one reorders initContainers', async ({ app }) => {
  await arrange.dragCard(
    app.card('wait-db', 'init container'),
    app.card('migrate', 'init container'),
    {
      whileOver: () =>
        expect(arrange.lane('Init containers')).toHaveAttribute('data-target', 'true'),
    },
  );

  await expect.poll(async () => initNames(await app.getYaml())).toEqual(['wait-db', 'migrate']);
  // Only the order changed: the entries themselves are as they were.
  expect(podSpec(await app.getYaml()).initContainers![1]).toEqual({
    name: 'migrate',
    image: 'busybox:1.36',
    command: ['sh', '-c', 'echo migrating'],
  });
  await expect(app.page.getByRole('status', { name: 'Notices' })).toContainText(
    '"wait-db" is now an init container, starting 1st of 2',
  );
});

test('Move up / Move down reorder init containers from the keyboard, focus following', async ({
  app,
  page,
}) => {
  await expect(arrange.moveUp('migrate')).toBeDisabled();
  await expect(arrange.moveDown('wait-db')).toBeDisabled();

  await arrange.moveDown('migrate').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => initNames(await app.getYaml())).toEqual(['wait-db', 'migrate']);
  // migrate is last now: its Move down is off, so focus goes to migrate's Move up, not another card.
  await expect(arrange.moveUp('migrate')).toBeFocused();

  // Tab reaches the controls: from wait-db's card to its Move down button.
  // (Move wait-db up is off while wait-db is first.)
  await arrange.handle('wait-db', 'init container').focus();
  await page.keyboard.press('Tab');
  await expect(arrange.moveDown('wait-db')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => initNames(await app.getYaml())).toEqual(['migrate', 'wait-db']);
  await expect(arrange.moveUp('wait-db')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => initNames(await app.getYaml())).toEqual(['wait-db', 'migrate']);
});

test('a keyboard drag (Space, arrow, Space) moves an init container', async ({ app, page }) => {
  await arrange.handle('wait-db', 'init container').focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Picked up wait-db, init container.')).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');

  await expect.poll(async () => initNames(await app.getYaml())).toEqual(['wait-db', 'migrate']);
  // Focus stays with wait-db, now the first card, for the next move.
  await expect(arrange.handle('wait-db', 'init container')).toBeFocused();
  await page.keyboard.press('Space');
  // Arrows before the pick-up has registered would be lost on a busy machine: wait for it.
  await expect(page.getByText('Picked up wait-db, init container.')).toBeAttached();
  // Lanes in reading order: past migrate, then before and after nginx in the main lane, then
  // into the Sidecars lane to its right, before envoy.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(app.card('wait-db', 'sidecar')).toBeVisible();
  expect(podSpec(await app.getYaml()).containers.map((c) => c.name)).toEqual([
    'nginx',
    'wait-db',
    'envoy',
  ]);
});

test('dragging a classic sidecar into the init lane makes it a native sidecar', async ({ app }) => {
  await arrange.dragCard(app.card('envoy', 'sidecar'), arrange.lane('Init containers'));

  await expect(app.card('envoy', 'native sidecar')).toBeVisible();
  const spec = podSpec(await app.getYaml());
  expect(spec.initContainers!.map((c) => c.name)).toEqual(['envoy', 'migrate', 'wait-db']);
  expect(spec.initContainers![0]).toEqual({
    name: 'envoy',
    image: 'envoyproxy/envoy:v1.32.1',
    restartPolicy: 'Always',
  });
  expect(spec.containers.map((c) => c.name)).toEqual(['nginx']);

  // And back through the Role select, without a drag.
  await arrange.roleSelect('envoy').selectOption({ label: 'Classic sidecar' });
  await expect(app.card('envoy', 'sidecar')).toBeVisible();
  expect(podSpec(await app.getYaml()).containers[1]).toEqual({
    name: 'envoy',
    image: 'envoyproxy/envoy:v1.32.1',
  });
  await expect(arrange.roleSelect('envoy')).toBeFocused();
});

test('marking a sidecar as main sets the default-container annotation', async ({ app }) => {
  await arrange.makeMain('envoy').click();

  await expect(app.card('envoy', 'main container')).toBeVisible();
  await expect(app.card('nginx', 'sidecar')).toBeVisible();
  const doc = parse(await app.getYaml());
  expect(doc.spec.template.metadata.annotations).toEqual({
    'kubectl.kubernetes.io/default-container': 'envoy',
  });
  // The list order stays: kubectl reads the annotation.
  expect(podSpec(await app.getYaml()).containers.map((c) => c.name)).toEqual(['nginx', 'envoy']);

  // Dragging nginx onto the main lane makes it main again.
  await arrange.dragCard(app.card('nginx', 'sidecar'), arrange.lane('Main container'));
  await expect(app.card('nginx', 'main container')).toBeVisible();
  expect(parse(await app.getYaml()).spec.template.metadata.annotations).toEqual({
    'kubectl.kubernetes.io/default-container': 'nginx',
  });
});

test('duplicate is one undo step, with a notice', async ({ app, page }) => {
  await arrange.duplicate('migrate').click();

  await expect(app.card('migrate-2', 'init container')).toBeVisible();
  expect(await initNames(await app.getYaml())).toEqual(['migrate', 'migrate-2', 'wait-db']);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    'Duplicated "migrate" as "migrate-2"',
  );

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(app.card('migrate-2', 'init container')).toHaveCount(0);
  expect(await app.getYaml()).toBe(DESIGN);
});

test('clicking the selected card while the inspector shows another tab shows its form again', async ({
  page,
}) => {
  const select = arrange.handle('nginx', 'main container');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const form = inspector.getByRole('form', { name: 'Container nginx', exact: true });
  // The main container is selected after a load: the inspector opens on its form.
  await expect(form).toBeVisible();
  await expect(select).toHaveAttribute('aria-pressed', 'true');
  await inspector.getByRole('tab', { name: 'Pod', exact: true }).click();
  await expect(form).toHaveCount(0);
  await expect(select).toHaveAttribute('aria-pressed', 'true');

  await select.click(); // shows nginx again, as the volumes do; it does not deselect
  await expect(form).toBeVisible();
  await expect(select).toHaveAttribute('aria-pressed', 'true');
  await select.click(); // a second click on the shown container deselects it
  await expect(select).toHaveAttribute('aria-pressed', 'false');
});
