import { test, expect } from './fixtures.ts';
import { NetworkPage } from './pages/network.ts';
import { PodSettingsPage } from './pages/pod.ts';

// nginx and a metrics exporter that both listen on 8080, and a Service that reaches nginx by the
// port's name.
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
              containerPort: 8080
        - name: metrics
          image: prom/statsd-exporter:v0.27.0
          ports:
            - containerPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: http
`;

let network: NetworkPage;

test.beforeEach(async ({ app, page }) => {
  network = new NetworkPage(page);
  await app.goto();
  await app.setYaml(DESIGN);
  await expect(app.card('nginx', 'main container')).toBeVisible();
  await network.open();
});

test('two containers on port 8080 are marked as a conflict, in words and with an icon', async ({
  app,
}) => {
  const nginx = network.portRow('nginx', '8080/TCP');
  const metrics = network.portRow('metrics', '8080/TCP');
  await expect(nginx).toContainText('⚠');
  await expect(nginx).toContainText('Conflict: same port as "metrics"');
  await expect(metrics).toContainText('Conflict: same port as "nginx"');
  await expect(network.conflicts).toContainText(
    `Warning: "nginx" and "metrics" both listen on 8080/TCP: containers share the pod's network`,
  );

  // Live: moving the exporter to 9102 ends the conflict.
  await app.setYaml(
    DESIGN.replace('            - containerPort: 8080', '            - containerPort: 9102'),
  );
  await expect(network.portRow('metrics', '9102/TCP')).toContainText('none');
  await expect(network.conflicts).toHaveCount(0);
  await expect(network.panel.getByText('No port conflicts.')).toBeVisible();
});

test('a Service targeting a named port shows the container port it reaches, or that it reaches nothing', async ({
  app,
}) => {
  const route = network.services.getByRole('listitem');
  await expect(route).toHaveText('Service web, port 80/TCP → targetPort "http" → nginx 8080/TCP');

  await app.setYaml(DESIGN.replace('targetPort: http', 'targetPort: metrics'));
  await expect(route).toContainText(
    'Service web, port 80/TCP → targetPort "metrics": reaches nothing',
  );
  await expect(route).toContainText('no container declares a port named "metrics"');
});

test('sharing the process namespace in the Pod tab shows who sees whose processes and what it exposes', async ({
  app,
  page,
}) => {
  await expect(network.processes).toContainText('Each container sees only its own processes.');
  await expect(network.processes.getByRole('list')).toHaveCount(0);

  const pod = new PodSettingsPage(page, app);
  await pod.openTab('Pod');
  await pod.control('Share the process namespace').check();

  await expect(network.processes).toContainText(
    `"nginx" and "metrics" see each other's processes. PID 1 is the pause process`,
  );
  await expect(
    network.processes.getByRole('list', { name: 'Who sees whose processes' }),
  ).toContainText('nginx sees metrics (and the pause process)');
  const exposed = network.processes.getByRole('list', { name: 'What process sharing exposes' });
  await expect(exposed).toContainText('/proc/<pid>/environ');
  await expect(exposed).toContainText('/proc/<pid>/root');
  await expect(exposed).toContainText('Signals');

  await pod.control('Share the process namespace').uncheck();
  await expect(network.processes).toContainText('Each container sees only its own processes.');
});
