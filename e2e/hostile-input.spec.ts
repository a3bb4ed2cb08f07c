import { billionLaughs } from '../src/yaml/hostile-samples.ts';
import { test, expect } from './fixtures.ts';
import { IoPage } from './pages/io.ts';
import { LibraryPage } from './pages/library.ts';
import { ProblemsPage } from './pages/problems.ts';
import { LOG_SHIPPER, WEB } from './support/designs.ts';

// Hostile and broken text reaching the app through the scripting API, the Open button and a paste
// into the editor: each is said in words (the stale banner, the problems panel, an editor marker),
// the canvas keeps the last design that could be read, the text stays exactly as given, and
// fixing or undoing brings the design back. The fixtures also fail any test whose page threw.

/** 5,000 small documents (the limit is 1,000): the `---` of the 1,001st is on line 5,000. */
const MANY = Array(5000)
  .fill('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n')
  .join('---\n');

const LIST = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: inside
`;

const CUSTOM = `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: web-monitor
spec:
  endpoints: [{port: web}]
`;

let problems: ProblemsPage;

test.beforeEach(async ({ app, page }) => {
  problems = new ProblemsPage(page, app);
  await app.goto();
  await app.setYaml(WEB);
  await expect(app.card('nginx', 'main container')).toBeVisible();
});

test('an alias bomb, 5,000 documents, deep nesting: the limit in words, the last good canvas, the text kept', async ({
  app,
}) => {
  const cases = [
    [billionLaughs(), 'line 1: Aliases (*name) expand to more than 1,000 copies'],
    [MANY, 'line 5000: The text holds more than 1,000 YAML documents'],
    ['a: ' + '['.repeat(100_000), 'line 1: Maps and lists nest more than 100 levels deep'],
  ] as const;
  for (const [text, message] of cases) {
    const start = Date.now();
    await app.setYaml(text);
    await expect(app.staleAlert).toContainText(message);
    expect(Date.now() - start, message).toBeLessThan(5000);
    await expect(problems.entry('yaml-limit')).toContainText(message.replace(/^line \d+: /, ''));
    await expect(app.card('nginx', 'main container')).toBeVisible();
    expect(await app.getYaml()).toBe(text);
  }
  // Fixing the text brings the canvas back to life.
  await app.setYaml(WEB + LOG_SHIPPER);
  await expect(app.staleAlert).toHaveCount(0);
  await expect(app.card('log-shipper', 'sidecar')).toBeVisible();
});

test('the limit is marked in the editor too', async ({ app }) => {
  await app.whenEditorReady();
  await app.setYaml('a: ' + '['.repeat(5000));
  const marker = await problems.nextMarker();
  await expect(marker).toContainText('nest more than 100 levels deep');
  await expect(marker).toContainText('yaml-limit');
});

test('binary garbage names the character; undo brings the design back', async ({ app, page }) => {
  await app.setYaml('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR');
  await expect(app.staleAlert).toContainText(
    'line 1: the text holds the control character U+0089, which YAML does not allow',
  );
  await expect(app.card('nginx', 'main container')).toBeVisible();
  await page.evaluate(() => window.podsmith.undo());
  expect(await app.getYaml()).toBe(WEB);
  await expect(app.staleAlert).toHaveCount(0);
});

test('Open: a file past the limits opens as a new design, says which limit, and the design before it is kept', async ({
  app,
  page,
}) => {
  const io = new IoPage(page);
  await io.openWithButton({ name: 'many.yaml', bytes: Buffer.from(MANY) });
  await expect(app.staleAlert).toContainText('more than 1,000 YAML documents');
  await expect(io.notice).toContainText('"web" is kept in Designs.');
  await expect(app.card('nginx', 'main container')).toBeVisible();
  expect(await app.getYaml()).toBe(MANY);
  const library = new LibraryPage(page);
  await library.open();
  await library.action('web', 'Open');
  await expect.poll(() => app.getYaml()).toBe(WEB);
  await expect(app.staleAlert).toHaveCount(0);
});

test('a paste into the editor past the limits keeps every pasted byte and the last good canvas', async ({
  app,
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.whenEditorReady();
  await page.evaluate((text) => navigator.clipboard.writeText(text), MANY);
  await app.monaco.locator('.view-lines').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await expect(app.staleAlert).toContainText('more than 1,000 YAML documents');
  await expect(app.card('nginx', 'main container')).toBeVisible();
  await expect.poll(() => app.getYaml()).toBe(MANY);
  // The page still answers: a canvas edit is refused in words, not frozen.
  await app.paletteItem('Classic sidecar').click();
  await expect(page.getByRole('status').filter({ hasText: /refused/i })).toBeVisible();
  expect(await app.getYaml()).toBe(MANY);
});

test('tabs say to indent with spaces; a byte order mark and CRLF are read and kept', async ({
  app,
}) => {
  await app.setYaml(WEB.replace('  name: web', '\tname: web'));
  await expect(app.staleAlert).toContainText(
    'line 4: indented with a tab, which YAML does not allow; indent with spaces',
  );
  const windows = '\uFEFF' + (WEB + LOG_SHIPPER).replace(/\n/g, '\r\n');
  await app.setYaml(windows);
  await expect(app.staleAlert).toHaveCount(0);
  await expect(app.card('log-shipper', 'sidecar')).toBeVisible();
  expect(await app.getYaml()).toBe(windows);
});

test('scalar and list documents, a List and a custom resource are kept and listed, none an error', async ({
  app,
  page,
}) => {
  await app.setYaml(`${WEB}---\njust a sentence\n---\n- a\n- b\n---\n${LIST}---\n${CUSTOM}`);
  await expect(app.staleAlert).toHaveCount(0);
  await expect(app.card('nginx', 'main container')).toBeVisible();
  const objects = page.getByRole('group', { name: 'Attached objects' });
  await expect(objects.getByRole('listitem', { name: /^Foreign document #2: / })).toBeVisible();
  await expect(objects.getByRole('listitem', { name: /^Foreign document #3: / })).toBeVisible();
  await expect(objects.getByRole('listitem', { name: /^List / })).toBeVisible();
  await expect(
    objects.getByRole('listitem', { name: /^ServiceMonitor web-monitor: / }),
  ).toBeVisible();
  await expect(problems.toggle('Errors')).toHaveAccessibleName('Errors 0');
  await expect(problems.entry('list-items-not-checked')).toContainText(
    '1 object in this List is kept but not shown on the canvas or checked',
  );
});

test('__proto__ and constructor as names and keys are shown as written and pollute nothing', async ({
  app,
  page,
}) => {
  const text = WEB.replace(
    '  name: web\n',
    '  name: web\n  labels: {__proto__: x, constructor: y}\n',
  )
    .replace('- name: nginx', '- name: constructor')
    .replace(
      'image: nginx:1.27',
      'image: nginx:1.27\n          env: [{name: __proto__, value: a}]',
    );
  await app.setYaml(text);
  await expect(app.card('constructor', 'main container')).toBeVisible();
  await expect(app.staleAlert).toHaveCount(0);
  const polluted = await page.evaluate(() => {
    const probe = {} as Record<string, unknown>;
    return [probe.x, probe.y, Object.getPrototypeOf(probe) === Object.prototype];
  });
  expect(polluted).toEqual([undefined, undefined, true]);
});
