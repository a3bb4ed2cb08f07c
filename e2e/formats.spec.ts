import { readFileSync } from 'node:fs';
import { parse, parseAllDocuments } from 'yaml';
import { parseHclNode } from '../src/convert/terraform/hcl-node.ts';
import { TEMPLATES } from '../src/templates/gallery.ts';
import { expect, test } from './fixtures.ts';
import { FormatsPage, untgz, type FormatTitle } from './pages/formats.ts';
import { GalleryPage } from './pages/gallery.ts';
import { LibraryPage } from './pages/library.ts';

// Where designs come from and go to (issue 16): Terraform in, through an offer that opens a new
// design; Terraform, a Helm chart and a Kustomize base out, as the files a person downloads.

const SEED = readFileSync(
  new URL('../src/io/__fixtures__/recognise/terraform-deployment-cron-sidecar.tf', import.meta.url),
  'utf8',
);

let formats: FormatsPage;
let library: LibraryPage;
let gallery: GalleryPage;

test.beforeEach(async ({ app, page }) => {
  formats = new FormatsPage(page);
  library = new LibraryPage(page);
  gallery = new GalleryPage(page);
  await app.goto();
  await app.whenEditorReady();
});

interface Pod {
  containers: {
    name: string;
    image: string;
    volumeMounts: { name: string; mountPath: string }[];
  }[];
  volumes: unknown[];
}

test('pasted Terraform is offered as a new design: django and cron share shared-app', async ({
  app,
  page,
}) => {
  await gallery.startFrom('Web server');
  await formats.paste(SEED);
  await expect.poll(() => app.getYaml()).toBe(SEED);
  await expect(formats.notice).toContainText(
    'Pasted: This looks like Terraform (HCL) with kubernetes_deployment "django": Podsmith converts it into Kubernetes YAML',
  );
  await library.expectSaved(SEED);

  // The parser fails to load once: the dialog says so and nothing changes; trying again works.
  await page.route('**/main.wasm-*.gz', (route) => route.abort());
  await formats.convert();
  await expect(formats.convertDialog.getByRole('alert')).toContainText(
    "HashiCorp's HCL parser could not be loaded",
  );
  expect(await app.getYaml()).toBe(SEED);
  await page.unroute('**/main.wasm-*.gz');
  await formats.convertDialog.getByRole('button', { name: 'Try again' }).click();
  await expect(formats.convertDialog.getByRole('status')).toHaveText('Converted: 1 object.');
  for (const expression of [
    'var.django_replicas',
    'var.ecr_url',
    'var.django_port',
    'var.cron_sidecar_ecr_url',
    'kubernetes_namespace.app_namespace.metadata[0].name',
  ]) {
    await expect(formats.findings).toContainText(`\`${expression}\` is a Terraform expression`);
  }

  await formats.openConverted();
  await expect(formats.notice).toContainText(
    'Opened the converted Terraform as a new design: 1 object. 5 Terraform expressions are kept as ${…} placeholders to fill in.',
  );
  const deployment = parse(await app.getYaml()) as {
    kind: string;
    spec: { template: { spec: Pod } };
  };
  expect(deployment.kind).toBe('Deployment');
  const pod = deployment.spec.template.spec;
  expect(pod.containers.map((c) => [c.name, c.image, c.volumeMounts])).toEqual([
    ['django', '${var.ecr_url}:latest', [{ name: 'shared-app', mountPath: '/shared' }]],
    ['cron', '${var.cron_sidecar_ecr_url}:latest', [{ name: 'shared-app', mountPath: '/shared' }]],
  ]);
  expect(pod.volumes).toEqual([{ name: 'shared-app', emptyDir: {} }]);
  await expect(app.card('django', 'main container')).toBeVisible();
  await expect(app.card('cron', 'sidecar')).toBeVisible();
  await expect(app.edge('shared-app mounted by cron at /shared, read-write')).toBeVisible();

  // The design the Terraform was pasted into is kept, the Terraform text exactly.
  await expect
    .poll(async () => (await library.stored()).filter((d) => d.text === SEED).length)
    .toBe(1);
  await library.open();
  expect(await library.names()).toEqual(expect.arrayContaining(['django', 'web']));
});

test('declining the offer changes nothing', async ({ app }) => {
  await app.setYaml(SEED);
  await formats.offer.click();
  await formats.convertDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(formats.convertDialog).toBeHidden();
  expect(await app.getYaml()).toBe(SEED);
  await expect(formats.offer).toBeVisible();
});

