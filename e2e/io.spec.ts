import { parse, parseAllDocuments } from 'yaml';
import { test, expect } from './fixtures.ts';
import { IoPage, type TestFile } from './pages/io.ts';
import { LibraryPage } from './pages/library.ts';
import { WEB } from './support/designs.ts';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
`;

/** Not a Kubernetes object: a team's notes kept beside the manifests. */
const NOTES = `# reviewed by the platform team
owner: team-web
review:
  - alice
  - bob
`;

/** A file as Windows editors save it: byte order mark, CRLF, several documents, one foreign. */
const WINDOWS_FILE = `\uFEFF${WEB}---\n${SERVICE}---\n${NOTES}`.replace(/\n/g, '\r\n');

const file = (name: string, text: string): TestFile => ({ name, bytes: Buffer.from(text, 'utf8') });

let io: IoPage;

test.beforeEach(async ({ app, page }) => {
  io = new IoPage(page);
  await app.goto();
  await app.whenEditorReady();
});

test('Download YAML saves <workload>.yaml equal to the editor text, typing just done included', async ({
  app,
}) => {
  await app.setYaml(`${WEB}---\n${SERVICE}---\n${NOTES}`);
  await app.typeAtEndOfEditor('# typed a moment ago\n');
  const saved = await io.download('Download YAML');
  expect(saved.name).toBe('web.yaml');
  const text = await app.getYaml();
  expect(text).toContain('# typed a moment ago');
  expect(saved.bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
  await expect(io.notice).toHaveText('Downloaded web.yaml.');
});

test('Download JSON saves a List holding every document, the foreign one too, and says what JSON drops', async ({
  app,
}) => {
  await app.setYaml(`${WEB}---\n${SERVICE}---\n${NOTES}`);
  await io.exportButton.click();
  await expect(io.exportDialog).toContainText('a v1 List of 3 items');
  await expect(io.exportDialog.getByRole('list', { name: 'What JSON cannot hold:' })).toContainText(
    'Comments are not carried into JSON.',
  );
  await expect(io.exportDialog).toContainText(
    'Document 3 is not a Kubernetes object (no apiVersion or kind)',
  );
  await io.exportDialog.getByRole('button', { name: 'Close' }).click();

  const saved = await io.download('Download JSON');
  expect(saved.name).toBe('web.json');
  const list = JSON.parse(saved.bytes.toString('utf8'));
  expect(list).toEqual({
    apiVersion: 'v1',
    kind: 'List',
    items: parseAllDocuments(await app.getYaml()).map((d) => d.toJS()),
  });
  expect(list.items[2]).toEqual({ owner: 'team-web', review: ['alice', 'bob'] });
});

test('Download JSON is refused, with the line, while the YAML has a syntax error', async ({
  app,
}) => {
  await app.setYaml(`${WEB}  bad: [\n`);
  await io.exportButton.click();
  await expect(
    io.exportDialog.getByRole('region', { name: 'JSON', exact: true }).getByRole('alert'),
  ).toContainText('The YAML has a syntax error at line');
  await expect(io.exportDialog.getByRole('button', { name: 'Download JSON' })).toBeDisabled();
  // Terraform, Helm and Kustomize are made from the objects: refused too, saying why.
  const formats = io.exportDialog.getByRole('region', { name: 'Terraform, Helm, Kustomize' });
  await expect(formats.getByRole('alert')).not.toBeEmpty();
  await expect(formats.getByRole('button', { name: 'Download', exact: true })).toBeDisabled();
  // The YAML itself still downloads: it is the user's text, errors and all.
  await expect(io.exportDialog.getByRole('button', { name: 'Download YAML' })).toBeEnabled();
});

test('Copy YAML puts the exact text on the clipboard and says so', async ({
  app,
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.setYaml(`${WEB}---\n${NOTES}`);
  await io.exportButton.click();
  await io.exportDialog.getByRole('button', { name: 'Copy YAML' }).click();
  await expect(io.notice).toHaveText('Copied the YAML to the clipboard (22 lines).');
  await expect(io.exportDialog).toHaveCount(0);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await app.getYaml());
});

test('Open: a multi-document Windows file opens byte for byte, its foreign document listed, and downloads unchanged', async ({
  app,
  page,
}) => {
  // The starter design is unchanged: there is nothing to keep, so the file takes its place.
  await io.openWithButton(file('team-web.yaml', WINDOWS_FILE));
  await expect(io.notice).toHaveText(
    'Opened "team-web.yaml" as a new design: 3 documents, 1 of them not Kubernetes (listed as foreign objects).',
  );
  expect(await app.getYaml()).toBe(WINDOWS_FILE);
  await expect(app.card('nginx', 'main container')).toBeVisible();
  await expect(
    page.getByRole('listitem', {
      name: 'Foreign document #3: not a Kubernetes object (no apiVersion or kind)',
    }),
  ).toBeVisible();
  await expect(page.getByRole('listitem', { name: /^Service web: / })).toBeVisible();

  const saved = await io.download('Download YAML');
  expect(saved.bytes.equals(Buffer.from(WINDOWS_FILE, 'utf8'))).toBe(true);
  expect([...saved.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  // Typing keeps the byte order mark and CRLF everywhere.
  await app.typeAtEndOfEditor('# more notes\n');
  await expect.poll(() => app.getYaml()).toBe(`${WINDOWS_FILE}# more notes\r\n`);
});

