import fc from 'fast-check';

// Containers and volumes as people write them: every field the designer knows about, in the
// shapes real manifests use (numbers and names for ports, each probe and hook handler, each env
// source), with a few values that are legal YAML but wrong for Kubernetes mixed in.

type Obj = Record<string, unknown>;

/**
 * A record with `required` and at most `most` of the `optional` fields: real containers set a few
 * fields each, and a record with every optional field at even odds is three times too big.
 */
export function some(
  required: Record<string, fc.Arbitrary<unknown>>,
  optional: Record<string, fc.Arbitrary<unknown>>,
  most: number,
): fc.Arbitrary<Obj> {
  return fc
    .subarray(Object.keys(optional), { maxLength: most })
    .chain((keys) =>
      fc.record({ ...required, ...Object.fromEntries(keys.map((k) => [k, optional[k]!])) }),
    );
}

/** Names for containers; a pod takes each at most once. */
export const CONTAINER_NAMES = [
  'app',
  'web',
  'log',
  'proxy',
  'mesh',
  'init-db',
  'migrate',
  'fetch',
  'metrics',
  'shipper',
] as const;

const image = fc.constantFrom(
  'nginx:1.27',
  'busybox:1.36',
  'envoyproxy/envoy:v1.31.0',
  'fluent/fluent-bit',
  'registry.example.com:5000/team/app:v2',
  'example/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  'redis:latest',
);

const command = fc.constantFrom(
  ['sh', '-c', 'exec app --serve'],
  ['sleep', 'infinity'],
  ['tail', '-F', '/var/log/app.log'],
  ['sh', '-c', 'until nc -z db 5432; do sleep 1; done'],
  ['/bin/migrate', 'up'],
);
const args = fc.constantFrom(['--port=8080'], ['--verbose', "--name=it's"], ['-c', 'x: y']);

const portNumber = fc.oneof(
  fc.constantFrom(80, 443, 8080, 8443, 9090, 53, 15001),
  fc.integer({ min: 1, max: 65535 }),
);
const portName = fc.constantFrom('http', 'https', 'metrics', 'grpc', 'admin', 'dns');
const port = fc.record(
  {
    name: portName,
    containerPort: portNumber,
    protocol: fc.constantFrom('TCP', 'UDP', 'SCTP'),
    hostPort: portNumber,
  },
  { requiredKeys: ['containerPort'] },
);

const cpu = fc.constantFrom('100m', '250m', '0.5', '1', '1500m', '2', 1, 0.25);
const memory = fc.constantFrom('64Mi', '128Mi', '512Mi', '1Gi', '500M', '1e3', 134217728);
const storage = fc.constantFrom('1Gi', '500Mi', '10G');
const amounts = fc.record(
  { cpu, memory, 'ephemeral-storage': storage },
  { requiredKeys: [] },
) as fc.Arbitrary<Obj>;
/** Requests and limits, each of cpu, memory and ephemeral-storage left out or set. */
export const resources = fc.record({ requests: amounts, limits: amounts }, { requiredKeys: [] });

const probePort = fc.oneof(portNumber, portName);
const probeHandler = fc.oneof(
  fc.record({
    httpGet: fc.record({ path: fc.constantFrom('/healthz', '/ready', '/'), port: probePort }),
  }),
  fc.record({ tcpSocket: fc.record({ port: probePort }) }),
  fc.record({ exec: fc.record({ command: fc.constant(['cat', '/tmp/healthy']) }) }),
  fc.record({ grpc: fc.record({ port: portNumber }) }),
);
const probe = fc
  .tuple(
    probeHandler,
    some(
      {},
      {
        initialDelaySeconds: fc.nat(30),
        periodSeconds: fc.integer({ min: 1, max: 60 }),
        timeoutSeconds: fc.integer({ min: 1, max: 10 }),
        failureThreshold: fc.integer({ min: 1, max: 10 }),
        successThreshold: fc.integer({ min: 1, max: 3 }),
        terminationGracePeriodSeconds: fc.nat(60),
      },
      2,
    ),
  )
  .map(([handler, timing]) => ({ ...handler, ...timing }));