test('a template goes out as Terraform, typed and kubernetes_manifest, that HCL parses', async () => {
  await gallery.startFrom('Web server');
  const typed = await formats.download('Terraform (typed kubernetes_*_v1 resources)');
  expect(typed.name).toBe('main.tf');
  const typedJson = await parseHclNode('main.tf', typed.bytes.toString('utf8'));
  expect(Object.keys(typedJson.resource ?? {})).toEqual(['kubernetes_deployment_v1']);
  expect(typed.bytes.toString('utf8')).toContain('version = ">= 3.0.0"');

  const manifest = await formats.download('Terraform (kubernetes_manifest)');
  expect(manifest.name).toBe('main.tf');
  const manifestJson = await parseHclNode('main.tf', manifest.bytes.toString('utf8'));
  expect(Object.keys(manifestJson.resource?.kubernetes_manifest ?? {})).toHaveLength(1);
  await expect(formats.notice).toContainText('Downloaded main.tf.');
});

test('a template goes out as a Helm chart .tgz in the helm create layout', async () => {
  await gallery.startFrom('Log shipper (native sidecar)');
  await formats.choose('Helm chart');
  await expect(formats.notCarried('Helm chart')).toContainText([
    'comments (the templates are written from the data)',
  ]);
  const chart = await formats.download('Helm chart');
  expect(chart.name).toBe('myapp.tgz');
  const files = await untgz(chart.bytes);
  expect([...files.keys()]).toEqual([
    'myapp/Chart.yaml',
    'myapp/values.yaml',
    'myapp/values.schema.json',
    'myapp/.helmignore',
    'myapp/templates/_helpers.tpl',
    'myapp/templates/NOTES.txt',
    'myapp/templates/deployment-myapp.yaml',
  ]);
  expect(parse(files.get('myapp/Chart.yaml')!)).toMatchObject({ apiVersion: 'v2', name: 'myapp' });
  await expect(formats.notice).toContainText('Downloaded myapp.tgz: 7 files.');
});

test('a template goes out as a Kustomize base .tgz, with images entries when asked', async () => {
  await gallery.startFrom('Content sidecar behind a NodePort');
  const base = await formats.download('Kustomize base', { images: true });
  expect(base.name).toBe('base.tgz');
  const files = await untgz(base.bytes);
  expect([...files.keys()]).toEqual([
    'base/kustomization.yaml',
    'base/pod-nginx.yaml',
    'base/service-nginx.yaml',
  ]);
  const kustomization = parse(files.get('base/kustomization.yaml')!) as Record<string, unknown>;
  expect(kustomization.resources).toEqual(['pod-nginx.yaml', 'service-nginx.yaml']);
  expect(kustomization.images).toEqual(
    expect.arrayContaining([
      { name: 'docker.io/library/nginx', newName: 'docker.io/library/nginx', newTag: '1.24.0' },
    ]),
  );
});

test('what typed Terraform cannot carry is listed before the download', async ({ app }) => {
  await app.setYaml(
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostUsers: false\n  containers:\n    - name: app\n      image: nginx\n',
  );
  await formats.choose('Terraform (typed kubernetes_*_v1 resources)');
  await expect(formats.notCarried('Terraform (typed kubernetes_*_v1 resources)')).toContainText([
    /hostUsers/,
  ]);
  await formats.choose('Terraform (kubernetes_manifest)');
  await expect(formats.notCarried('Terraform (kubernetes_manifest)')).toHaveCount(0);
});

const ALL: FormatTitle[] = [
  'Terraform (typed kubernetes_*_v1 resources)',
  'Terraform (kubernetes_manifest)',
  'Helm chart',
  'Kustomize base',
];

test('every template downloads in every format', async ({ app }) => {
  for (const template of TEMPLATES) {
    await gallery.startFrom(template.title);
    await expect.poll(() => app.getYaml()).toBe(template.yaml);
    const objects = parseAllDocuments(template.yaml).length;
    for (const format of ALL) {
      const file = await formats.download(format);
      if (file.name === 'main.tf') {
        const json = await parseHclNode('main.tf', file.bytes.toString('utf8'));
        const resources = Object.values(json.resource ?? {}).flatMap((r) => Object.keys(r));
        expect(resources, `${template.title}: ${format}`).toHaveLength(objects);
      } else {
        const files = await untgz(file.bytes);
        expect(files.size, `${template.title}: ${format}`).toBeGreaterThan(objects);
      }
    }
  }
});
