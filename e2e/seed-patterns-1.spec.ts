import type { RoleWords } from './pages/app.ts';
import { test, expect } from './fixtures.ts';
import { BuildPage } from './pages/build.ts';

// Each seed pattern built from "Empty pod" with the canvas and the forms only (no editor, no
// setYaml), then compared as data with the manifest in e2e/expected/.

// A whole design built by hand is some forty steps: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

let build: BuildPage;

test.beforeEach(async ({ app }) => {
  build = new BuildPage(app);
  await build.startFromEmptyPod();
});

test('utility sidecar: a StatefulSet whose idle tools sidecar shares processes, /tmp and the claim', async ({
  app,
}) => {
  await build.setWorkloadField('Name', 'directory');
  await build.setKind('StatefulSet');
  await build.setWorkloadField('Replicas', '1');

  await build.renameContainer('app', 'main container', 'directory');
  await build.setBasic('Image', 'pingidentity/pingdirectory:2408');
  await build.addPort('ldaps', 1636);
  await build.addPort('https', 1443);
  await build.setResources({
    cpuRequest: ['50', 'm'],
    memoryRequest: ['2', 'Gi'],
    cpuLimit: ['2', 'cores'],
    memoryLimit: ['8', 'Gi'],
  });

  // The preset takes the main container's image and offers to share the process namespace.
  await build.addPreset('Utility sidecar', {
    name: 'utility-sidecar',
    role: 'Classic sidecar',
    shareProcesses: true,
  });
  await expect(app.card('utility-sidecar', 'sidecar')).toBeVisible();
  await expect(build.pod.processBand).toContainText("all 2 containers see each other's processes");

  // /tmp shared through an emptyDir: dragged onto the server, mounted into the sidecar by form.
  await build.addVolume('temp', 'emptyDir');
  await build.dragMount('temp', app.card('directory', 'main container'), '/tmp');
  await build.mountInto('temp', 'utility-sidecar', '/tmp');

  // A claim per replica, mounted into both containers.
  await build.addVolume('out-dir', 'volumeClaimTemplate');
  await build.setClaimStorage('out-dir', '8Gi');
  await build.mountInto('out-dir', 'directory', '/opt/out');
  await build.mountInto('out-dir', 'utility-sidecar', '/opt/out');

  await build.setPodField('Termination grace period (seconds)', '300');
  await build.setPodField('Run as user', '9031');
  await build.setPodField('Run as group', '0');
  await build.setPodField('fsGroup', '0');

  // The headless Service maps both named ports; serviceName follows it.
  await build.addService('Headless', 'directory-headless');

  await build.expectManifest('utility-sidecar-statefulset.yaml');
});

/**
 * Seed 003's app: a Deployment of 2 whose container appends a line to /opt/logs.txt every second,
 * with an emptyDir "data" to write it into.
 */
async function buildLogWritingApp(): Promise<void> {
  await build.setWorkloadField('Name', 'myapp');
  await build.setKind('Deployment');
  await build.setWorkloadField('Replicas', '2');
  await build.renameContainer('app', 'main container', 'myapp');
  await build.setBasic('Image', 'alpine:3.20');
  await build.setList('Command', [
    'sh',
    '-c',
    'while true; do echo logging >> /opt/logs.txt; sleep 1; done',
  ]);
  await build.setResources({
    cpuRequest: ['50', 'm'],
    memoryRequest: ['64', 'Mi'],
    memoryLimit: ['64', 'Mi'],
  });
  await build.addVolume('data', 'emptyDir');
  await build.dragMount('data', build.app.card('myapp', 'main container'), '/opt');
}

/** Turns the new "sidecar" card into seed 003's log shipper, tailing the file from the shared volume. */
async function makeLogShipper(role: RoleWords): Promise<void> {
  await build.renameContainer('sidecar', role, 'logshipper');
  await build.setBasic('Image', 'alpine:3.20');
  await build.setList('Command', ['sh', '-c', 'tail -F /opt/logs.txt']);
  await build.setResources({
    cpuRequest: ['10', 'm'],
    memoryRequest: ['32', 'Mi'],
    memoryLimit: ['32', 'Mi'],
  });
  await build.dragMount('data', build.app.card('logshipper', role), '/opt');
  await expect(build.app.volume('data')).toContainText('shared by 2');
}

test('log shipper as a classic sidecar: a second container tails the log the app writes', async ({
  app,
}) => {
  await buildLogWritingApp();
  await build.dragFromPalette('Classic sidecar');
  await expect(app.card('sidecar', 'sidecar')).toBeVisible();
  await makeLogShipper('sidecar');

  await build.expectManifest('log-shipper-classic-sidecar.yaml');
});

test('log shipper as a native sidecar: the same shipper as an init container that keeps running', async ({
  app,
  page,
}) => {
  await buildLogWritingApp();
  // The keyboard way into the palette.
  await app.paletteItem('Native sidecar').focus();
  await page.keyboard.press('Enter');
  await expect(app.card('sidecar', 'native sidecar')).toBeVisible();
  await makeLogShipper('native sidecar');
  await expect(
    build.inspector.section('Basics').getByRole('combobox', { name: 'Restart policy' }),
  ).toHaveValue('Always');

  await build.expectManifest('log-shipper-native-sidecar.yaml');
});
