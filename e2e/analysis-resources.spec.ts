import { test, expect } from './fixtures.ts';
import { ContainersPage } from './pages/containers.ts';
import { ResourcesPage } from './pages/resources.ts';
import { podSpec } from './support/designs.ts';

/** validation.md 2.2: migrate runs after the mesh-proxy native sidecar, so its phase holds both. */
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
      overhead:
        cpu: 10m
        memory: 20Mi
      initContainers:
        - name: init-db
          image: busybox:1.36
          resources:
            requests: {cpu: 500m, memory: 256Mi}
        - name: mesh-proxy
          image: envoyproxy/envoy:v1.32.1
          restartPolicy: Always
          resources:
            requests: {cpu: 100m, memory: 128Mi}
        - name: migrate
          image: busybox:1.36
          resources:
            requests: {cpu: "1", memory: 512Mi}
        - name: log-shipper
          image: fluent/fluent-bit:3.2
          restartPolicy: Always
          resources:
            requests: {cpu: 50m, memory: 64Mi}
      containers:
        - name: app
          image: nginx:1.27
          resources:
            requests: {cpu: 250m, memory: 256Mi}
            limits: {cpu: "2", memory: 256Mi}
`;

test('moving an init container before a native sidecar changes the pod request', async ({
  app,
}) => {
  const resources = new ResourcesPage(app.page);
  const arrange = new ContainersPage(app);
  await app.goto();
  await app.setYaml(DESIGN);
  await resources.open();

  await expect(resources.total('CPU')).toHaveText('1110m');
  await expect(resources.total('Memory')).toHaveText('660Mi');
  await expect(resources.total('CPU', 1)).toHaveText('no limit');
  await expect(resources.region).toContainText(
    'CPU request 1110m: the init phase of migrate with the native sidecar started before it (mesh-proxy) needs the most, 1100m',
  );
  await expect(resources.container('migrate').getByRole('cell').last()).toHaveText(
    "CPU 1100m, memory 640Mi Sets the pod's CPU and memory request.",
  );
  await expect(resources.qos).toContainText('QoS class: Burstable.');

  // On the canvas: migrate starts before the sidecar now, so it runs without it.
  await arrange.moveUp('migrate').click();
  await expect
    .poll(async () => podSpec(await app.getYaml()).initContainers?.map((c) => c.name))
    .toEqual(['init-db', 'migrate', 'mesh-proxy', 'log-shipper']);
  await expect(resources.total('CPU')).toHaveText('1010m');
  await expect(resources.total('Memory')).toHaveText('532Mi');
  await expect(resources.container('migrate').getByRole('cell').last()).toHaveText(
    "CPU 1, memory 512Mi Sets the pod's CPU and memory request.",
  );
  await expect(resources.region).toContainText(
    'CPU request 1010m: the init phase of migrate on its own needs the most, 1',
  );

  // And back with one undo.
  await app.page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(resources.total('CPU')).toHaveText('1110m');
});
