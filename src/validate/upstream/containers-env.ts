import type { UpstreamCase, UpstreamSuite } from './cases.ts';

// Env vars, envFrom and resource requirements of containers and pods: Kubernetes' validation tests,
// ported as manifests (the rest of containers.ts's area, split off to keep files small). Read from
// pkg/apis/core/validation/validation_test.go of kubernetes/kubernetes at
// 000f26050b9be6fb3d79fae95e06b47fc96128cd; expectations checked against validation.go of 1.34.1
// (openshift/openshift-apiserver@56aa2d96e).

const SOURCE =
  'pkg/apis/core/validation/validation_test.go @ kubernetes 000f26050b9be6fb3d79fae95e06b47fc96128cd';

/** A Pod whose one container `app` has `fields` (YAML flow-map entries), with more spec lines. */
const pod = (fields: string, spec = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${spec}  containers:\n    - {name: app, image: nginx:1.27.3, ${fields}}\n`;
const ok = (name: string, yaml: string, more: Partial<UpstreamCase> = {}): UpstreamCase => ({
  name,
  yaml,
  errors: [],
  ...more,
});
const bad = (name: string, yaml: string, ...errors: string[]): UpstreamCase => ({
  name,
  yaml,
  errors,
});
const at = (k8s: UpstreamCase['k8s'], x: UpstreamCase): UpstreamCase => ({ ...x, k8s });

const C0 = 'spec.containers[0]';
const V = `${C0}.env[0].valueFrom`;
const env = (...vars: string[]) => pod(`env: [${vars.join(', ')}]`);
const fieldRef = (name: string, fieldPath: string) =>
  `{name: ${name}, valueFrom: {fieldRef: {apiVersion: v1, fieldPath: "${fieldPath}"}}}`;
const SECRET = 'secretKeyRef: {name: a-secret, key: a-key}';
const CONFIG = 'configMapKeyRef: {name: some-config-map, key: some-key}';

const envSuite: UpstreamSuite = {
  test: 'TestValidateEnv',
  functions: ['ValidateEnv', 'validateEnvVarValueFrom', 'validateObjectFieldSelector'],
  source: SOURCE,
  cases: [
    ok(
      'success cases',
      env(
        '{name: abc, value: value}',
        '{name: ABC, value: value}',
        '{name: AbC_123, value: value}',
        '{name: abc, value: ""}',
        '{name: a.b.c, value: value}',
        '{name: a-b-c, value: value}',
        ...[
          "metadata.annotations['key']",
          "metadata.labels['key']",
          'metadata.name',
          'metadata.namespace',
          'metadata.uid',
          'spec.nodeName',
          'spec.serviceAccountName',
          'status.hostIP',
          'status.podIP',
          'status.podIPs',
        ].map((p) => fieldRef('abc', p)),
        `{name: secret_value, valueFrom: {secretKeyRef: {name: some-secret, key: secret-key}}}`,
        `{name: ENV_VAR_1, valueFrom: {${CONFIG}}}`,
      ),
    ),
    ok(
      'relaxed names from 1.32 (TestRelaxedValidateEnv)',
      env(`{name: "!\\"#$%&'()", value: value}`, '{name: ":;<>?@", value: value}'),
    ),
    bad('zero-length name', env('{name: ""}'), `${C0}.env[0].name: Required value`),
    bad(
      'value and valueFrom specified',
      env(
        `{name: abc, value: foo, valueFrom: {fieldRef: {apiVersion: v1, fieldPath: metadata.name}}}`,
      ),
      `${V}: Invalid value`,
    ),
    bad('valueFrom without a source', env('{name: abc, valueFrom: {}}'), `${V}: Invalid value`),
    bad(
      'valueFrom.fieldRef and valueFrom.secretKeyRef specified',
      env(
        `{name: abc, valueFrom: {fieldRef: {apiVersion: v1, fieldPath: metadata.name}, ${SECRET}}}`,
      ),
      `${V}: Invalid value`,
    ),
    bad(
      'valueFrom.fieldRef and valueFrom.configMapKeyRef set',
      env(
        `{name: some_var_name, valueFrom: {fieldRef: {apiVersion: v1, fieldPath: metadata.name}, ${CONFIG}}}`,
      ),
      `${V}: Invalid value`,
    ),
    bad(
      'valueFrom.secretKeyRef.name invalid',
      env('{name: abc, valueFrom: {secretKeyRef: {name: "$%^&*#", key: a-key}}}'),
      `${V}.secretKeyRef.name: Invalid value`,
    ),
    bad(
      'valueFrom.configMapKeyRef.name invalid',
      env('{name: abc, valueFrom: {configMapKeyRef: {name: "$%^&*#", key: some-key}}}'),
      `${V}.configMapKeyRef.name: Invalid value`,
    ),
    bad(
      'missing FieldPath on ObjectFieldSelector',
      env('{name: abc, valueFrom: {fieldRef: {apiVersion: v1}}}'),
      `${V}.fieldRef.fieldPath: Required value`,
    ),
    {
      name: 'missing APIVersion on ObjectFieldSelector',
      yaml: '',
      errors: [],
      skip: 'the API server defaults an empty fieldRef apiVersion to v1 before validation',
    },
    bad(
      'invalid fieldPath',
      env(fieldRef('abc', 'metadata.whoops')),
      `${V}.fieldRef.fieldPath: Invalid value`,
    ),
    bad(
      'metadata.name with subscript',
      env(fieldRef('labels', "metadata.name['key']")),
      `${V}.fieldRef.fieldPath: Invalid value`,
    ),
    bad(
      'metadata.labels without subscript',
      env(fieldRef('labels', 'metadata.labels')),
      `${V}.fieldRef.fieldPath: Unsupported value`,
    ),
    bad(
      'metadata.annotations without subscript',
      env(fieldRef('abc', 'metadata.annotations')),
      `${V}.fieldRef.fieldPath: Unsupported value`,
    ),
    bad(
      'metadata.annotations with invalid key',
      env(fieldRef('abc', "metadata.annotations['invalid~key']")),
      `${V}.fieldRef: Invalid value`,
    ),
    bad(
      'metadata.labels with invalid key',
      env(fieldRef('abc', "metadata.labels['Www.k8s.io/test']")),
      `${V}.fieldRef: Invalid value`,
    ),
    bad(
      'unsupported fieldPath',
      env(fieldRef('abc', 'status.phase')),
      `${V}.fieldRef.fieldPath: Unsupported value`,
    ),
    ok(
      'TestLocalStorageEnvWithFeatureGate and TestHugePagesEnv',
      env(
        ...[
          'limits.ephemeral-storage',
          'requests.ephemeral-storage',
          'limits.hugepages-2Mi',
          'requests.hugepages-2Mi',
        ].map(
          (r, i) =>
            `{name: E${i}, valueFrom: {resourceFieldRef: {containerName: app, resource: ${r}}}}`,
        ),
      ),
    ),
  ],
};

