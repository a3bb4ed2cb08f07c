import { parse } from 'yaml';
import { test, expect } from './fixtures.ts';
import { ProblemsPage } from './pages/problems.ts';

// A Deployment whose name the API rejects (metadata-name-invalid), on line 4.
const BAD_NAME = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: Web_App
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
        - name: web
          image: nginx:1.27
`;

// A Job with a classic sidecar that never exits: the Job would never complete.
const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: nightly-report
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: report
          image: example/report:2.1
          volumeMounts:
            - name: logs
              mountPath: /var/log/report
        - name: log-tail
          image: busybox:1.36
          command: ["sh", "-c", "tail -f /var/log/report/report.log"]
          volumeMounts:
            - name: logs
              mountPath: /var/log/report
      volumes:
        - name: logs
          emptyDir: {}
`;

// A Deployment with a native sidecar (restartPolicy: Always in initContainers).
const NATIVE = `apiVersion: apps/v1
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
        - name: envoy
          image: envoyproxy/envoy:v1.31.0
          restartPolicy: Always
      containers:
        - name: web
          image: nginx:1.27
`;

test.beforeEach(async ({ app }) => {
  await app.goto();
});

test('an invalid name is marked in the editor, listed in the problems panel, and shown from there', async ({
  app,
  page,
}) => {
  const problems = new ProblemsPage(page, app);
  await app.setYaml(BAD_NAME);
  await app.whenEditorReady();

  const entry = problems.entry('metadata-name-invalid');
  await expect(entry).toContainText('Error');
  await expect(entry).toContainText('metadata.name: Invalid value: "Web_App"');
  await expect(entry).toContainText('line 4');
  await expect(app.editor.getByText(/^1 error\b/)).toBeVisible();

  // The editor marks it, with the message and the rule id.
  await expect(problems.squiggles('error').first()).toBeVisible();
  const marker = await problems.nextMarker();
  await expect(marker).toContainText('metadata.name: Invalid value: "Web_App"');
  await expect(marker).toContainText('metadata-name-invalid');
  await page.keyboard.press('Escape');

  // Filter by severity: the counts say what is hidden.
  await expect(problems.toggle('Errors')).toHaveAccessibleName('Errors 1');
  await problems.toggle('Errors').click();
  await expect(problems.toggle('Errors')).toHaveAttribute('aria-pressed', 'false');
  await expect(entry).toHaveCount(0);
  await problems.toggle('Errors').click();
  await expect(entry).toHaveCount(1);

  // Clicking the entry (or Enter on it) moves the editor to its line.
  await app.monaco.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await expect(problems.activeLine()).not.toHaveText('4');
  await problems.show('metadata-name-invalid');
  await expect(problems.activeLine()).toHaveText('4');
  await app.monaco.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await entry.getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  await expect(problems.activeLine()).toHaveText('4');

  // Fixing the text removes it everywhere.
  await app.setYaml(BAD_NAME.replace('Web_App', 'web-app'));
  await expect(entry).toHaveCount(0);
  await expect(problems.squiggles('error')).toHaveCount(0);
});

test('a classic sidecar in a Job is a warning in the editor, on its card and in the panel; the quick fix makes it native', async ({
  app,
  page,
}) => {
  const problems = new ProblemsPage(page, app);
  await app.setYaml(JOB);
  await app.whenEditorReady();
  const rule = 'job-classic-sidecar-never-exits';

  // The card: an icon and the count, named in words, and the message when opened.
  const card = app.card('log-tail', 'sidecar');
  const badge = problems.badge(card);
  await expect(badge.locator('summary')).toHaveAccessibleName('1 warning');
  await expect(badge.locator('summary > [aria-hidden]')).toHaveText('⚠ 1');
  await badge.locator('summary').click();
  await expect(badge).toContainText(rule);
  await expect(badge).toContainText('the pod never completes');
  await expect(problems.badge(app.card('report', 'main container'))).toHaveCount(0);

  // The panel, and the editor.
  const entry = problems.entry(rule);
  await expect(entry).toContainText('Warning');
  await expect(entry).toContainText('spec.template.spec.containers[1]: keeps running');
  await expect(problems.squiggles('warning').first()).toBeVisible();
  const marker = await problems.nextMarker();
  await expect(marker).toContainText(rule);
  await page.keyboard.press('Escape');

  // Showing it selects the card it concerns.
  await problems.show(rule);
  await expect(card.getByRole('button', { name: 'Select log-tail' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // The quick fix: one undo step that turns it into a native sidecar.
  await problems.fixButton(rule).click();
  await expect(app.card('log-tail', 'native sidecar')).toBeVisible();
  await expect(entry).toHaveCount(0);
  await expect(problems.badge(app.card('log-tail', 'native sidecar'))).toHaveCount(0);
  await expect(problems.squiggles('warning')).toHaveCount(0);
  const spec = parse(await app.getYaml()).spec.template.spec;
  expect(spec.containers.map((c: { name: string }) => c.name)).toEqual(['report']);
  expect(spec.initContainers).toEqual([
    expect.objectContaining({ name: 'log-tail', restartPolicy: 'Always' }),
  ]);
  await page.evaluate(() => window.podsmith.undo());
  expect(await app.getYaml()).toBe(JOB);
  await expect(entry).toHaveCount(1);
});

test('the Kubernetes version is chosen in the toolbar: on 1.27 a native sidecar is an error, and back', async ({
  app,
  page,
}) => {
  const problems = new ProblemsPage(page, app);
  await app.setYaml(NATIVE);
  const rule = 'sidecar-requires-1-29';
  const card = app.card('envoy', 'native sidecar');
  await expect(card).toBeVisible();
  await expect(problems.version).toHaveValue('1.34');
  await expect(problems.panel).toBeVisible();
  await expect(problems.entry(rule)).toHaveCount(0);

  await problems.version.selectOption('1.27');
  await expect(problems.entry(rule)).toContainText('Error');
  await expect(problems.entry(rule)).toContainText('line 17');
  await expect(problems.badge(card).locator('summary')).toHaveAccessibleName('1 error');
  await expect(problems.badge(card).locator('summary > [aria-hidden]')).toHaveText('✖ 1');
  await expect(problems.badge(card)).toContainText(rule);
  expect(await page.evaluate(() => window.podsmith.getK8sVersion())).toBe('1.27');
  // The version lives beside the text, never in it.
  expect(await app.getYaml()).toBe(NATIVE);

  await page.evaluate(() => window.podsmith.setK8sVersion('1.28'));
  await expect(problems.version).toHaveValue('1.28');
  await expect(problems.entry(rule)).toContainText('Warning');

  await problems.version.selectOption('1.34');
  await expect(problems.entry(rule)).toHaveCount(0);
  await expect(problems.badge(card)).toHaveCount(0);
});
