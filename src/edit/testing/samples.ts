import fc from 'fast-check';
import type { Path } from '../../yaml/path.ts';

/** Where a field or list path starts: a container, the pod spec, the document or the pod template. */
export type Scope = 'container' | 'podSpec' | 'document' | 'template';

/** Scalars that need quoting or look like something else in YAML, and a few collections. */
export const fieldValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  'plain',
  'yes',
  'on',
  'off',
  'y',
  'NO',
  '1_000',
  '2001-12-14',
  '123',
  'with: colon',
  '#not-a-comment',
  'trailing # hash',
  ' leading space',
  'two\nlines',
  '',
  "it's",
  '"double"',
  '*not-an-alias',
  0,
  42,
  1.5,
  true,
  false,
  null,
  { nested: 'map', n: 1 },
  ['a', 'b'],
  [{ name: 'item', value: 'v' }],
  {},
  [],
);

/** Fields people set through forms, per scope; `undefined` values remove the field. */
export const FIELDS: Record<Scope, Path[]> = {
  container: [
    ['image'],
    ['imagePullPolicy'],
    ['workingDir'],
    ['securityContext', 'runAsNonRoot'],
    ['resources', 'limits', 'cpu'],
    ['resources', 'requests', 'memory'],
    ['resources'],
    ['env'],
    ['args'],
    ['readinessProbe', 'httpGet', 'port'],
  ],
  podSpec: [
    ['terminationGracePeriodSeconds'],
    ['shareProcessNamespace'],
    ['hostname'],
    ['securityContext', 'fsGroup'],
    ['nodeSelector', 'disktype'],
    ['restartPolicy'],
    ['serviceAccountName'],
  ],
  document: [
    ['metadata', 'labels', 'tier'],
    ['metadata', 'annotations', 'note'],
    ['metadata', 'namespace'],
    ['metadata', 'name'],
    ['spec', 'replicas'],
    ['spec', 'selector', 'matchLabels', 'extra'],
    ['spec', 'strategy'],
  ],
  template: [
    ['metadata', 'labels', 'version'],
    ['metadata', 'annotations', 'prometheus.io/scrape'],
  ],
};

/** Lists edited item by item, with items that fit them. */
export const LISTS: Record<Scope, { path: Path; items: unknown[] }[]> = {
  container: [
    {
      path: ['ports'],
      items: [
        { name: 'metrics', containerPort: 9090 },
        { containerPort: 53, protocol: 'UDP' },
      ],
    },
    {
      path: ['env'],
      items: [
        { name: 'A', value: '1' },
        { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      ],
    },
    { path: ['args'], items: ['--flag', 'x: y', '#h', "it's"] },
    { path: ['command'], items: ['sh', '-c'] },
  ],
  podSpec: [
    { path: ['tolerations'], items: [{ operator: 'Exists' }, { key: 'k', effect: 'NoSchedule' }] },
    { path: ['imagePullSecrets'], items: [{ name: 'registry' }] },
  ],
  document: [{ path: ['metadata', 'finalizers'], items: ['example.com/keep', 'x'] }],
  template: [],
};

/** Documents appended beside the workload: a ConfigMap, something not Kubernetes, a Secret. */
export const DOCUMENTS: Record<string, unknown>[] = [
  {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'extra' },
    data: { 'a.conf': 'x: 1\n' },
  },
  { tool: 'not-kubernetes', list: [1, 'two', { three: 3 }] },
  {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 's' },
    stringData: { token: "it's # secret" },
  },
];
