import type { Page } from '@playwright/test';
import { encodeShareFragment } from '../src/share/link.ts';
import { expect, test } from './fixtures.ts';
import { InspectorPage } from './pages/inspector.ts';
import { ProblemsPage } from './pages/problems.ts';
import { SharePage } from './pages/share.ts';

/** HTML and script payloads, each placed somewhere a design shows text. */
const P = {
  workload: '"><svg onload=alert(1)>',
  annotation: '<img src=x onerror=alert(2)>',
  annotationUrl: 'javascript:alert(3)',
  label: "{{constructor.constructor('alert(4)')()}}",
  container: '<img src=x onerror=alert(5)>',
  image: "<script>window.pwned = 'image'</script>",
  envHtml: '<img src=x onerror=alert(6)>',
  envUrl: "javascript:window.pwned='env'",
  sidecar: '"><svg onload=window.pwned=1>',
  sidecarImage: 'javascript:alert(7)',
  volume: '"><svg onload=alert(8)>',
  comment: "<script>window.pwned = 'comment'</script> <img src=x onerror=alert(9)>",
};

/** A design that carries every payload, as a link from a stranger might. */
const HOSTILE = `# ${P.comment}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: '${P.workload}'
  annotations:
    note: ${P.annotation}
    docs: ${P.annotationUrl}
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        tmpl: "${P.label}"
    spec:
      containers:
        - name: ${P.container}
          image: ${P.image}
          env:
            - name: HTML
              value: ${P.envHtml} # ${P.comment}
            - name: LINK
              value: ${P.envUrl}
          volumeMounts:
            - name: '${P.volume}'
              mountPath: /data
        - name: '${P.sidecar}'
          image: ${P.sidecarImage}
      volumes:
        - name: '${P.volume}'
          emptyDir: {}
`;

/** Fails the test on any alert, confirm or prompt, and dismisses it so nothing hangs. */
function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Nothing of a payload became page content: no element, no handler, no link, no global. */
async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  // Give any handler that slipped through (onerror, onload) time to fire before looking.
  await page.waitForTimeout(500);
  expect(dialogs, 'dialogs opened by a payload').toEqual([]);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  for (const selector of [
    'img[src="x"]',
    '[onerror]',
    '[onload]',
    'script:not([src])',
    '[href^="javascript:" i]',
    '[src^="javascript:" i]',
  ]) {
    await expect(page.locator(selector), selector).toHaveCount(0);
  }
}

/** Every address the page asked for is one of the app's own files: the page, its assets, its icon. */
function foreignRequests(requests: string[], baseURL: string): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:')) return false;
    if (!url.startsWith(`${baseURL}/`)) return true;
    const path = new URL(url).pathname;
    return !/^\/(|favicon\.(svg|ico)|assets\/[\w.-]+\.(js|css|ttf))$/.test(path);
  });
}

test('a link full of HTML and script payloads shows them as text and runs none', async ({
  app,
  page,
  requests,
  baseURL,
}) => {
  const dialogs = collectDialogs(page);
  const fragment = await encodeShareFragment({ text: HOSTILE, k8s: '1.34' });
  await app.goto(`/#${fragment}`);
  await expect.poll(() => app.getYaml()).toBe(HOSTILE);

  // The canvas: workload, containers, images, the volume and its mount, word for word.
  await expect(
    app.canvas.getByRole('heading', { name: `Deployment ${P.workload}`, exact: true }),
  ).toBeVisible();
  const main = app.card(P.container, 'main container');
  await expect(main).toContainText(P.image);
  await expect(
    app.edge(`${P.volume} mounted by ${P.container} at /data, read-write`),
  ).toBeVisible();
  await expect(app.card(P.sidecar, 'sidecar')).toContainText(P.sidecarImage);
  await expect(app.volume(P.volume)).toBeVisible();

  // The inspector: the container form, its variables, the workload's labels and annotations.
  const inspector = new InspectorPage(page, app);
  await inspector.selectContainer(P.container, 'main container');
  const basics = inspector.section('Basics');
  await expect(inspector.field(basics, 'Name')).toHaveValue(P.container);
  await expect(inspector.field(basics, 'Image')).toHaveValue(P.image);
  await expect(inspector.row('Variable 1').getByLabel('Value', { exact: true })).toHaveValue(
    P.envHtml,
  );
  await expect(inspector.row('Variable 2').getByLabel('Value', { exact: true })).toHaveValue(
    P.envUrl,
  );
  await inspector.region.getByRole('tab', { name: 'Workload', exact: true }).click();
  await expect(inspector.row('Annotation note').getByLabel('Value')).toHaveValue(P.annotation);
  await expect(inspector.row('Annotation docs').getByLabel('Value')).toHaveValue(P.annotationUrl);
  await expect(inspector.row('Pod label tmpl').getByLabel('Value')).toHaveValue(P.label);

  // The problems panel quotes the bad names as kubectl would, as text.
  const problems = new ProblemsPage(page, app);
  await expect(problems.panel).toContainText(`Invalid value: "${P.container}"`);
  // Quoted as Go quotes it (kubectl's %q): an inner " is escaped, nothing else changes.
  await expect(problems.panel).toContainText(`Invalid value: ${JSON.stringify(P.volume)}`);

  // The editor shows the comments as they are.
  await app.whenEditorReady();
  await expect(app.monaco).toContainText(`# ${P.comment}`);
  await expect(app.monaco).toContainText(`value: ${P.envHtml} # ${P.comment}`);
  // Its view of the first problem quotes the bad workload name as text, under a squiggle.
  await expect(problems.squiggles('error').first()).toBeVisible();
  await expect(await problems.nextMarker()).toContainText(
    `metadata.name: Invalid value: ${JSON.stringify(P.workload)}`,
  );

  await expectNothingRan(page, dialogs);
  expect(foreignRequests(requests, baseURL!)).toEqual([]);
});

test('a link opened in an open page names the design in plain text and fetches nothing', async ({
  app,
  page,
  requests,
  baseURL,
}) => {
  const dialogs = collectDialogs(page);
  await app.goto();
  await app.whenEditorReady();
  await app.setYaml('apiVersion: v1\nkind: Pod\nmetadata:\n  name: mine\n');
  const before = requests.length;

  const share = new SharePage(page);
  const fragment = await encodeShareFragment({ text: HOSTILE, k8s: '1.34' });
  await share.followInPage(`${baseURL}/#${fragment}`);
  await expect(share.notice).toContainText(`Deployment "${P.workload}" for Kubernetes 1.34`);
  await expect(app.card(P.container, 'main container')).toBeVisible();
  await expect.poll(() => app.getYaml()).toBe(HOSTILE);

  await expectNothingRan(page, dialogs);
  // Opening the link loaded the link's code and the icon, nothing else: no reload, no fetch.
  const opening = requests.slice(before);
  expect(foreignRequests(opening, baseURL!)).toEqual([]);
  expect(opening.filter((url) => new URL(url).pathname === '/')).toEqual([]);
});
