import fc from 'fast-check';
import { DEFAULT_CONTAINER_ANNOTATION, WORKLOADS } from '../pod/kinds.ts';
import type { WorkloadKind } from '../pod/types.ts';
import {
  CONTAINER_NAMES,
  container,
  resources,
  some,
  volumes,
  type ContainerRole,
} from './containers.ts';

// Whole manifests as plain values: one workload of each kind the designer shows, with its pod
// (main container, classic and native sidecars, init containers, volumes, namespaces), and the
// documents that travel with it: Services that select it or not, ConfigMaps, PVCs, lists,
// custom resources, and documents that are not Kubernetes at all.

type Obj = Record<string, unknown>;

const labels = fc.constantFrom<Obj>(
  { app: 'web' },
  { app: 'web', tier: 'frontend' },
  { 'app.kubernetes.io/name': 'shop', 'app.kubernetes.io/part-of': 'store' },
);

/** A pod spec with distinct container names across both lists, mounts naming its volumes. */
export const podSpec: fc.Arbitrary<Obj> = fc
  .tuple(
    volumes,
    fc.uniqueArray(fc.constantFrom(...CONTAINER_NAMES), { minLength: 1, maxLength: 4 }),
    fc.nat(2),
  )
  .chain(([vols, names, initCount]) => {
    const inits = Math.min(initCount, names.length - 1);
    const volumeNames = vols.map((v) => v.name);
    const initRole = fc.constantFrom<ContainerRole>('init', 'native-sidecar');
    const initContainers = fc.tuple(
      ...names.slice(0, inits).map((n) => initRole.chain((r) => container(n, r, volumeNames))),
    );
    const containers = fc.tuple(...names.slice(inits).map((n) => container(n, 'app', volumeNames)));
    return some(
      {
        containers,
        ...(inits && { initContainers }),
        ...(vols.length && { volumes: fc.constant(vols) }),
      },
      {
        shareProcessNamespace: fc.boolean(),
        hostNetwork: fc.boolean(),
        hostPID: fc.boolean(),
        terminationGracePeriodSeconds: fc.nat(120),
        serviceAccountName: fc.constant('web'),
        securityContext: fc.constant({ runAsNonRoot: true, fsGroup: 2000 }),
        overhead: fc.constant({ cpu: '10m', memory: '32Mi' }),
        resources,
        nodeSelector: fc.constant({ disktype: 'ssd' }),
        tolerations: fc.constant([{ operator: 'Exists' }]),
      },
      3,
    );
  });

/** The pod template's metadata, sometimes naming the main container by annotation. */
function template(spec: Obj, podLabels: Obj, annotate: boolean) {
  const apps = spec.containers as Obj[];
  const main = apps[apps.length - 1]!.name;
  const annotations = annotate ? { [DEFAULT_CONTAINER_ANNOTATION]: main } : undefined;
  return { metadata: { labels: podLabels, ...(annotations && { annotations }) }, spec };
}

const kind = fc.constantFrom(...(Object.keys(WORKLOADS) as WorkloadKind[]));

