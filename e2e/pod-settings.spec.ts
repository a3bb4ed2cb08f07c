import { test, expect } from './fixtures.ts';
import { docs, PodSettingsPage } from './pages/pod.ts';

/** nginx serving on a named port "http", the pods labelled app=web. */
const DESIGN = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web # the Service selects this
    spec:
      initContainers:
        - name: setup
          image: busybox:1.36
      containers:
        - name: nginx
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 80
`;

let pod: PodSettingsPage;

test.beforeEach(async ({ app, page }) => {
  pod = new PodSettingsPage(page, app);
  await app.goto();
  await app.setYaml(DESIGN);
  await expect(app.card('nginx', 'main container')).toBeVisible();
});

test('the pod is one network namespace, and sharing processes draws a band around every container', async ({
  app,
}) => {
  await expect(
    app.canvas.getByText('one IP · containers reach each other on localhost'),
  ).toBeVisible();
  await expect(pod.processBand).toHaveCount(0);

  await pod.openTab('Pod');
  await pod.control('Share the process namespace').check();

  await expect(pod.processBand).toBeVisible();
  await expect(pod.processBand).toContainText("all 2 containers see each other's processes");
  await expect(pod.processBand.getByRole('group', { name: 'nginx, main container' })).toBeVisible();
  await expect(pod.processBand.getByRole('group', { name: 'setup, init container' })).toBeVisible();
  await pod.expectDesign(([d]) => expect(d!.spec.template.spec.shareProcessNamespace).toBe(true));

  await pod.control('Host network (hostNetwork)').check();
  await expect(app.canvas.getByText("host network: uses the node's network and IP")).toBeVisible();
  await expect(app.canvas.getByText("host network: the node's IP and ports")).toBeVisible();

  await pod.control('Host network (hostNetwork)').uncheck();
  await pod.control('Share the process namespace').uncheck();
  await expect(pod.processBand).toHaveCount(0);
  expect(await app.getYaml()).toBe(DESIGN);
});

test('a bad namespace is refused inline and never reaches the YAML', async ({ app }) => {
  await pod.openTab('Pod');
  await pod.enter('Namespace', 'Team_A');

  await expect(pod.inspector.getByRole('alert')).toContainText(
    'A namespace must be lowercase letters, digits and "-"',
  );
  expect(docs(await app.getYaml())).toEqual(docs(DESIGN));
  expect(await app.getYaml()).toBe(DESIGN);

  await pod.enter('Namespace', 'team-a');
  await expect(pod.inspector.getByRole('alert')).toHaveCount(0);
  await pod.expectDesign(([d]) =>
    expect(d!.metadata).toEqual({ name: 'web', namespace: 'team-a' }),
  );
  await expect(app.canvas.getByText('namespace team-a')).toBeVisible();
});

test('a StatefulSet gets serviceName, then a headless Service that selects its pods and maps "http"', async ({
  app,
}) => {
  await pod.openTab('Workload');
  await expect(pod.control('Service name (serviceName)')).toHaveCount(0);
  await pod.control('Kind').selectOption('StatefulSet');

  await expect(pod.control('Service name (serviceName)')).toHaveValue('web');
  await pod.expectDesign(([d]) => {
    expect(d!.kind).toBe('StatefulSet');
    expect(d!.spec.serviceName).toBe('web');
    expect(d!.spec.replicas).toBe(2);
  });
  expect(await app.getYaml()).toContain('app: web # the Service selects this');

  await pod.openTab('Service');
  await pod.addService('Headless');

  const service = pod.service('web-headless');
  await expect(service).toBeVisible();
  await expect(service.getByText('Selects the pods of StatefulSet web.')).toBeVisible();
  await pod.expectDesign(([sts, svc]) => {
    expect(sts!.spec.serviceName).toBe('web-headless');
    expect(svc).toMatchObject({ kind: 'Service', metadata: { name: 'web-headless' } });
    expect(svc!.spec.clusterIP).toBe('None');
    expect(svc!.spec.selector).toEqual(sts!.spec.template.metadata.labels);
  });
  await expect(pod.objects.getByText('Service web-headless', { exact: true })).toBeVisible();
  await expect(pod.objects.getByText('selects the pod', { exact: true })).toBeVisible();

  // A second port, aimed at nothing yet, then at the container's named port.
  await service.getByRole('button', { name: 'Add port' }).click();
  const port = pod.servicePort(service, 2);
  await expect(port.getByText('No container of the pod listens on 8080.')).toBeVisible();
  await pod.control('Target port', port).selectOption({ label: 'http → nginx 80/TCP' });

  await expect(port.getByText('Reaches nginx on 80/TCP.')).toBeVisible();
  await pod.expectDesign(([, svc]) =>
    expect(svc!.spec.ports).toEqual([
      { name: 'http', port: 80, targetPort: 'http' },
      { name: 'port-8080', port: 8080, targetPort: 'http' },
    ]),
  );
});

test('renaming a pod label keeps the selector matching; a bad key is refused inline', async ({
  app,
}) => {
  await pod.openTab('Workload');
  const row = pod.kvRow('Pod label app');
  await pod.enter('Key', '-app', row);
  await expect(row.getByRole('alert')).toContainText('starting and ending with a letter or digit');
  expect(await app.getYaml()).toBe(DESIGN);

  await pod.enter('Key', 'app.kubernetes.io/name', row);
  await pod.expectDesign(([d]) => {
    expect(d!.spec.template.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'web' });
    expect(d!.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': 'web' });
  });
  await expect(pod.inspector.getByText('The selector matches the pod labels.')).toBeVisible();
});