const E = `${C0}.envFrom`;
const envFrom = (...sources: string[]) => pod(`envFrom: [${sources.join(', ')}]`);
const envFromSuite: UpstreamSuite = {
  test: 'TestValidateEnvFrom',
  functions: ['ValidateEnvFrom', 'validateConfigMapEnvSource', 'validateSecretEnvSource'],
  source: SOURCE,
  cases: [
    ok(
      'success cases',
      envFrom(
        '{configMapRef: {name: abc}}',
        '{prefix: pre_, configMapRef: {name: abc}}',
        '{prefix: a.b, configMapRef: {name: abc}}',
        '{secretRef: {name: abc}}',
        '{prefix: pre_, secretRef: {name: abc}}',
        '{prefix: a.b, secretRef: {name: abc}}',
      ),
    ),
    ok(
      'relaxed prefixes from 1.32',
      envFrom('{prefix: "* +,-./0123456789", configMapRef: {name: abc}}'),
    ),
    at(
      '1.31',
      bad(
        'invalid name a (strict prefixes before 1.32)',
        envFrom(`{prefix: ":;<>?@", secretRef: {name: abc}}`),
        `${E}[0].prefix: Invalid value`,
      ),
    ),
    bad(
      'zero-length configMapRef name',
      envFrom('{configMapRef: {name: ""}}'),
      `${E}[0].configMapRef.name: Required value`,
    ),
    bad(
      'invalid configMapRef name',
      envFrom('{configMapRef: {name: $}}'),
      `${E}[0].configMapRef.name: Invalid value`,
    ),
    bad(
      'zero-length secretRef name',
      envFrom('{secretRef: {name: ""}}'),
      `${E}[0].secretRef.name: Required value`,
    ),
    bad(
      'invalid secretRef name',
      envFrom('{secretRef: {name: "&"}}'),
      `${E}[0].secretRef.name: Invalid value`,
    ),
    bad('no refs', envFrom('{prefix: X_}'), `${E}: Invalid value`),
    bad(
      'multiple refs',
      envFrom('{secretRef: {name: abc}, configMapRef: {name: abc}}'),
      `${E}: Invalid value`,
    ),
  ],
};

