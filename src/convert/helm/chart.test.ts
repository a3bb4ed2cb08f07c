import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportCorpus } from '../corpus-testing.ts';
import { STARTER_YAML } from '../../templates/starter.ts';
import { chartName, designToChart, type Chart } from './chart.ts';
import { HOSTILE_DESIGN } from './hostile-testing.ts';
import { schemaErrors } from './schema-testing.ts';

function chartOf(text: string): Chart {
  const result = designToChart(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const file = (chart: Chart, path: string) => chart.files.find((f) => f.path === path)!.text;
const values = (chart: Chart) => parse(file(chart, 'values.yaml')) as Record<string, any>;

const PODS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-api
spec:
  replicas: 3
  selector:
    matchLabels: { app: shop }
  template:
    metadata:
      labels: { app: shop }
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/example/shop:5.2.1
        - name: proxy
          image: envoyproxy/envoy@sha256:feed
          restartPolicy: Always
      containers:
        - name: api
          image: ghcr.io/example/shop:5.2.1
          env:
            - { name: B, value: "2" }
            - { name: A, value: "1" }
          resources: { limits: { memory: 1Gi } }
        - name: logs
          image: fluent/fluent-bit
        - name: metrics
          image: registry.example.com:5000/exporter:1.0
---
apiVersion: v1
kind: Service
metadata:
  name: shop-api
spec:
  type: NodePort
  ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }]
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: shop-api
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: ghcr.io/example/shop:5.2.1
`;

describe('Helm chart', () => {
  it('has the layout helm create makes, one template per object', () => {
    const chart = chartOf(PODS);
    expect(chart.name).toBe('shop-api');
    expect(chart.files.map((f) => f.path)).toEqual([
      'Chart.yaml',
      'values.yaml',
      'values.schema.json',
      '.helmignore',
      'templates/_helpers.tpl',
      'templates/NOTES.txt',
      'templates/deployment-shop-api.yaml',
      'templates/service-shop-api.yaml',
      'templates/cronjob-shop-api.yaml',
    ]);
    expect(chart.templates).toEqual([
      { file: 'templates/deployment-shop-api.yaml', document: 0 },
      { file: 'templates/service-shop-api.yaml', document: 1 },
      { file: 'templates/cronjob-shop-api.yaml', document: 2 },
    ]);
    expect(parse(file(chart, 'Chart.yaml'))).toEqual({
      apiVersion: 'v2',
      name: 'shop-api',
      description: 'A Helm chart made by Podsmith from a design',
      type: 'application',
      version: '0.1.0',
      appVersion: '5.2.1',
    });
    expect(file(chart, 'templates/_helpers.tpl')).toContain('define "shop-api.labels"');
    expect(file(chart, 'templates/NOTES.txt')).toContain('  - CronJob shop-api');
    expect(chart.notCarried).toEqual([]);
  });

  it('exposes images, replicas, resources, env, init containers and sidecars in order', () => {
    const v = values(chartOf(PODS));
    expect(v.standardLabels).toBe(false);
    expect(v.shopApi).toEqual({
      replicaCount: 3,
      image: { repository: 'ghcr.io/example/shop', tag: '5.2.1' },
      resources: { limits: { memory: '1Gi' } },
      env: [
        { name: 'B', value: '2' },
        { name: 'A', value: '1' },
      ],
      extraVolumeMounts: [],
      sidecars: [
        { name: 'logs', image: { repository: 'fluent/fluent-bit' } },
        {
          name: 'metrics',
          image: { repository: 'registry.example.com:5000/exporter', tag: '1.0' },
        },
      ],
      initContainers: [
        { name: 'migrate', image: { repository: 'ghcr.io/example/shop', tag: '5.2.1' } },
        {
          name: 'proxy',
          image: { repository: 'envoyproxy/envoy', digest: 'sha256:feed' },
          restartPolicy: 'Always',
        },
      ],
      extraVolumes: [],
    });
    expect(v.shopApiService).toEqual({
      type: 'NodePort',
      ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }],
    });
    expect(Object.keys(v)).toEqual([
      'standardLabels',
      'nameOverride',
      'shopApi',
      'shopApiService',
      'shopApi2',
    ]);
    expect(v.shopApi2.image).toEqual({ repository: 'ghcr.io/example/shop', tag: '5.2.1' });
    expect(v.shopApi2.replicaCount).toBeUndefined();
  });

  it('writes values.yaml that YAML 1.1 and 1.2 read alike, strings quoted', () => {
    for (const design of [...exportCorpus(), { name: 'hostile', text: HOSTILE_DESIGN }]) {
      const text = file(chartOf(design.text), 'values.yaml');
      expect(parse(text, { version: '1.1' }), design.name).toEqual(parse(text));
    }
    const text = file(chartOf(HOSTILE_DESIGN), 'values.yaml');
    expect(text).toContain('value: "on"');
    expect(text).toContain('tag: "1.10"');
    expect(text).toContain('memory: 134217728');
  });

  it("escapes the design's own {{ so Go's template engine prints it as it is", () => {
    const chart = chartOf(HOSTILE_DESIGN);
    const template = file(chart, 'templates/configmap-tricky-config.yaml');
    expect(template).toContain('"{{ "{{" }} define \\"x\\" }}{{ "{{" }} end }}"');
    expect(template).not.toContain('PODSMITHHOLE');
  });

  it('names what it cannot carry', () => {
    const text = `---