test('Open refuses binary, UTF-16, empty and oversized files and leaves the design as it was', async ({
  app,
}) => {
  await app.setYaml(WEB);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49]);
  await io.openWithButton({ name: 'logo.png', bytes: png });
  await expect(io.notice).toHaveText(
    '"logo.png" is not a text file (it holds binary data): open a YAML or JSON file. Nothing was changed.',
  );
  await io.drop({ name: 'win.yaml', bytes: Buffer.from('\uFEFFa: 1\n', 'utf16le') });
  await expect(io.notice).toContainText('"win.yaml" is UTF-16 text: save it as UTF-8 to open it.');
  await io.openWithButton({ name: 'empty.yaml', bytes: Buffer.alloc(0) });
  await expect(io.notice).toContainText('"empty.yaml" is empty');
  const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
  await io.openWithButton({ name: 'huge.yaml', bytes: huge });
  await expect(io.notice).toHaveText(
    '"huge.yaml" is 5.0 MB: Podsmith opens files up to 5 MB. Nothing was changed.',
  );
  expect(await app.getYaml()).toBe(WEB);
  expect(parse(await app.getYaml())).toMatchObject({ kind: 'Deployment' });
});

test('Drop over changed work, onto the canvas or the editor: the file opens as a new design named after it, the work is kept, also after a reload', async ({
  app,
  page,
}) => {
  const mine = WEB.replace('nginx:1.27', 'nginx:1.28');
  await app.setYaml(mine);
  await io.drop(file('team-web.yaml', WINDOWS_FILE));
  // Reading a dropped file takes a moment (File.arrayBuffer): wait for what it does.
  await expect.poll(() => app.getYaml()).toBe(WINDOWS_FILE);
  await expect(io.notice).toHaveText(
    'Opened "team-web.yaml" as a new design: 3 documents, 1 of them not Kubernetes (listed as foreign objects). "web" is kept in Designs.',
  );
  await expect(page.getByRole('listitem', { name: /^Foreign document #3: / })).toBeVisible();
  // A new design starts a new history: undo does not walk back into the other design.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

  // Dropped onto the editor: the editor does not paste it, the app opens it (named apart).
  await io.drop(file('team-web.yaml', WINDOWS_FILE.replace('nginx:1.27', 'nginx:1.29')), {
    target: 'YAML editor',
  });
  await expect(io.notice).toContainText('"team-web" is kept in Designs.');

  const library = new LibraryPage(page);
  const saved = async () =>
    (await library.stored())
      .map(({ name, text }) => ({ name, text }))
      .sort((a, b) => a.name.localeCompare(b.name));
  const expected = [
    { name: 'team-web', text: WINDOWS_FILE },
    { name: 'team-web (2)', text: WINDOWS_FILE.replace('nginx:1.27', 'nginx:1.29') },
    { name: 'web', text: mine },
  ];
  await expect.poll(saved).toEqual(expected);
  await page.reload();
  await app.whenEditorReady();
  expect(await saved()).toEqual(expected);
  await library.open();
  await library.action('web', 'Open');
  await expect.poll(() => app.getYaml()).toBe(mine);
});

test('Open: a Terraform file opens as it is, named for what it is, with the offer to convert it', async ({
  app,
  page,
}) => {
  const terraform =
    'resource "kubernetes_deployment" "django" {\n  metadata {\n    name = "django"\n  }\n}\n';
  await io.openWithButton(file('main.tf', terraform));
  await expect(io.notice).toContainText(
    'Opened "main.tf" as a new design. This looks like Terraform (HCL) with kubernetes_deployment "django": Podsmith converts it into Kubernetes YAML',
  );
  expect(await app.getYaml()).toBe(terraform);
  await expect(page.getByRole('button', { name: 'Convert to YAML…' })).toBeVisible();
});