/** One workload of any kind the designer shows, around a random pod. */
export const workload: fc.Arbitrary<Obj> = fc
  .record({
    kind,
    name: fc.constantFrom('web', 'shop', 'batch-report', 'db'),
    namespace: fc.option(fc.constantFrom('default', 'team-a'), { nil: undefined }),
    labels,
    spec: podSpec,
    annotate: fc.boolean(),
    replicas: fc.nat(5),
    restartPolicy: fc.constantFrom('Never', 'OnFailure'),
  })
  .map(({ kind, name, namespace, labels, spec, annotate, replicas, restartPolicy }) => {
    const metadata = { name, ...(namespace && { namespace }), labels };
    const pod = template(spec, labels, annotate);
    const selector = { matchLabels: labels };
    switch (kind) {
      case 'Pod':
        return { apiVersion: 'v1', kind, metadata: { ...metadata, ...pod.metadata }, spec };
      case 'Deployment':
        return {
          apiVersion: 'apps/v1',
          kind,
          metadata,
          spec: { replicas, selector, strategy: { type: 'RollingUpdate' }, template: pod },
        };
      case 'StatefulSet': {
        const claim = {
          metadata: { name: 'state' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
        };
        const set = { replicas, serviceName: name, selector, template: pod };
        return {
          apiVersion: 'apps/v1',
          kind,
          metadata,
          spec: { ...set, volumeClaimTemplates: [claim] },
        };
      }
      case 'DaemonSet':
        return { apiVersion: 'apps/v1', kind, metadata, spec: { selector, template: pod } };
      case 'ReplicaSet':
        return {
          apiVersion: 'apps/v1',
          kind,
          metadata,
          spec: { replicas, selector, template: pod },
        };
      case 'ReplicationController':
        return {
          apiVersion: 'v1',
          kind,
          metadata,
          spec: { replicas, selector: labels, template: pod },
        };
      case 'Job':
      case 'CronJob': {
        const job = {
          backoffLimit: 3,
          template: { ...pod, spec: { ...spec, restartPolicy } },
        };
        if (kind === 'Job') return { apiVersion: 'batch/v1', kind, metadata, spec: job };
        const cron = { schedule: '*/15 * * * *', timeZone: 'Etc/UTC', jobTemplate: { spec: job } };
        return { apiVersion: 'batch/v1', kind, metadata, spec: cron };
      }
    }
  });

const service = fc
  .record({
    name: fc.constantFrom('web', 'front', 'metrics'),
    selector: labels,
    type: fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer', undefined),
    ports: fc.array(
      fc.record(
        {
          name: fc.constantFrom('http', 'metrics'),
          port: fc.constantFrom(80, 443, 9090),
          targetPort: fc.oneof(fc.constantFrom(8080, 9090), fc.constantFrom('http', 'metrics')),
          protocol: fc.constantFrom('TCP', 'UDP'),
        },
        { requiredKeys: ['port'] },
      ),
      { minLength: 1, maxLength: 2 },
    ),
  })
  .map(({ name, selector, type, ports }) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name },
    spec: { ...(type && { type }), selector, ports },
  }));

/** A key no plain object literal can hold as its own: JSON.parse makes it an own property. */
const protoKeys: Obj = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}') as Obj;

const other = fc.oneof(
  service,
  fc.constant({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'app-config' },
    data: { 'app.yaml': 'level: debug\nname: ☸ web\n', x: '' },
  }),
  fc.constant({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'data' },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } },
  }),
  fc.constant({
    apiVersion: 'example.com/v1',
    kind: 'Widget',
    metadata: { name: 'w' },
    spec: { size: 3, containers: 'not a list' },
  }),
  fc.constant({ tool: 'not-kubernetes', settings: { strict: true }, owners: ['alice', 'bob'] }),
  fc.constant({ apiVersion: 'v1', kind: 'ConfigMap', metadata: protoKeys }),
  fc.constant<unknown>('just a scalar'),
  fc.constant<unknown>([1, 'two', { three: 3 }]),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A Kubernetes `List` holding a workload and what goes with it (kubectl get -o yaml writes these). */
const list = fc
  .tuple(workload, fc.array(other, { maxLength: 2 }))
  .map(([w, rest]) => ({ apiVersion: 'v1', kind: 'List', items: [w, ...rest] }));

/** Documents that travel with a workload, or stand in for one. */
export const otherDocument: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: other, weight: 6 },
  { arbitrary: list, weight: 1 },
);

/** A design with at least one workload, somewhere among up to three other documents. */
export const workloadDesign: fc.Arbitrary<unknown[]> = fc
  .tuple(workload, fc.array(otherDocument, { maxLength: 3 }), fc.nat(3))
  .map(([w, rest, at]) => {
    const docs = [...rest];
    docs.splice(at % (docs.length + 1), 0, w);
    return docs;
  });

/** Any design: with or without workloads, up to five documents. */
export const anyDesign: fc.Arbitrary<unknown[]> = fc.oneof(
  { arbitrary: workloadDesign, weight: 4 },
  { arbitrary: fc.array(fc.oneof(workload, otherDocument), { maxLength: 5 }), weight: 1 },
);
