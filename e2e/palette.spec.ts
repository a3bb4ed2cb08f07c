import { test, expect } from './fixtures.ts';
import { WEB, podSpec } from './support/designs.ts';

const NGINX = { name: 'nginx', image: 'nginx:1.27' };

test.beforeEach(async ({ app }) => {
  await app.goto();
  await app.setYaml(WEB);
  await expect(app.card('nginx', 'main container')).toBeVisible();
});

test('dragging "Native sidecar" into the pod adds an initContainers entry that restarts Always', async ({
  app,
}) => {
  await app.dragFromPalette('Native sidecar', {
    // Proof that this is a drag, not a click: the pod invites the drop while the button is held.
    whileOver: () => expect(app.canvas.getByText('Drop to add it to the pod')).toBeVisible(),
  });

  await expect.poll(async () => podSpec(await app.getYaml()).initContainers?.length ?? 0).toBe(1);
  const spec = podSpec(await app.getYaml());
  const sidecar = spec.initContainers![0]!;
  expect(sidecar.restartPolicy).toBe('Always');
  expect(sidecar.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/); // a valid DNS label
  expect(spec.containers).toEqual([NGINX]);

  await expect(app.card(sidecar.name, 'native sidecar')).toBeVisible();
  await expect(app.card('nginx', 'main container')).toBeVisible();
});

test('a drag dropped outside the pod adds nothing', async ({ app, page }) => {
  await app.dragFromPalette('Classic sidecar', { target: app.paletteItem('Init container') });

  await expect(page.getByText(/dropped outside the pod/)).toBeAttached(); // the live announcement
  expect(await app.getYaml()).toBe(WEB);
});

test('clicking "Classic sidecar" adds a sidecar without a drag', async ({ app }) => {
  await app.paletteItem('Classic sidecar').click();

  await expect.poll(async () => podSpec(await app.getYaml()).containers.length).toBe(2);
  const spec = podSpec(await app.getYaml());
  expect(spec.containers[0]).toEqual(NGINX);
  expect(spec.initContainers).toBeUndefined();
  await expect(app.card(spec.containers[1]!.name, 'sidecar')).toBeVisible();
});

test('Enter on a palette item adds an init container', async ({ app, page }) => {
  await app.paletteItem('Init container').focus();
  await page.keyboard.press('Enter');

  await expect.poll(async () => podSpec(await app.getYaml()).initContainers?.length ?? 0).toBe(1);
  const spec = podSpec(await app.getYaml());
  expect(spec.initContainers![0]!.restartPolicy).toBeUndefined();
  expect(spec.containers).toEqual([NGINX]);
  await expect(app.card(spec.initContainers![0]!.name, 'init container')).toBeVisible();
});

test('a keyboard drag (Space, arrow, Space) adds a native sidecar', async ({ app, page }) => {
  await app.paletteItem('Native sidecar').focus();
  await page.keyboard.press('Space');
  // dnd-kit announces the pick-up once the drag has started; only then do arrows move it.
  await expect(page.getByText('Picked up Native sidecar.')).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(app.canvas.getByText('Drop to add it to the pod')).toBeVisible();
  await page.keyboard.press('Space');

  await expect.poll(async () => podSpec(await app.getYaml()).initContainers?.length ?? 0).toBe(1);
  const sidecar = podSpec(await app.getYaml()).initContainers![0]!;
  expect(sidecar.restartPolicy).toBe('Always');
  await expect(app.card(sidecar.name, 'native sidecar')).toBeVisible();
});

test('a drop is one undo step, and redo brings it back', async ({ app, page }) => {
  await app.dragFromPalette('Native sidecar');
  await expect.poll(async () => podSpec(await app.getYaml()).initContainers?.length ?? 0).toBe(1);
  const withSidecar = await app.getYaml();
  const name = podSpec(withSidecar).initContainers![0]!.name;
  await expect(app.card(name, 'native sidecar')).toBeVisible();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(app.card(name, 'native sidecar')).toHaveCount(0);
  expect(await app.getYaml()).toBe(WEB);

  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(app.card(name, 'native sidecar')).toBeVisible();
  expect(await app.getYaml()).toBe(withSidecar);
});
