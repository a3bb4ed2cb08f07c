import fs from 'node:fs';
import path from 'node:path';
import { buildCli, type BuiltCli } from '../src/cli/process-testing.ts';
import { TEMPLATES } from '../src/templates/gallery.ts';
import { expect, test } from './fixtures.ts';
import { IoPage } from './pages/io.ts';
import { LifecyclePage } from './pages/lifecycle.ts';
import { docs } from './pages/pod.ts';

// The diagram is the canvas: for every starting design, what the picture must show is worked
// out here from the YAML alone (not from the app's code), and looked for by accessible name.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- YAML data, read field by field
type Data = Record<string, any>;
const WORKLOADS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'];

function podSpecOf(doc: Data): Data {
  if (doc.kind === 'Pod') return doc.spec;
  if (doc.kind === 'CronJob') return doc.spec.jobTemplate.spec.template.spec;
  return doc.spec.template.spec;
}

/** "logs mounted by app at /var/log, read-write" for every mount of every container. */
function mountEdges(spec: Data): string[] {
  const containers: Data[] = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  return containers.flatMap((c) =>
    (c.volumeMounts ?? []).map(
      (m: Data) =>
        `${m.name} mounted by ${c.name} at ${m.mountPath}, ${m.readOnly ? 'read-only' : 'read-write'}` +
        (m.subPath !== undefined ? `, subPath ${m.subPath}` : ''),
    ),
  );
}

/** "Service web port 80 → app 8080" for every Service port that reaches a declared port. */
function routeEdges(all: Data[], spec: Data): string[] {
  const ports = [...(spec.initContainers ?? []), ...(spec.containers ?? [])].flatMap((c: Data) =>
    (c.ports ?? []).map((p: Data) => ({ container: c.name as string, ...p })),
  );
  return all
    .filter((d) => d.kind === 'Service')
    .flatMap((svc) =>
      (svc.spec.ports ?? []).flatMap((p: Data) => {
        const target = p.targetPort ?? p.port;
        const hit = ports.find((c) =>
          typeof target === 'string' ? c.name === target : c.containerPort === target,
        );
        return hit
          ? [`Service ${svc.metadata.name} port ${p.port} → ${hit.container} ${hit.containerPort}`]
          : [];
      }),
    );
}

test.beforeEach(async ({ app }) => {
  await app.goto();
});

for (const template of TEMPLATES) {
  test(`diagram of "${template.title}": every mount and every Service port is an edge named in words`, async ({
    app,
  }) => {
    await app.setYaml(template.yaml);
    const all = docs(template.yaml);
    const workload = all.find((d) => WORKLOADS.includes(d.kind))!;
    const spec = podSpecOf(workload);
    await expect(
      app.canvas.getByRole('region', {
        name: `Diagram of ${workload.kind} ${workload.metadata.name}`,
      }),
    ).toBeVisible();
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])])
      await expect(app.canvas.getByRole('group', { name: new RegExp(`^${c.name}, `) })).toHaveCount(
        1,
      );
    for (const v of spec.volumes ?? []) await expect(app.volume(v.name)).toBeVisible();
    const mounts = mountEdges(spec);
    for (const name of mounts) await expect(app.edge(name)).toHaveCount(1);
    for (const name of routeEdges(all, spec)) await expect(app.edge(name)).toHaveCount(1);
    // No more mount edges than mounts: nothing drawn twice or invented.
    await expect(app.edge(/ mounted by /)).toHaveCount(mounts.length);
  });
}

