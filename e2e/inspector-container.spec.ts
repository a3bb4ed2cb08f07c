import { parse } from 'yaml';
import { test, expect } from './fixtures.ts';
import { InspectorPage } from './pages/inspector.ts';

/** nginx with one port and some resources, plus an init container, as a user might paste it. */
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
        - name: setup
          image: busybox:1.36
      containers:
        - name: nginx # serves the site
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 80
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 128Mi
`;

type Container = Record<string, unknown>;
type Doc = {
  spec: { template: { spec: { containers: Container[]; initContainers?: Container[] } } };
};
const podOf = (text: string) => (parse(text) as Doc).spec.template.spec;

test('edits image, ports, env and resources of the selected container', async ({ app, page }) => {
  const inspector = new InspectorPage(page, app);
  await app.goto();
  await app.setYaml(DESIGN);
  await inspector.selectContainer('nginx', 'main container');

  const basics = inspector.section('Basics');
  await inspector.enter(basics, 'Image', 'nginx:1.28');
  await expect.poll(() => app.getYaml()).toContain('image: nginx:1.28');

  // A new port row starts valid (a free number); then it gets a name and its own number.
  await inspector.section('Ports').getByRole('button', { name: 'Add port' }).click();
  const port = inspector.row('Port 2');
  await expect(inspector.field(port, 'Container port')).toHaveValue('8080');
  await inspector.enter(port, 'Name', 'metrics');
  await inspector.enter(port, 'Container port', '9113');

  // An env var read from a Secret key.
  await inspector.section('Environment').getByRole('button', { name: 'Add variable' }).click();
  const variable = inspector.row('Variable 1');
  await inspector.enter(variable, 'Name', 'DB_PASSWORD');
  await inspector.choose(variable, 'Source', 'Secret key');
  await inspector.enter(variable, 'Secret name', 'db-credentials');
  await inspector.enter(variable, 'Key', 'password');

  await inspector.quantity('CPU request', '250', 'm');
  await inspector.quantity('CPU limit', '1', 'cores');
  await inspector.quantity('Memory request', '256', 'Mi');
  await inspector.quantity('Memory limit', '0.5', 'Gi');
  await expect.poll(() => app.getYaml()).toContain('memory: 0.5Gi');

  // Bad input: an inline error, and the YAML stays as it was.
  const before = await app.getYaml();
  await inspector.enter(port, 'Container port', '70000');
  await expect(inspector.field(port, 'Container port')).toHaveAccessibleDescription(
    /at most 65535/,
  );
  await inspector.enter(port, 'Name', 'Metrics_Port');
  await expect(inspector.field(port, 'Name')).toHaveAccessibleDescription(/lowercase letters/);
  await inspector.quantity('CPU request', 'lots', 'm');
  await expect(
    inspector.field(inspector.section('Resources'), 'CPU request'),
  ).toHaveAccessibleDescription(/Enter a number/);
  await expect(inspector.error(port)).toHaveCount(2);
  expect(await app.getYaml()).toBe(before);

  const text = await app.getYaml();
  expect(podOf(text).containers).toEqual([
    {
      name: 'nginx',
      image: 'nginx:1.28',
      ports: [
        { name: 'http', containerPort: 80 },
        { containerPort: 9113, name: 'metrics' },
      ],
      resources: {
        requests: { cpu: '250m', memory: '256Mi' },
        limits: { memory: '0.5Gi', cpu: '1' },
      },
      env: [
        {
          name: 'DB_PASSWORD',
          valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'password' } },
        },
      ],
    },
  ]);
  // Only the container changed: the comment and the rest of the design are still there.
  expect(text).toContain('- name: nginx # serves the site');
  expect(podOf(text).initContainers).toEqual([{ name: 'setup', image: 'busybox:1.36' }]);
});

test('renames inline, makes an init container a native sidecar, prunes empty resources', async ({
  app,
  page,
}) => {
  const inspector = new InspectorPage(page, app);
  await app.goto();
  await app.setYaml(DESIGN);
  const form = await inspector.selectContainer('nginx', 'main container');

  // A name the API server would refuse is explained inline; the YAML is untouched.
  const basics = inspector.section('Basics');
  const before = await app.getYaml();
  await inspector.enter(basics, 'Name', 'setup');
  await expect(inspector.error(basics)).toHaveText(/already a container named "setup"/);
  expect(await app.getYaml()).toBe(before);
  await inspector.enter(basics, 'Name', 'web');
  await expect(app.card('web', 'main container')).toBeVisible();
  await expect(form).toBeHidden();
  await expect(inspector.containerForm('web')).toBeVisible();

  // Clearing every resource value removes `resources` altogether.
  for (const label of ['CPU request', 'Memory request', 'Memory limit']) {
    await inspector.enter(inspector.section('Resources'), label, '');
  }
  await expect
    .poll(async () => podOf(await app.getYaml()).containers[0])
    .not.toHaveProperty('resources');

  // restartPolicy: Always turns the init container into a native sidecar; the canvas moves it.
  await inspector.selectContainer('setup', 'init container');
  await inspector.choose(inspector.section('Basics'), 'Restart policy', 'Always (native sidecar)');
  await expect(app.card('setup', 'native sidecar')).toBeVisible();
  await expect(inspector.section('Basics')).toContainText('a native sidecar');
});