const res = (limits: string, requests: string) =>
  pod(`resources: {limits: {${limits}}, requests: {${requests}}}`);
const podRes = (limits: string, requests: string) =>
  pod('resources: {}', `  resources: {limits: {${limits}}, requests: {${requests}}}\n`);
const R = `${C0}.resources`;
const resourcesSuite: UpstreamSuite = {
  test: 'TestValidateResourceRequirements',
  functions: [
    'ValidateContainerResourceRequirements',
    'validatePodResourceRequirements',
    'validateResourceRequirements',
    'validateContainerResourceName',
    'validatePodResourceName',
  ],
  source: SOURCE,
  cases: [
    ok(
      'limits and requests of hugepage resource are equal',
      res('cpu: "10", hugepages-2Mi: 2Mi', 'cpu: "10", hugepages-2Mi: 2Mi'),
    ),
    ok('limits and requests of memory resource are equal', res('memory: 2Mi', 'memory: 2Mi')),
    ok('limits and requests of cpu resource are equal', res('cpu: "10"', 'cpu: "10"')),
    ok(
      'pod-level: limits and requests of memory resource are equal',
      podRes('memory: 2Mi', 'memory: 2Mi'),
    ),
    ok(
      'pod-level: limits and requests of cpu resource are equal',
      podRes('cpu: "10"', 'cpu: "10"'),
    ),
    bad(
      'hugepage resource without cpu or memory',
      res('hugepages-2Mi: 2Mi', 'hugepages-2Mi: 2Mi'),
      `${R}: Forbidden`,
    ),
    bad(
      'pod resource with hugepages',
      podRes('hugepages-2Mi: 2Mi', 'hugepages-2Mi: 2Mi'),
      'spec.resources: Forbidden',
    ),
    bad(
      'pod resource with ephemeral-storage',
      podRes('ephemeral-storage: 2Mi', 'ephemeral-storage2Mi: 2Mi'),
      'spec.resources.limits.ephemeral-storage: Unsupported value',
      'spec.resources.requests.ephemeral-storage2Mi: Invalid value',
    ),
    bad(
      'pod resource with unsupported prefixed resources',
      podRes('kubernetesio/cpu: "2"', 'kubernetesio/memory: "2"'),
      'spec.resources.limits["kubernetesio/cpu"]: Unsupported value',
      'spec.resources.requests["kubernetesio/memory"]: Unsupported value',
    ),
    bad(
      'pod resource with unsupported native resources',
      podRes(`kubernetes.io/${'a'.repeat(63)}: "2"`, `kubernetes.io/${'a'.repeat(63)}: "2"`),
      `spec.resources.limits["kubernetes.io/${'a'.repeat(63)}"]: Unsupported value`,
    ),
    bad(
      'pod resource with unsupported empty native resource name',
      podRes('kubernetes.io/: "2"', 'kubernetes.io: "2"'),
      'spec.resources.limits["kubernetes.io/"]: Invalid value',
      'spec.resources.requests["kubernetes.io"]: Invalid value',
    ),
    at(
      '1.33',
      ok(
        'pod-level resources are dropped while PodLevelResources is off (1.33)',
        podRes('hugepages-2Mi: 2Mi', 'hugepages-2Mi: 2Mi'),
      ),
    ),
  ],
};

/** The env and resources suites of the containers area. */
export const CONTAINER_ENV_SUITES: readonly UpstreamSuite[] = [
  envSuite,
  envFromSuite,
  resourcesSuite,
];
