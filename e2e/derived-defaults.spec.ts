import { test, expect } from './fixtures.ts';
import { BuildPage } from './pages/build.ts';
import { WEB, podSpec } from './support/designs.ts';

// Defaults that follow what the design already says (issue 12, point 7): a rename moves what was
// derived from the old name, a second mount of a volume takes the path of the first, and a
// Service for unlabelled pods brings the label it needs.

let build: BuildPage;

test.beforeEach(({ app }) => {
  build = new BuildPage(app);
});

test('after a switch to StatefulSet, a rename moves the labels, the selector and serviceName', async ({
  app,
  page,
}) => {
  await build.startFromEmptyPod();
  await build.setKind('StatefulSet');
  const pod = build.pod;
  await expect(pod.control('Service name (serviceName)')).toHaveValue('my-pod');
  const switched = await app.getYaml();

  await build.setWorkloadField('Name', 'sidecar-pingdirectory');

  await expect(pod.control('Service name (serviceName)')).toHaveValue('sidecar-pingdirectory');
  await pod.expectDesign(([sts]) => {
    const labels = { 'app.kubernetes.io/name': 'sidecar-pingdirectory' };
    expect(sts!.metadata.name).toBe('sidecar-pingdirectory');
    expect(sts!.spec.template.metadata.labels).toEqual(labels);
    expect(sts!.spec.selector).toEqual({ matchLabels: labels });
    expect(sts!.spec.serviceName).toBe('sidecar-pingdirectory');
  });
  await expect(pod.control('Value', pod.kvRow('Pod label app.kubernetes.io/name'))).toHaveValue(
    'sidecar-pingdirectory',
  );
  expect(await app.getYaml()).not.toContain('my-pod');

  // The rename and what followed it are one undo step.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => app.getYaml()).toBe(switched);
});

test('a second mount of a volume proposes the path the first container uses', async ({ app }) => {
  await app.goto();
  await app.setYaml(WEB);
  const nginx = app.card('nginx', 'main container');
  await expect(nginx).toBeVisible();
  await build.addVolume('shared', 'emptyDir');
  await build.dragMount('shared', nginx, '/tmp');
  await build.addFromPalette('Classic sidecar');
  await expect.poll(async () => podSpec(await app.getYaml()).containers.length).toBe(2);
  const sidecar = podSpec(await app.getYaml()).containers[1]!.name;
  const sidecarCard = app.card(sidecar, 'sidecar');
  await expect(sidecarCard).toBeVisible();

  // The volume's "Mount into" offers the sidecar (it does not mount it yet), at nginx's path.
  const mountInto = build.volumes.mountInto(await build.volumes.select('shared'));
  await expect(mountInto.getByRole('combobox', { name: 'Mount into' })).toHaveValue('containers/1');
  await expect(mountInto.getByRole('textbox', { name: 'Mount path' })).toHaveValue('/tmp');

  // The sidecar's "Add a mount" proposes the same path once the volume is chosen.
  await build.selectContainer(sidecar, 'sidecar');
  const add = build.inspector
    .section('Volume mounts')
    .getByRole('group', { name: 'Add a mount', exact: true });
  await add
    .getByRole('combobox', { name: 'Volume to mount', exact: true })
    .selectOption({ label: 'shared (emptyDir)' });
  await expect(add.getByRole('textbox', { name: 'Mount path', exact: true })).toHaveValue('/tmp');

  // Dropping the volume on the sidecar asks with the same path prefilled; Enter takes it.
  await build.volumes.drag('shared', sidecarCard);
  const dialog = build.volumes.mountDialog;
  await expect(dialog).toHaveAccessibleName(`Mount shared into ${sidecar}`);
  const path = dialog.getByRole('textbox', { name: 'Mount path' });
  await expect(path).toHaveValue('/tmp');
  await path.press('Enter');
  await expect(dialog).toBeHidden();
  await expect
    .poll(async () => podSpec(await app.getYaml()).containers.map((c) => [c.name, c.volumeMounts]))
    .toEqual([
      ['nginx', [{ name: 'shared', mountPath: '/tmp' }]],
      [sidecar, [{ name: 'shared', mountPath: '/tmp' }]],
    ]);
});

test('Add Service on a Pod without labels adds the label and the Service in one undo step', async ({
  app,
  page,
}) => {
  await build.startFromEmptyPod();
  const before = await app.getYaml();
  const pod = build.pod;
  await pod.openTab('Service');

  const add = pod.inspector.getByRole('group', { name: 'Add a Service' });
  await expect(add.getByRole('button', { name: 'Add Service', exact: true })).toHaveCount(0);
  await expect(add).toContainText('these pods have none yet');
  const offer = pod.labelAndAddService('app.kubernetes.io/name: my-pod');
  await expect(offer).toBeEnabled();
  await offer.click();

  await expect(pod.service('my-pod')).toBeVisible();
  await expect(pod.service('my-pod').getByText('Selects the pods of Pod my-pod.')).toBeVisible();
  await pod.expectDesign(([p, svc]) => {
    expect(p!.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'my-pod' });
    expect(svc).toMatchObject({ kind: 'Service', metadata: { name: 'my-pod' } });
    expect(svc!.spec.selector).toEqual({ 'app.kubernetes.io/name': 'my-pod' });
  });
  // Nothing was refused: no message about missing labels anywhere on the page.
  await expect(page.getByText('no labels for a Service to select')).toHaveCount(0);
  await expect(add.getByRole('button', { name: 'Add Service', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => app.getYaml()).toBe(before);
  await expect(pod.service('my-pod')).toHaveCount(0);
  await expect(offer).toBeVisible();
});