test('arrow keys move between the nodes of the picture; zoom in, out and fit', async ({ app }) => {
  await app.setYaml(TEMPLATES.find((t) => t.id === 'log-shipper-classic')!.yaml);
  const select = (name: string) =>
    app.canvas.getByRole('button', { name: `Select ${name}`, exact: true });
  await select('myapp').focus();
  await app.page.keyboard.press('ArrowRight');
  await expect(select('logshipper')).toBeFocused();
  await app.page.keyboard.press('ArrowLeft');
  await expect(select('myapp')).toBeFocused();
  await app.page.keyboard.press('ArrowDown');
  await expect(select('data')).toBeFocused();
  // Arrow keys move the focus only: the design is as it was.
  expect(await app.getYaml()).toBe(TEMPLATES.find((t) => t.id === 'log-shipper-classic')!.yaml);

  const zoom = app.canvas.getByRole('status', { name: 'Zoom' });
  const percent = async () => Number((await zoom.textContent())!.replace('%', ''));
  const before = await percent();
  await app.canvas.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect.poll(percent).toBeGreaterThan(before);
  await app.canvas.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await app.canvas.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await expect.poll(percent).toBeLessThan(before);
  // Fit: the whole picture inside the viewport.
  await app.canvas.getByRole('button', { name: 'Fit', exact: true }).click();
  const viewport = app.canvas.getByRole('region', { name: /^Diagram of / });
  await expect
    .poll(() =>
      viewport.evaluate(
        (el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight,
      ),
    )
    .toBe(true);
});

test('a mount of a volume that does not exist is drawn broken, and so is its volume', async ({
  app,
}) => {
  await app.setYaml(`apiVersion: v1
kind: Pod
metadata:
  name: broken
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - name: ghost
          mountPath: /data
`);
  const edge = app.edge(
    'ghost mounted by app at /data, read-write, but the volume is not declared',
  );
  await expect(edge).toHaveAttribute('data-broken', 'true');
  await expect(
    app.canvas.getByRole('group', { name: 'ghost, volume, not declared' }),
  ).toBeVisible();
});

test('the timeline: the native sidecar stops after the main container; the Job completes', async ({
  app,
  page,
}) => {
  const lifecycle = new LifecyclePage(page);
  const native = TEMPLATES.find((t) => t.id === 'log-shipper-native')!;
  await app.setYaml(native.yaml);
  await lifecycle.open();
  const chart = lifecycle.region.getByRole('group', { name: /^Timeline\./ });
  const bar = (name: RegExp) => chart.getByRole('img', { name });
  const shipper = bar(/^logshipper, native sidecar: starts 1st, .*stops after the app containers/);
  const main = bar(/^myapp, main container: /);
  await expect(shipper).toBeVisible();
  const [a, b] = [await shipper.boundingBox(), await main.boundingBox()];
  // Drawn, not only said: the sidecar's bar ends to the right of the main container's.
  expect(a!.x + a!.width).toBeGreaterThan(b!.x + b!.width);

  const job = TEMPLATES.find((t) => t.id === 'job-native-sidecar')!;
  await app.setYaml(job.yaml);
  await expect(chart.getByRole('img', { name: /^Job completes when / })).toBeVisible();
});

test.describe('the picture travels', () => {
  let cli: BuiltCli;
  test.beforeAll(() => {
    cli = buildCli();
  });
  test.afterAll(() => cli.remove());

  test('Export → Download SVG: standalone XML naming every container and volume, equal to `podsmith diagram`', async ({
    app,
    page,
  }) => {
    const template = TEMPLATES.find((t) => t.id === 'utility-sidecar')!;
    await app.setYaml(template.yaml);
    const file = path.join(cli.dir, 'design.yaml');
    fs.writeFileSync(file, await app.getYaml());
    const run = cli.run(['diagram', 'design.yaml']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    // The badges come from the diagnostics, which the app finds a moment after the text: the
    // export equals the CLI's picture once they are in.
    const io = new IoPage(page);
    let saved = await io.download('Download SVG');
    await expect
      .poll(async () => {
        saved = await io.download('Download SVG');
        return saved.bytes.toString('utf8');
      })
      .toBe(run.stdout);
    expect(saved.name).toMatch(/\.svg$/);
    const svg = saved.bytes.toString('utf8');

    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      return { error, root: doc.documentElement.nodeName };
    }, svg);
    expect(parsed).toEqual({ error: null, root: 'svg' });
    const spec = podSpecOf(docs(template.yaml).find((d) => WORKLOADS.includes(d.kind))!);
    for (const c of [...(spec.initContainers ?? []), ...spec.containers])
      expect(svg).toContain(c.name);
    for (const v of spec.volumes ?? []) expect(svg).toContain(v.name);
    // Nothing outside the file: references only to its own #ids.
    expect(svg.match(/(?:href|src)="(?!#)[^"]*"/g)).toBeNull();
    expect(svg.match(/url\((?!#)[^)]*\)/g)).toBeNull();
  });

  test('Export → Download PNG: an image of the diagram', async ({ app, page }) => {
    await app.setYaml(TEMPLATES.find((t) => t.id === 'content-sidecar')!.yaml);
    const saved = await new IoPage(page).download('Download PNG');
    expect(saved.name).toMatch(/\.png$/);
    // The PNG signature, then a picture at twice the diagram's size (sharp on dense screens).
    expect(saved.bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(saved.bytes.readUInt32BE(16)).toBeGreaterThan(400);
  });
});
