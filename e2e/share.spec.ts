import { expect, isLocalUrl, test } from './fixtures.ts';
import type { AppPage } from './pages/app.ts';
import { LibraryPage } from './pages/library.ts';
import { SharePage } from './pages/share.ts';

/** A design with what links tend to lose: comments, unicode, trailing spaces, two documents. */
const SHARED = `# Shared with the team: ünïcödé ☸ 🚀, and a trailing space here 
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web # the front door
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: app
          image: nginx:1.27
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports:
    - port: 80
`;

/** The same with a byte order mark and Windows line ends, which a link must keep as they are. */
const SHARED_CRLF = `\uFEFF${SHARED.replaceAll('\n', '\r\n')}`;

/** Someone's own work: no stock template, so a link must ask before replacing it. */
const MINE = `apiVersion: v1
kind: Pod
metadata:
  name: my-work # not saved anywhere else
spec:
  containers:
    - name: main
      image: busybox:1.36
`;

async function makeLink(app: AppPage, share: SharePage, text: string, k8s: '1.29' | '1.34') {
  await app.setYaml(text);
  await app.page.evaluate((v) => window.podsmith.setK8sVersion(v), k8s);
  const link = await share.readLink();
  await share.close();
  return link;
}

test('a shared link opens the same design, byte for byte and version, in a fresh browser', async ({
  app,
  page,
  browser,
  baseURL,
}) => {
  const share = new SharePage(page);
  await app.goto();
  await app.whenEditorReady();
  await app.setYaml(SHARED_CRLF);
  await page.evaluate(() => window.podsmith.setK8sVersion('1.29'));

  await share.button.click();
  await expect(share.dialog).toBeVisible();
  const link = await share.link.inputValue();
  expect(link.startsWith(`${baseURL}/#podsmith-v1.`)).toBe(true);
  await expect(
    share.dialog.getByText(`${link.length.toLocaleString('en-US')} characters`, { exact: true }),
  ).toBeVisible();

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await share.copy.click();
  await expect(share.dialog.getByRole('status')).toHaveText('Link copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await share.close();

  // A new context shares nothing with the first: no storage, no session, no history.
  const fresh = await browser.newContext();
  const requests: string[] = [];
  const errors: Error[] = [];
  fresh.on('request', (r) => requests.push(r.url()));
  fresh.on('weberror', (e) => errors.push(e.error()));
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await other.waitForFunction(() => 'podsmith' in window);
    await expect.poll(() => other.evaluate(() => window.podsmith.getYaml())).toBe(SHARED_CRLF);
    expect(await other.evaluate(() => window.podsmith.getK8sVersion())).toBe('1.29');
    // An unchanged starter is simply replaced; the link leaves the address.
    await expect(new SharePage(other).notice).toContainText('Opened the shared design');
    await expect.poll(() => other.evaluate(() => window.location.hash)).toBe('');
    await expect(other.getByRole('combobox', { name: /Kubernetes/ })).toHaveValue('1.29');
    // Byte for byte once the editor shows it, too.
    await other.evaluate(() => window.podsmith.whenEditorReady());
    expect(await other.evaluate(() => window.podsmith.getYaml())).toBe(SHARED_CRLF);
  } finally {
    await fresh.close();
  }
  expect(requests.filter((url) => !isLocalUrl(url))).toEqual([]);
  expect(errors.map((e) => e.stack ?? e.message)).toEqual([]);
});

test('a broken link says so and leaves the design as it was', async ({ app, page }) => {
  const share = new SharePage(page);
  await app.goto();
  await app.whenEditorReady();
  const link = await makeLink(app, share, SHARED, '1.29');
  await app.setYaml(MINE);
  await page.evaluate(() => window.podsmith.setK8sVersion('1.34'));

  const data = link.slice(link.indexOf('#') + 1);
  const middle = Math.floor(data.length / 2);
  const tampered =
    data.slice(0, middle) + (data[middle] === 'A' ? 'B' : 'A') + data.slice(middle + 1);
  for (const broken of [data.slice(0, -12), tampered, 'podsmith-v1.', 'another-app=eJzLSM3']) {
    await share.followInPage(`${link.slice(0, link.indexOf('#'))}#${broken}`);
    await expect(share.notice).toContainText('The shared link did not open.');
    await expect(share.notice).toContainText('Your design is unchanged.');
    await expect.poll(() => share.hash()).toBe('');
    expect(await app.getYaml()).toBe(MINE);
    expect(await page.evaluate(() => window.podsmith.getK8sVersion())).toBe('1.34');
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
  }
  await expect(share.notice).toHaveText('');

  // Loading the page with a broken link: the restored design stays too.
  await page.goto(`/#${data.slice(0, -12)}`);
  await page.waitForFunction(() => 'podsmith' in window);
  await expect(share.notice).toContainText('This link is damaged');
  expect(await app.getYaml()).toBe(MINE);
  expect(await page.evaluate(() => window.podsmith.getK8sVersion())).toBe('1.34');
  await expect.poll(() => share.hash()).toBe('');
});

test('a link opened over unsaved work opens as a new design; the work stays in the library, also after a reload', async ({
  app,
  page,
}) => {
  const share = new SharePage(page);
  await app.goto();
  await app.whenEditorReady();
  const link = await makeLink(app, share, SHARED, '1.29');
  await app.setYaml(MINE);
  await page.evaluate(() => window.podsmith.setK8sVersion('1.34'));

  await share.followInPage(link);
  await expect.poll(() => app.getYaml()).toBe(SHARED);
  expect(await page.evaluate(() => window.podsmith.getK8sVersion())).toBe('1.29');
  await expect(share.notice).toHaveText(
    'Opened the shared design (Deployment "web" for Kubernetes 1.29) as a new design. "my-work" is kept in Designs.',
  );
  await expect.poll(() => share.hash()).toBe('');
  // A new design starts a new history: undo does not walk back into the other design.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  const library = new LibraryPage(page);
  await expect
    .poll(async () => (await library.stored()).map((d) => `${d.k8s} ${d.text}`).sort())
    .toEqual([`1.29 ${SHARED}`, `1.34 ${MINE}`]);

  await page.reload();
  await app.whenEditorReady();
  expect(await app.getYaml()).toBe(SHARED);
  await library.open();
  expect((await library.names()).sort()).toEqual(['my-work', 'web']);
  await library.action('my-work', 'Open');
  await expect.poll(() => app.getYaml()).toBe(MINE);
  expect(await page.evaluate(() => window.podsmith.getK8sVersion())).toBe('1.34');
});
