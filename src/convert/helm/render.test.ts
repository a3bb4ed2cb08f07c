import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportCorpus } from '../corpus-testing.ts';
import { parseDesign } from '../../yaml/parse.ts';
import { designToChart, type Chart } from './chart.ts';
import { HOSTILE_DESIGN } from './hostile-testing.ts';
import {
  goRendererMissing,
  helmRenderBinary,
  renderChart,
  writeFiles,
  type RenderedDocument,
} from './render-testing.ts';
import { yamlText } from './yaml-text.ts';

// Ground truth for the charts: scripts/helm-render, Helm's template engine semantics (pkg/engine)
// rebuilt on Go's text/template with Debian's sprig 3.2.3 and sigs.k8s.io/yaml 1.3.0. It is not
// the Helm binary, which cannot be installed here; without Go or those sources the tests are
// skipped and say why, never faked.

const designs = [...exportCorpus(), { name: 'hostile strings', text: HOSTILE_DESIGN }];
const skip = goRendererMissing;
const why = skip ? ` (skipped: ${skip})` : '';

let root = '';
beforeAll(() => {
  if (skip) return;
  helmRenderBinary();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'podsmith-helm-'));
}, 180_000);
afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

function chartOf(text: string): Chart {
  const result = designToChart(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

let count = 0;
/** Renders `chart` with values.yaml changed by `edit` (as people edit it: the text, re-read). */
function render(chart: Chart, edit?: (values: any) => void): RenderedDocument[] {
  const dir = path.join(root, String(count++));
  writeFiles(dir, chart.files);
  if (edit) {
    const file = path.join(dir, 'values.yaml');
    const values = parse(fs.readFileSync(file, 'utf8'));
    edit(values);
    fs.writeFileSync(file, yamlText(values, { quoteStrings: true }));
  }
  return renderChart(dir);
}

const plain = (v: unknown) => JSON.parse(JSON.stringify(v));
const bySource = (docs: RenderedDocument[]) =>
  [...docs].sort((a, b) => a.source.localeCompare(b.source));

/** What the chart must render: each design object, from the template made for it. */
function expected(chart: Chart, text: string): RenderedDocument[] {
  const values = parseDesign(text).values;
  return chart.templates.map((t) => ({
    source: `${chart.name}/${t.file}`,
    object: plain(values[t.document]),
  }));
}

describe("Helm chart rendered by Helm's engine semantics rebuilt in Go (text/template + Debian's sprig 3.2.3, not the Helm binary)", () => {
  it.skipIf(skip).each(designs.map((d) => [d.name, d.text] as const))(
    `%s: the default values render the design's objects${why}`,
    (_name, text) => {
      const chart = chartOf(text);
      expect(bySource(render(chart))).toEqual(bySource(expected(chart, text)));
    },
    60_000,
  );

  it.skipIf(skip)(
    `standardLabels adds helm create's labels to every object and changes nothing else${why}`,
    () => {
      const text = designs.find((d) => d.name === 'fixture schema-web-native-sidecar.yaml')!.text;
      const chart = chartOf(text);
      const rendered = bySource(render(chart, (v) => (v.standardLabels = true)));
      const want = bySource(expected(chart, text));
      rendered.forEach((doc, i) => {
        const object = doc.object as any;
        const own = (want[i]!.object as any).metadata.labels;
        expect(object.metadata.labels).toEqual({
          'helm.sh/chart': `${chart.name}-0.1.0`,
          'app.kubernetes.io/name': chart.name,
          'app.kubernetes.io/instance': 'release-name',
          'app.kubernetes.io/version': '1.27.3',
          'app.kubernetes.io/managed-by': 'Helm',
          ...own,
        });
        if (own) object.metadata.labels = own;
        else delete object.metadata.labels;
      });
      expect(rendered).toEqual(want);
    },
    60_000,
  );

  it.skipIf(skip)(
    `what users change per environment reaches the objects${why}`,
    () => {
      const text = designs.find((d) => d.name === 'template content-sidecar')!.text;
      const chart = chartOf(text);
      const [pod, service] = render(chart, (v) => {
        v.nginx.image.tag = '1.27.3';
        v.nginx.env = [{ name: 'MODE', value: 'on' }];
        v.nginx.resources.limits.memory = '1Gi';
        v.nginx.sidecars[0].image = { repository: 'busybox', digest: 'sha256:abc' };
        v.nginx.sidecars.push({ name: 'late', image: 'alpine:3.20', restartPolicy: 'Always' });
        v.nginx.initContainers = [{ name: 'first', image: { repository: 'alpine', tag: '3.20' } }];
        v.nginx.extraVolumes = [{ name: 'cache', emptyDir: {} }];
        v.nginx.extraVolumeMounts = [{ name: 'cache', mountPath: '/cache' }];
        v.nginxService.type = 'LoadBalancer';
        v.nginxService.ports[0].port = 8080;
      }).map((d) => d.object as any);
      const [nginx, content, late] = pod.spec.containers;
      expect(nginx.image).toBe('docker.io/library/nginx:1.27.3');
      expect(nginx.env).toEqual([{ name: 'MODE', value: 'on' }]);
      expect(nginx.resources.limits.memory).toBe('1Gi');
      expect(nginx.volumeMounts.map((m: any) => m.mountPath)).toEqual([
        '/usr/share/nginx/html',
        '/cache',
      ]);
      expect(content.image).toBe('busybox@sha256:abc');
      expect(late).toEqual({ name: 'late', image: 'alpine:3.20', restartPolicy: 'Always' });
      expect(pod.spec.initContainers).toEqual([{ name: 'first', image: 'alpine:3.20' }]);
      expect(pod.spec.volumes.map((v: any) => v.name)).toEqual(['shared-data', 'cache']);
      expect(service.spec.type).toBe('LoadBalancer');
      expect(service.spec.ports[0].port).toBe(8080);
    },
    60_000,
  );

  it.skipIf(skip)(
    `empty lists the chart fills from values are left out, as notCarried says; others are kept${why}`,
    () => {
      const text = `apiVersion: v1
kind: Pod
metadata:
  name: bare
spec:
  initContainers: []
  volumes: []
  containers:
    - name: app
      image: busybox
      volumeMounts: []
      env: []
      resources: {}
`;
      const chart = chartOf(text);
      expect(chart.notCarried).toHaveLength(3);
      const [pod] = render(chart).map((d) => d.object as any);
      expect(pod.spec).toEqual({
        containers: [{ name: 'app', image: 'busybox', env: [], resources: {} }],
      });
    },
  );

  it.skipIf(skip)(`replicas left unset stay unset, and a million stay an integer${why}`, () => {
    const text = designs
      .find((d) => d.name === 'template starter')!
      .text.replace('  replicas: 1\n', '');
    const chart = chartOf(text);
    expect(render(chart)).toEqual(expected(chart, text));
    const [deployment] = render(chart, (v) => (v.web.replicaCount = 1000000));
    expect((deployment!.object as any).spec.replicas).toBe(1000000);
  });
});
