import { test } from './fixtures.ts';
import { BuildPage } from './pages/build.ts';

// Seed patterns 4–6 built from an empty design with the canvas and the forms only (no typing into
// the editor, no setYaml); each ends equal, as data, to its manifest under e2e/expected/.

// A whole design built by hand is dozens of steps: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

test('content sidecar: nginx serves what busybox writes into a shared emptyDir, behind a NodePort', async ({
  app,
}) => {
  const build = new BuildPage(app);
  await build.startFromEmptyPod();

  // The pod, named and labelled so a Service can select it.
  await build.setWorkloadField('Name', 'nginx');
  await build.addPodLabel('app', 'nginx');

  // nginx serves on a port named "http".
  await build.renameContainer('app', 'main container', 'nginx');
  await build.setBasic('Image', 'docker.io/library/nginx:1.24.0');
  await build.chooseBasic('Image pull policy', 'IfNotPresent');
  await build.addPort('http', 80);
  await build.setResources({
    cpuRequest: ['50', 'm'],
    memoryRequest: ['64', 'Mi'],
    memoryLimit: ['64', 'Mi'],
  });

  // The content sidecar: a classic sidecar from the palette that writes index.html and idles.
  await build.addFromPalette('Classic sidecar');
  await build.renameOnCanvas('sidecar', 'sidecar', 'content');
  await build.selectContainer('content', 'sidecar');
  await build.setBasic('Image', 'docker.io/library/busybox:1.36.0');
  await build.chooseBasic('Image pull policy', 'IfNotPresent');
  await build.setList('Command', ['/bin/sh']);
  await build.setList('Arguments', [
    '-c',
    "echo 'Hello from the sidecar container!' > /nginx-data/index.html && sleep 3600",
  ]);
  await build.setResources({
    cpuRequest: ['10', 'm'],
    memoryRequest: ['16', 'Mi'],
    memoryLimit: ['16', 'Mi'],
  });

  // One emptyDir: dragged onto nginx's card, mounted into the sidecar from the volume's form.
  await build.addVolume('shared-data', 'emptyDir');
  await build.dragMount(
    'shared-data',
    app.card('nginx', 'main container'),
    '/usr/share/nginx/html',
  );
  await build.mountInto('shared-data', 'content', '/nginx-data');

  // A NodePort Service: it selects the pod's labels and targets the port by its name.
  const service = await build.addService('NodePort', 'nginx');
  await build.setServicePort(service, 1, { protocol: 'TCP', nodePort: 30080 });

  await build.expectManifest('content-sidecar-nodeport.yaml');
});

test('a Job with a native log-shipper sidecar that lets it complete', async ({ app }) => {
  const build = new BuildPage(app);
  await build.startFromEmptyPod();

  // The Pod becomes a Job that runs once (restartPolicy Never) and retries twice.
  await build.setWorkloadField('Name', 'myjob');
  await build.addPodLabel('app', 'myjob');
  await build.setKind('Job');
  await build.setWorkloadField('Backoff limit', '2');
  await build.choosePodOption('Restart policy', 'Never');

  // The Job's container writes its log file and exits.
  await build.renameOnCanvas('app', 'main container', 'myjob');
  await build.selectContainer('myjob', 'main container');
  await build.setBasic('Image', 'alpine:3.20');
  await build.setList('Command', ['sh', '-c', 'echo logging > /opt/logs.txt']);
  await build.setResources({
    cpuRequest: ['50', 'm'],
    memoryRequest: ['64', 'Mi'],
    memoryLimit: ['64', 'Mi'],
  });

  // The log shipper: a native sidecar dragged in from the palette, tailing the file.
  await build.dragFromPalette('Native sidecar');
  await build.renameContainer('sidecar', 'native sidecar', 'logshipper');
  await build.setBasic('Image', 'alpine:3.20');
  await build.setList('Command', ['sh', '-c', 'tail -F /opt/logs.txt']);
  await build.setResources({
    cpuRequest: ['10', 'm'],
    memoryRequest: ['32', 'Mi'],
    memoryLimit: ['32', 'Mi'],
  });

  // The shared emptyDir at /opt: dragged onto the Job's card, added in the shipper's own form.
  await build.addVolume('data', 'emptyDir');
  await build.dragMount('data', app.card('myjob', 'main container'), '/opt');
  await build.selectContainer('logshipper', 'native sidecar');
  await build.addMount('data', '/opt');

  await build.expectManifest('job-native-log-shipper.yaml');
});

test('a web app with a credential-refresher sidecar writing a token it reads read-only', async ({
  app,
}) => {
  const build = new BuildPage(app);
  await build.startFromEmptyPod();

  // Two replicas of the app: the Pod becomes a Deployment selecting its pod label.
  await build.setWorkloadField('Name', 'django');
  await build.addPodLabel('app', 'django');
  await build.setKind('Deployment');
  await build.setWorkloadField('Replicas', '2');

  // The app itself.
  await build.renameContainer('app', 'main container', 'django');
  await build.setBasic('Image', 'registry.example.com/django:1.8.2');
  await build.setList('Arguments', ['/start']);
  await build.addPort('django-port', 8000);
  await build.setResources({
    cpuRequest: ['250', 'm'],
    memoryRequest: ['256', 'Mi'],
    memoryLimit: ['256', 'Mi'],
  });

  // The preset brings the refresher loop and an in-memory emptyDir, mounted read-only in the app.
  await build.addPreset('Credential refresher', { role: 'Classic sidecar' });

  await build.expectManifest('credential-refresher.yaml');
});
