import { parse } from 'yaml';
import { test, expect } from './fixtures.ts';
import { ContainersPage } from './pages/containers.ts';
import { LifecyclePage } from './pages/lifecycle.ts';
import { ProblemsPage } from './pages/problems.ts';

// A Job whose log shipper is a classic sidecar that never exits (tail -f): the Job never completes.
const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: nightly-report
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
        - name: fetch
          image: example/fetch:1.0
      containers:
        - name: report
          image: example/report:2.1
          volumeMounts:
            - name: logs
              mountPath: /var/log/report
        - name: log-shipper
          image: busybox:1.36
          command: ["sh", "-c", "tail -f /var/log/report/report.log"]
          volumeMounts:
            - name: logs
              mountPath: /var/log/report
      volumes:
        - name: logs
          emptyDir: {}
`;

const NEVER =
  'Job never completes: classic sidecar log-shipper keeps running (tail -f) after report exits.';
const COMPLETES = 'Job completes when report exits; native sidecar log-shipper is stopped then.';

test.beforeEach(async ({ app }) => {
  await app.goto();
});

test('a Job with a classic log shipper never completes; made native with the role select, it does', async ({
  app,
  page,
}) => {
  const life = new LifecyclePage(page);
  const containers = new ContainersPage(app);
  await app.setYaml(JOB);
  await life.open();

  await expect(life.job).toHaveText(`✖ ${NEVER}`);
  await expect(life.startSteps).toHaveCount(2);
  expect(await life.members(life.startSteps.nth(0))).toEqual(['fetch init container']);
  await expect(life.startSteps.nth(0)).toContainText(
    'Runs to completion. The next step starts once it exits with code 0',
  );
  expect(await life.members(life.startSteps.nth(1))).toEqual([
    'report main container',
    'log-shipper classic sidecar',
  ]);
  await expect(life.stopSteps).toHaveCount(1);
  await expect(life.stopSteps.nth(0)).toContainText('Classic sidecar log-shipper stops together');
  await expect(life.region).toContainText('terminationGracePeriodSeconds: 30 s (the default)');

  // The card's role select: the shipper becomes a native sidecar, started before the Job's work.
  await containers.roleSelect('log-shipper').selectOption('native-sidecar');
  await expect(app.card('log-shipper', 'native sidecar')).toBeVisible();
  await expect(life.job).toHaveText(`✔ ${COMPLETES}`);
  await expect(life.startSteps).toHaveCount(3);
  expect(await life.members(life.startSteps.nth(1))).toEqual(['log-shipper native sidecar']);
  await expect(life.startSteps.nth(1)).toContainText(
    'Started when its process runs. Native sidecar with no startupProbe',
  );
  expect(await life.members(life.startSteps.nth(2))).toEqual(['report main container']);
  await expect(life.stopSteps).toHaveCount(2);
  expect(await life.members(life.stopSteps.nth(0))).toEqual(['report main container']);
  expect(await life.members(life.stopSteps.nth(1))).toEqual(['log-shipper native sidecar']);
  await expect(life.stopSteps.nth(1)).toContainText('once every app container has stopped');

  // A startupProbe typed into the YAML gates the next step on it, live.
  const yaml = await app.getYaml();
  await app.setYaml(
    yaml.replace(
      '          restartPolicy: Always\n',
      '          restartPolicy: Always\n          startupProbe:\n            exec: { command: ["true"] }\n',
    ),
  );
  await expect(life.startSteps.nth(1)).toContainText('Gated by its startupProbe.');

  // On 1.28 native sidecars are off: the sidecar blocks the pod in Init, the Job never completes.
  await page.evaluate(() => window.podsmith.setK8sVersion('1.28'));
  await expect(life.job).toContainText('Job never completes: on Kubernetes 1.28 native sidecar');
  await expect(life.region).toContainText('Native sidecars are off on Kubernetes 1.28');
  await expect(life.startSteps.nth(2)).toContainText(
    'Never reached: an earlier step never finishes.',
  );
  await page.evaluate(() => window.podsmith.setK8sVersion('1.34'));
  await expect(life.job).toHaveText(`✔ ${COMPLETES}`);

  // Undo, back to the classic sidecar: the timeline follows.
  await page.evaluate(() => window.podsmith.undo());
  await page.evaluate(() => window.podsmith.undo());
  await expect(life.job).toHaveText(`✖ ${NEVER}`);
  expect(await app.getYaml()).toBe(JOB);
});

test('the quick fix in the problems panel makes the Job complete', async ({ app, page }) => {
  const life = new LifecyclePage(page);
  const problems = new ProblemsPage(page, app);
  await app.setYaml(JOB);
  await life.open();
  await expect(life.job).toHaveText(`✖ ${NEVER}`);

  await problems.fixButton('job-classic-sidecar-never-exits').click();
  await expect(life.job).toHaveText(`✔ ${COMPLETES}`);
  const spec = parse(await app.getYaml()).spec.template.spec;
  expect(spec.initContainers.map((c: { name: string }) => c.name)).toEqual([
    'fetch',
    'log-shipper',
  ]);
  await expect(life.startSteps).toHaveCount(3);
});
