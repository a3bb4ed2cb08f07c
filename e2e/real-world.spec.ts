import { readFileSync } from 'node:fs';
import { CST, Lexer, parseAllDocuments } from 'yaml';
import { test, expect } from './fixtures.ts';
import { ContainersPage } from './pages/containers.ts';
import { InspectorPage } from './pages/inspector.ts';
import { docs, PodSettingsPage } from './pages/pod.ts';
import { VolumesPage } from './pages/volumes.ts';

/**
 * A manifest as teams write them: four documents, thirty comments (full-line and end-of-line),
 * two anchors with their aliases, block scalars, quoted scalars, and fields no form of Podsmith
 * knows (x-* keys at three levels, affinity, topology spread, tolerations).
 */
const ORIGINAL = readFileSync(new URL('./fixtures/real-world.yaml', import.meta.url), 'utf8');

/** The YAML comments of a text, in order; `#` inside block scalars and strings is not one. */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => CST.tokenType(token) === 'comment');
}

/** The text of each document, split at the `---` lines (the first holds the file's header). */
const documentTexts = (text: string) => text.split(/^---\n/m);

/** Lines of `a` not in `b`, counting repeats (a multiset difference). */
function missingLines(a: string, b: string): string[] {
  const left = new Map<string, number>();
  for (const line of b.split('\n')) left.set(line, (left.get(line) ?? 0) + 1);
  return a.split('\n').filter((line) => {
    const n = left.get(line) ?? 0;
    left.set(line, n - 1);
    return n <= 0;
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- YAML data: `expect` checks it
type Data = Record<string, any>;
const byName = (list: Data[], name: string) => list.find((c) => c.name === name)!;

test('five kinds of canvas and form edits on a real-world manifest keep every comment, anchor and unknown field', async ({
  app,
  page,
}) => {
  const arrange = new ContainersPage(app);
  const inspector = new InspectorPage(page, app);
  const volumes = new VolumesPage(page, app);
  const pod = new PodSettingsPage(page, app);
  await app.goto();
  await app.setYaml(ORIGINAL);
  await expect(app.card('api', 'main container')).toBeVisible();
  await expect(app.card('mesh-proxy', 'native sidecar')).toBeVisible();
  const before = docs(ORIGINAL);

  // 1. A native sidecar from the palette, dragged into the pod.
  await app.dragFromPalette('Native sidecar');
  await expect(app.card('sidecar', 'native sidecar')).toBeVisible();

  // 2. Rename the log shipper on its card.
  await app.canvas.getByRole('button', { name: 'Rename log-shipper', exact: true }).click();
  const rename = app.canvas.getByRole('textbox', { name: 'Container name' });
  await rename.fill('log-forwarder');
  await rename.press('Enter');
  await expect(app.card('log-forwarder', 'sidecar')).toBeVisible();

  // 3. A new image for the app, in the inspector.
  const form = await inspector.selectContainer('api', 'main container');
  await inspector.enter(form, 'Image', 'registry.example.com/payments/api:2.15.0');
  await expect.poll(app.getYaml.bind(app)).toContain('payments/api:2.15.0');

  // 4. A volume from the tray, mounted into the app with "Mount into".
  await volumes.add('cache', 'emptyDir');
  const volumeForm = await volumes.select('cache');
  const mountInto = volumes.mountInto(volumeForm);
  await mountInto
    .getByRole('combobox', { name: 'Mount into' })
    .selectOption({ label: 'api (main container)' });
  await mountInto.getByRole('textbox', { name: 'Mount path' }).fill('/var/cache/api');
  await mountInto.getByRole('button', { name: 'Mount cache' }).click();
  await expect(app.edge('cache mounted by api at /var/cache/api, read-write')).toBeVisible();

  // 5. The mesh proxy one place up in the start order, before the migrations.
  await arrange.moveUp('mesh-proxy').click();
  await expect(app.card('mesh-proxy', 'native sidecar').locator('.card-order')).toHaveText('2');

  // 6. The containers share one process namespace (the Pod tab).
  await pod.openTab('Pod');
  await pod.control('Share the process namespace').check();
  await expect.poll(app.getYaml.bind(app)).toContain('shareProcessNamespace: true');

  const after = await app.getYaml();
  const parsed = parseAllDocuments(after);
  expect(parsed.flatMap((d) => [...d.errors, ...d.warnings])).toEqual([]);
  const now = docs(after);

  // Every edit took effect, as data.
  const podSpec = now[1]!.spec.template.spec;
  expect(podSpec.initContainers.map((c: Data) => c.name)).toEqual([
    'wait-for-db',
    'mesh-proxy',
    'migrate',
    'sidecar',
  ]);
  expect(byName(podSpec.initContainers, 'sidecar').restartPolicy).toBe('Always');
  expect(podSpec.containers.map((c: Data) => c.name)).toEqual(['api', 'log-forwarder']);
  expect(podSpec.containers[0].image).toBe('registry.example.com/payments/api:2.15.0');
  expect(podSpec.containers[0].volumeMounts).toContainEqual({
    name: 'cache',
    mountPath: '/var/cache/api',
  });
  expect(podSpec.volumes).toContainEqual({ name: 'cache', emptyDir: {} });
  expect(podSpec.shareProcessNamespace).toBe(true);

  // Every comment is still there, once, and the ones on moved or edited entries stayed with them.
  expect(comments(after)).toEqual(expect.arrayContaining(comments(ORIGINAL)));
  expect(comments(after)).toHaveLength(comments(ORIGINAL).length);
  expect(after).toContain(
    '        # 3. The mesh proxy: a native sidecar, up before the app and still up after it stops.\n' +
      '        - name: mesh-proxy\n',
  );
  expect(after).toContain(
    "        # Classic sidecar: ships the app's logs and stops with the pod.\n" +
      '        - name: log-forwarder\n',
  );
  expect(after).toContain('image: registry.example.com/payments/api:2.15.0 # pinned by CI\n');

  // Every field no form knows is there with its value.
  const deployment = now[1]!;
  const was = before[1]!;
  expect(deployment.metadata['x-team']).toBe('payments');
  expect(deployment.metadata.annotations).toEqual(was.metadata.annotations);
  expect(deployment.spec.strategy).toEqual(was.spec.strategy);
  expect(deployment.spec.template.metadata).toEqual(was.spec.template.metadata);
  const wasSpec = was.spec.template.spec;
  for (const key of [
    'x-cost-center',
    'topologySpreadConstraints',
    'affinity',
    'tolerations',
    'priorityClassName',
    'securityContext',
  ]) {
    expect(podSpec[key], key).toEqual(wasSpec[key]);
  }
  expect(byName(podSpec.initContainers, 'migrate')['x-owner']).toBe('dba-team');
  expect(podSpec.containers[0]['x-debug-port']).toBe(5005);
  expect(podSpec.containers[0].env).toEqual(wasSpec.containers[0].env);
  expect(byName(podSpec.initContainers, 'wait-for-db').command).toEqual(
    byName(wasSpec.initContainers, 'wait-for-db').command,
  );
  // Nothing else changed anywhere: the data is the original with exactly these edits.
  const expected = structuredClone(before);
  const spec = expected[1]!.spec.template.spec;
  const [waitForDb, migrate, meshProxy] = spec.initContainers;
  spec.initContainers = [waitForDb, meshProxy, migrate, byName(podSpec.initContainers, 'sidecar')];
  spec.containers[1].name = 'log-forwarder';
  spec.containers[0].image = 'registry.example.com/payments/api:2.15.0';
  spec.containers[0].volumeMounts.push({ name: 'cache', mountPath: '/var/cache/api' });
  spec.volumes.push({ name: 'cache', emptyDir: {} });
  spec.shareProcessNamespace = true;
  expect(now).toEqual(expected);

  // The anchors are still anchors, the aliases still aliases, and they still resolve.
  for (const mark of [
    '&default-resources',
    '*default-resources',
    '&small-resources',
    '*small-resources',
  ])
    expect(after.split(mark).length - 1, `${mark} in the text`).toBe(1);
  expect(byName(podSpec.containers, 'log-forwarder').resources).toEqual(
    byName(podSpec.initContainers, 'mesh-proxy').resources,
  );
  expect(byName(podSpec.initContainers, 'migrate').resources).toEqual({
    requests: { cpu: '10m', memory: '16Mi' },
    limits: { memory: '16Mi' },
  });

  // The text outside the edits is as it was: the other documents byte for byte, and every line
  // of the original is still there but the two the edits replaced.
  const [header, configMap, , service, budget] = documentTexts(ORIGINAL);
  expect(documentTexts(after)).toEqual([header, configMap, expect.any(String), service, budget]);
  expect(missingLines(ORIGINAL, after)).toEqual([
    '          image: registry.example.com/payments/api:2.14.3 # pinned by CI',
    '        - name: log-shipper',
  ]);
});
