import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect } from './fixtures.ts';
import { ProblemsPage } from './pages/problems.ts';

// Three containers without probes (three info findings of one rule) and, at the very end, a mount
// of a volume the pod does not have: the one error of the design, on its last lines.
const BUSY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector:
    matchLabels: { app: shop }
  template:
    metadata:
      labels: { app: shop }
    spec:
      containers:
        - name: app
          image: shop:1.4
        - name: proxy
          image: envoy:1.31
        - name: logs
          image: fluent-bit:3.2
          volumeMounts:
            - name: cache
              mountPath: /cache
`;

const fixture = (name: string) =>
  readFileSync(new URL(`../src/io/__fixtures__/recognise/${name}`, import.meta.url), 'utf8');

let problems: ProblemsPage;

test.beforeEach(async ({ app, page }) => {
  problems = new ProblemsPage(page, app);
  await app.goto();
  await app.whenEditorReady();
});

test('the panel lists errors first, folds the info findings of one rule, and counts what the editor counts', async ({
  app,
  page,
}) => {
  await app.setYaml(BUSY);
  const rows = problems.panel.getByRole('list').first().locator(':scope > li');
  await expect(rows.first()).toContainText('volume-mount-unknown-volume');
  await expect(rows.first()).toContainText('Error');

  const group = problems.panel.getByRole('button', { name: /probe-missing — 3 containers/ });
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await expect(problems.panel.getByText(/readinessProbe|livenessProbe/)).toHaveCount(0);
  await group.click();
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await expect(problems.entry('probe-missing')).toHaveCount(4); // the row and its three entries

  // The count beside the editor's title and the panel's toggles say the same.
  const count = async (words: 'Errors' | 'Warnings' | 'Info') =>
    Number((await problems.toggle(words).textContent())?.match(/(\d+)\s*$/)?.[1]);
  const [errors, warnings, info] = [
    await count('Errors'),
    await count('Warnings'),
    await count('Info'),
  ];
  expect(errors).toBe(1);
  const pill = page.getByRole('region', { name: 'YAML editor' }).locator('.pill');
  const said = [
    `${errors} ${errors === 1 ? 'error' : 'errors'}`,
    ...(warnings ? [`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`] : []),
    ...(info ? [`${info} info`] : []),
  ].join(', ');
  await expect(pill).toHaveText(said);
});

test("a marker's Ctrl+. menu and its hover offer the panel's fix, and choosing it changes the YAML", async ({
  app,
  page,
}) => {
  await app.setYaml(BUSY);
  await expect(problems.fixButton('volume-mount-unknown-volume')).toHaveText(
    'Fix: add the missing volume (emptyDir)',
  );
  await expect(problems.squiggles('error')).toHaveCount(1);

  // The hover on the squiggle names the fix. (The squiggle is drawn under the text, which takes
  // the pointer: move the mouse to where it is drawn, as a person would.)
  const squiggle = await problems.squiggles('error').boundingBox();
  if (!squiggle) throw new Error('the error squiggle is not on screen');
  await page.mouse.move(squiggle.x + squiggle.width / 2, squiggle.y + squiggle.height / 2);
  const hover = app.monaco.locator('.monaco-hover').filter({ hasText: 'volumeMounts[0].name' });
  await expect(hover).toBeVisible();
  await expect(hover.getByText('Quick Fix', { exact: false })).toBeVisible();
  await page.mouse.move(0, 0); // the hover closes

  // Ctrl+. on the marker lists the same fix; Enter applies it.
  await app.monaco.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await expect(menu.getByText('Fix: add the missing volume (emptyDir)')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => parse(await app.getYaml()).spec.template.spec.volumes)
    .toEqual([{ name: 'cache', emptyDir: {} }]);
  await expect(problems.entry('volume-mount-unknown-volume')).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(
    'Fixed: add the missing volume (emptyDir).',
  );
});

test('pasted Terraform and Helm values are named for what they are, with what to do with them', async ({
  app,
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const notice = page.getByRole('status', { name: 'Notices' });
  const paste = async (text: string) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await app.monaco.locator('.view-lines').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    await expect.poll(() => app.getYaml()).toBe(text);
  };

  await paste(fixture('terraform-deployment-cron-sidecar.tf'));
  await expect(notice).toContainText('Pasted: This looks like Terraform (HCL)');
  await expect(notice).toContainText(
    'kubernetes_deployment "django": Podsmith converts it into Kubernetes YAML ("Convert to YAML" in the app',
  );
  const banner = page.getByRole('alert').filter({ hasText: 'Not Kubernetes YAML' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Convert to YAML…' })).toBeVisible();
  await expect(problems.entry('text-format')).toContainText('Terraform (HCL)');
  await expect(problems.entry('yaml-syntax')).toHaveCount(0);

  await paste(fixture('helm-values-pingdirectory-utility-sidecar.yaml'));
  await expect(notice).toContainText('Helm values');
  await expect(problems.entry('text-format')).toContainText('Helm values');
  // Only Terraform is converted here: Helm values get what to run instead.
  await expect(page.getByRole('button', { name: 'Convert to YAML…' })).toHaveCount(0);
  const pill = page.getByRole('region', { name: 'YAML editor' }).locator('.pill');
  await expect(pill).not.toHaveText('No problems');
});

test("a YAML syntax error says what is wrong in plain words, with the parser's own words as a detail", async ({
  app,
}) => {
  await app.setYaml(
    BUSY.replace('        - name: proxy\n', '        - name: proxy\n           image: x\n'),
  );
  const entry = problems.entry('yaml-syntax');
  await expect(entry).toContainText('line 16: indented more than the key above it expects');
  await expect(entry).toContainText('The YAML parser says:');
  await expect(app.staleAlert).toContainText(
    'line 16: indented more than the key above it expects',
  );
});
