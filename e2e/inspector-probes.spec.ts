import { test, expect } from './fixtures.ts';
import { InspectorPage } from './pages/inspector.ts';
import { ProbesPage } from './pages/probes.ts';

/** nginx with a named port, a volume to mount, and nothing else to get in the way. */
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
      containers:
        - name: nginx
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 80
      volumes:
        - name: cache
          emptyDir: {}
`;

test.beforeEach(async ({ app }) => {
  await app.goto();
  await app.setYaml(DESIGN);
  await expect(app.card('nginx', 'main container')).toBeVisible();
});

test('probes, a preStop sleep and a locked-down securityContext, written as the forms say', async ({
  app,
  page,
}) => {
  const forms = new ProbesPage(page, app);
  await new InspectorPage(page, app).selectContainer('nginx', 'main container');

  // A readiness probe: httpGet on the named port.
  const readiness = forms.probe('Readiness probe');
  await forms.select('Handler', readiness).selectOption('httpGet');
  await expect(forms.select('Port', readiness)).toBeVisible();
  await forms.select('Port', readiness).selectOption({ label: 'http (80)' });
  await forms.enter(readiness, 'Path', '/ready');
  await forms.enter(readiness, 'Period seconds', '5');
  await forms.enter(readiness, 'Failure threshold', '2');
  await expect
    .poll(async () => (await forms.container()).readinessProbe)
    .toEqual({ httpGet: { path: '/ready', port: 'http' }, periodSeconds: 5, failureThreshold: 2 });

  // Switching to tcpSocket swaps only the handler: the port and the timings stay.
  await forms.select('Handler', readiness).selectOption('tcpSocket');
  await expect(forms.text('Path', readiness)).toHaveCount(0);
  await expect(forms.text('Period seconds', readiness)).toHaveValue('5');
  await expect(forms.text('Failure threshold', readiness)).toHaveValue('2');
  await expect(forms.select('Port', readiness)).toHaveValue('name:http');

  // preStop: sleep, with the Kubernetes version it needs said beside it.
  const preStop = forms.hook('preStop hook');
  await forms.select('Handler', preStop).selectOption('sleep');
  await expect(preStop.getByText('needs Kubernetes 1.30')).toBeVisible();
  await forms.enter(preStop, 'Seconds', '10');

  // securityContext: read-only root filesystem, every capability dropped.
  await forms.select('Read-only root filesystem').selectOption('true');
  const drop = forms.text('Drop capabilities');
  await drop.fill('ALL');
  await drop.blur();

  const container = await forms.container();
  expect(container).toEqual({
    name: 'nginx',
    image: 'nginx:1.27',
    ports: [{ name: 'http', containerPort: 80 }],
    readinessProbe: { tcpSocket: { port: 'http' }, periodSeconds: 5, failureThreshold: 2 },
    lifecycle: { preStop: { sleep: { seconds: 10 } } },
    securityContext: { readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
  });

  // Bad input shows inline and never reaches the YAML.
  const before = await app.getYaml();
  await forms.enter(readiness, 'Period seconds', '0');
  await expect(readiness.getByRole('alert')).toContainText('Must be at least 1');
  await expect(forms.text('Period seconds', readiness)).toHaveAttribute('aria-invalid', 'true');

  const add = forms.text('Add capabilities');
  await add.fill('net_admin');
  await add.blur();
  await expect(page.getByRole('alert').filter({ hasText: 'upper case: NET_ADMIN' })).toBeVisible();

  await forms.enter(preStop, 'Seconds', '45');
  await expect(preStop.getByRole('alert')).toContainText('terminationGracePeriodSeconds (30)');
  expect(await app.getYaml()).toBe(before);
});

test('a liveness probe insists on successThreshold 1; init containers get a note, not forms', async ({
  app,
  page,
}) => {
  const forms = new ProbesPage(page, app);
  await app.setYaml(
    DESIGN.replace(
      '      containers:\n',
      '      initContainers:\n        - name: migrate\n          image: busybox:1.36\n      containers:\n',
    ),
  );
  await new InspectorPage(page, app).selectContainer('nginx', 'main container');
  const liveness = forms.probe('Liveness probe');
  await forms.select('Handler', liveness).selectOption('exec');
  await expect
    .poll(async () => (await forms.container()).livenessProbe)
    .toEqual({
      exec: { command: ['sh', '-c', 'true'] },
    });
  const before = await app.getYaml();
  await forms.enter(liveness, 'Success threshold', '2');
  await expect(liveness.getByRole('alert')).toContainText('Must be 1 for a liveness probe');
  expect(await app.getYaml()).toBe(before);

  await app
    .card('migrate', 'init container')
    .getByRole('button', { name: 'Select migrate' })
    .click();
  await expect(forms.inspector.getByText('Init containers cannot have probes')).toBeVisible();
  await expect(
    forms.inspector.getByText('Init containers cannot have lifecycle hooks'),
  ).toBeVisible();
  await expect(forms.probe('Liveness probe')).toHaveCount(0);
});

test('mounts a volume, refuses a relative path and a second mount at the same path', async ({
  app,
  page,
}) => {
  const forms = new ProbesPage(page, app);
  await new InspectorPage(page, app).selectContainer('nginx', 'main container');
  const add = forms.inspector.getByRole('group', { name: 'Add a mount', exact: true });
  await forms.select('Volume to mount', add).selectOption('cache');
  await expect(forms.text('Mount path', add)).toHaveValue('/data/cache');
  await forms.text('Mount path', add).fill('/var/cache/nginx');
  await add.getByRole('button', { name: 'Add mount' }).click();
  await expect
    .poll(async () => (await forms.container()).volumeMounts)
    .toEqual([{ name: 'cache', mountPath: '/var/cache/nginx' }]);

  const mount = forms.inspector.getByRole('group', { name: 'Mount 1', exact: true });
  await mount.getByRole('checkbox', { name: 'Read-only' }).check();
  const before = await app.getYaml();
  await forms.enter(mount, 'Mount path', 'cache');
  await expect(mount.getByRole('alert')).toContainText('absolute path');
  await forms.enter(mount, 'Sub path', '../etc');
  await expect(mount.getByRole('alert').last()).toContainText("cannot contain '..'");
  await forms.select('Volume to mount', add).selectOption('cache');
  await forms.text('Mount path', add).fill('/var/cache/nginx');
  await forms.text('Mount path', add).press('Enter');
  await expect(add.getByRole('alert')).toContainText('already mounted');
  expect(await app.getYaml()).toBe(before);
  expect((await forms.container()).volumeMounts).toEqual([
    { name: 'cache', mountPath: '/var/cache/nginx', readOnly: true },
  ]);

  await mount.getByRole('button', { name: /^Remove mount 1/ }).click();
  await expect.poll(async () => (await forms.container()).volumeMounts).toBeUndefined();
});

test('a probe can be set with the keyboard alone: Tab, arrows, Enter and typing', async ({
  app,
  page,
}) => {
  const forms = new ProbesPage(page, app);
  const keyboard = page.keyboard;
  // nginx, the main container, is selected after a load: its form is there to Tab into.
  await expect(
    app.card('nginx', 'main container').getByRole('button', { name: 'Select nginx' }),
  ).toHaveAttribute('aria-pressed', 'true');

  const liveness = forms.probe('Liveness probe');
  await forms.tabTo(forms.select('Handler', liveness));
  await keyboard.press('ArrowDown'); // none -> exec
  await keyboard.press('ArrowDown'); // exec -> httpGet
  await expect
    .poll(async () => (await forms.container()).livenessProbe)
    .toEqual({ httpGet: { path: '/', port: 80 } });

  await keyboard.press('Tab');
  await expect(forms.text('Path', liveness)).toBeFocused();
  await keyboard.press('Control+A');
  await keyboard.type('/healthz');
  await keyboard.press('Enter');

  await keyboard.press('Tab');
  await expect(forms.select('Port', liveness)).toBeFocused();
  await keyboard.press('ArrowUp'); // 80 -> the named port http

  await forms.tabTo(forms.text('Period seconds', liveness));
  await keyboard.type('15');
  await keyboard.press('Enter');

  await expect
    .poll(async () => (await forms.container()).livenessProbe)
    .toEqual({ httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 15 });
});