const hook = fc.oneof(
  fc.record({ exec: fc.record({ command: fc.constant(['sh', '-c', 'sleep 5']) }) }),
  fc.record({ sleep: fc.record({ seconds: fc.nat(30) }) }),
  fc.record({ httpGet: fc.record({ path: fc.constant('/drain'), port: probePort }) }),
);
const lifecycle = fc.record({ postStart: hook, preStop: hook }, { requiredKeys: [] });

const envVar = fc.oneof(
  fc.record({
    name: fc.constantFrom('A', 'LOG_LEVEL', 'MOTD'),
    value: fc.constantFrom('1', 'debug', 'two words', 'yes', ''),
  }),
  fc.constant({ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }),
  fc.constant({ name: 'PASS', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }),
  fc.constant({ name: 'CONF', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'x' } } }),
  fc.constant({
    name: 'MEM',
    valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } },
  }),
);

const securityContext = some(
  {},
  {
    runAsNonRoot: fc.boolean(),
    runAsUser: fc.nat(65535),
    readOnlyRootFilesystem: fc.boolean(),
    privileged: fc.boolean(),
    allowPrivilegeEscalation: fc.boolean(),
    capabilities: fc.constant({ drop: ['ALL'] }),
  },
  2,
);

export type ContainerRole = 'app' | 'init' | 'native-sidecar';

/**
 * One container named `name` for its list, mounting some of `volumes`: a native sidecar gets
 * `restartPolicy: Always`, and only containers that run all along get readiness probes.
 */
export function container(
  name: string,
  role: ContainerRole,
  volumes: readonly string[],
): fc.Arbitrary<Obj> {
  const mount = fc.record(
    {
      name: volumes.length ? fc.constantFrom(...volumes) : fc.constant('missing'),
      mountPath: fc.constantFrom('/data', '/var/log', '/cache', '/etc/app', '/tmp/x'),
      readOnly: fc.boolean(),
      subPath: fc.constantFrom('sub', 'a/b'),
    },
    { requiredKeys: ['name', 'mountPath'] },
  );
  const fields = {
    imagePullPolicy: fc.constantFrom('Always', 'IfNotPresent', 'Never'),
    command,
    args,
    workingDir: fc.constant('/srv'),
    ports: fc.array(port, { maxLength: 3 }),
    env: fc.array(envVar, { maxLength: 3 }),
    resources,
    volumeMounts: fc.array(mount, { maxLength: 2 }),
    livenessProbe: probe,
    ...(role === 'init' ? {} : { readinessProbe: probe, startupProbe: probe, lifecycle }),
    securityContext,
    'x-custom': fc.constant(`keep-me-${name}`),
  };
  return some({ image }, fields, 5).map((c) => ({
    name,
    ...c,
    ...(role === 'native-sidecar' ? { restartPolicy: 'Always' } : {}),
  }));
}

const volumeSource = fc.oneof(
  fc.constantFrom<Obj>(
    { emptyDir: {} },
    { emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
    { configMap: { name: 'app-config' } },
    { secret: { secretName: 'db', defaultMode: 0o400 } },
    { persistentVolumeClaim: { claimName: 'data' } },
    { hostPath: { path: '/var/log', type: 'Directory' } },
    { downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } },
    { projected: { sources: [{ configMap: { name: 'app-config' } }] } },
  ),
);

/** Pod volumes with distinct names, each with one source. */
export const volumes = fc
  .uniqueArray(fc.constantFrom('data', 'logs', 'cache', 'config', 'secrets', 'scratch'), {
    maxLength: 4,
  })
  .chain((names) =>
    fc.tuple(...names.map((name) => volumeSource.map((source) => ({ name, ...source })))),
  );