# a comment
---
- not an object
---
apiVersion: v1
kind: Pod
metadata:
  name: hooked
  annotations: { helm.sh/hook: pre-install }
spec:
  initContainers: []
  volumes: []
  containers:
    - &c { name: a, image: busybox, volumeMounts: [] }
`;
    expect(chartOf(text).notCarried).toEqual([
      'Document 1 is empty: it is left out',
      'Document 2 is not a Kubernetes object (no apiVersion or kind): it is left out',
      'comments (the templates are written from the data)',
      'Pod hooked: an empty volumeMounts list is left out (the same as none)',
      'Pod hooked: an empty initContainers list is left out (the same as none)',
      'Pod hooked: an empty volumes list is left out (the same as none)',
      'Pod hooked: its helm.sh/hook annotation makes it a Helm hook, not a release object',
    ]);
    const aliased = chartOf(
      text.replace('  name: hooked', '  name: &n hooked') + '    - { name: *n }\n',
    );
    expect(aliased.notCarried).toContain('anchors and aliases (written out in full)');
  });

  it('gives a values.schema.json whose references all resolve', () => {
    const schema = JSON.parse(file(chartOf(PODS), 'values.schema.json'));
    const refs = [...JSON.stringify(schema).matchAll(/"#\/definitions\/([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(refs.filter((r) => !schema.definitions[r])).toEqual([]);
    expect(Object.keys(schema.properties)).toEqual(Object.keys(values(chartOf(PODS))));
    expect(schema.definitions.Container.properties.image).toEqual({ $ref: '#/definitions/Image' });
    expect(schema.definitions.Container.properties.restartPolicy).toBeDefined();
  });

  it('gives default values that values.schema.json accepts, and a schema that refuses mistakes', () => {
    for (const design of [...exportCorpus(), { name: 'pods', text: PODS }]) {
      const chart = chartOf(design.text);
      const schema = JSON.parse(file(chart, 'values.schema.json'));
      expect(schemaErrors(values(chart), schema), design.name).toEqual([]);
    }
    const chart = chartOf(PODS);
    const schema = JSON.parse(file(chart, 'values.schema.json'));
    const v = values(chart);
    v.shopApi.replicaCount = -1;
    v.shopApi.image.tag = 1.1;
    v.shopApi.sidecars[0].ports = 'eighty';
    v.shopApi.sidecars[1].imagePullPolicy = 'Always';
    v.shopApi.sidecars[1].imagePulPolicy = 'Always';
    v.shopApiService.type = 'Internal';
    expect(schemaErrors(v, schema)).toEqual([
      '.shopApi.replicaCount: below 0',
      '.shopApi.image: fits 0 of oneOf',
      '.shopApi.sidecars.0.ports: not array',
      '.shopApi.sidecars.1.imagePulPolicy: not allowed',
      '.shopApiService.type: not one of the enum',
    ]);
  });

  it('makes chart names Helm accepts', () => {
    expect(chartName('Web_App.v2')).toBe('web-app-v2');
    expect(chartName('---')).toBe('podsmith');
    expect(chartOf(STARTER_YAML.replace('name: web\n', 'name: Web\n')).name).toBe('web');
    expect(designToChart('a: [1')).toMatchObject({ ok: false });
  });
});
