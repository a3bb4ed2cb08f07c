import { stringify } from 'yaml';
import type { UpstreamCase, UpstreamSuite } from './cases.ts';
import {
  container,
  make,
  podSpec,
  set,
  SOURCE,
  template,
  type Obj,
  type Tweak,
} from './apps-base.ts';

// TestValidateDeployment, TestValidateReplicaSet and TestValidateReplicationController: see
// apps-base.ts for how upstream's cases became manifests.

const dep = make('Deployment', {
  selector: { matchLabels: { name: 'abc' } },
  strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } },
  template: template({ name: 'abc' }),
});
const strategy = (s: Obj): Tweak => set({ strategy: s });

export const validateDeployment: UpstreamSuite = {
  test: 'TestValidateDeployment',
  functions: [
    'ValidateDeployment',
    'ValidateDeploymentSpec',
    'ValidateDeploymentStrategy',
    'ValidateRollingUpdateDeployment',
  ],
  source: SOURCE,
  cases: [
    dep('validDeployment()', []),
    dep(
      'validDeployment() with hostNetwork',
      [],
      podSpec({
        hostNetwork: true,
        containers: [{ ...container, ports: [{ containerPort: 12345, protocol: 'TCP' }] }],
      }),
    ),
    dep(
      'metadata.name: Required value',
      ['metadata.name: Required value'],
      (o) => void (o.metadata.name = ''),
    ),
    dep(
      '`selector` does not match template `labels`',
      ['spec.template.metadata.labels: Invalid value'],
      set({ selector: { matchLabels: { name: 'def' } } }),
    ),
    dep(
      'Unsupported value: "Never"',
      ['spec.template.spec.restartPolicy: Unsupported value'],
      podSpec({ restartPolicy: 'Never' }),
    ),
    // Upstream: spec.strategy: Unsupported value (the whole strategy).
    dep(
      'supported values: "Recreate", "RollingUpdate"',
      ['spec.strategy.type: Unsupported value'],
      strategy({ type: 'randomType', rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } }),
    ),
    dep(
      "may not be specified when strategy `type` is 'Recreate'",
      ['spec.strategy.rollingUpdate: Forbidden'],
      strategy({ type: 'Recreate', rollingUpdate: {} }),
    ),
    dep(
      'a valid percent string must be',
      ['spec.strategy.rollingUpdate.maxSurge: Invalid value'],
      strategy({ type: 'RollingUpdate', rollingUpdate: { maxSurge: '20Percent' } }),
    ),
    dep(
      'may not be 0 when `maxSurge` is 0',
      ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value'],
      strategy({ type: 'RollingUpdate', rollingUpdate: { maxSurge: '0%', maxUnavailable: 0 } }),
    ),
    dep(
      'must not be greater than 100%',
      ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value'],
      strategy({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '110%' } }),
    ),
    dep(
      'must be greater than or equal to 0',
      [],
      'apps/v1 has no rollbackTo: the case sets the internal field (from the deprecated.deployment.rollback.to annotation), which Podsmith does not read',
    ),
    dep(
      'must be greater than minReadySeconds',
      ['spec.progressDeadlineSeconds: Invalid value'],
      set({ progressDeadlineSeconds: 600, minReadySeconds: 600 }),
    ),
    dep(
      'ephemeral containers not allowed',
      ['spec.template.spec.ephemeralContainers: Forbidden'],
      podSpec({
        ephemeralContainers: [
          {
            name: 'ec',
            image: 'image',
            imagePullPolicy: 'IfNotPresent',
            terminationMessagePolicy: 'File',
          },
        ],
      }),
    ),
  ],
};

const rs = make('ReplicaSet', { selector: { matchLabels: { a: 'b' } }, template: template() });

export const validateReplicaSet: UpstreamSuite = {
  test: 'TestValidateReplicaSet',
  functions: [
    'ValidateReplicaSet',
    'ValidateReplicaSetSpec',
    'ValidatePodTemplateSpecForReplicaSet',
  ],
  source: SOURCE,
  cases: [
    rs('abc', []),
    rs('abc-123', [], (o) => void (o.metadata.name = 'abc-123')),
    rs(
      'hostnet',
      [],
      (o) => void (o.metadata.name = 'hostnet'),
      podSpec({
        hostNetwork: true,
        containers: [{ ...container, ports: [{ containerPort: 12345, protocol: 'TCP' }] }],
      }),
    ),
    rs(
      'abc-123 with one replica and a read-write disk',
      [],
      set({ replicas: 1 }),
      podSpec({
        volumes: [
          {
            name: 'gcepd',
            gcePersistentDisk: { pdName: 'my-PD', fsType: 'ext4', partition: 1, readOnly: false },
          },
        ],
      }),
    ),
    rs('zero-length ID', ['metadata.name: Required value'], (o) => void (o.metadata.name = '')),
    rs('empty selector', ['spec.selector: Required value'], set({ selector: null })),
    rs(
      'selector_doesnt_match',
      ['spec.template.metadata.labels: Invalid value'],
      set({ selector: { matchLabels: { foo: 'bar' } } }),
    ),
    rs(
      'invalid manifest',
      ['spec.template.metadata.labels: Invalid value'],
      set({ template: null }),
    ),
    rs(
      'negative_replicas',
      ['spec.replicas: Invalid value'],
      set({ replicas: -1, template: null }),
    ),
    rs(
      'invalid restart policy 1',
      ['spec.template.spec.restartPolicy: Unsupported value'],
      podSpec({ restartPolicy: 'OnFailure' }),
    ),
    rs(
      'invalid restart policy 2',
      ['spec.template.spec.restartPolicy: Unsupported value'],
      podSpec({ restartPolicy: 'Never' }),
    ),
  ],
};

/** TestValidateReplicationController of core validation_test.go (same stored version as service.ts). */
function rcCase(name: string, errors: string[], spec: Obj, skip?: string): UpstreamCase {
  const o = {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name: 'abc', namespace: 'default' },
    spec,
  };
  return { name, yaml: stringify(o), errors, ...(skip ? { skip } : {}) };
}
const rcTemplate = (spec: Obj = {}) => template({ a: 'b' }, spec);

export const validateReplicationController: UpstreamSuite = {
  test: 'TestValidateReplicationController',
  functions: [
    'ValidateReplicationController',
    'ValidateReplicationControllerSpec',
    'ValidatePodTemplateSpecForRC',
  ],
  source:
    'pkg/apis/core/validation/validation_test.go @ kubernetes 000f26050b9be6fb3d79fae95e06b47fc96128cd',
  cases: [
    rcCase('abc', [], { selector: { a: 'b' }, template: rcTemplate() }),
    rcCase('abc with one replica and a read-write disk', [], {
      replicas: 1,
      selector: { a: 'b' },
      template: rcTemplate({
        volumes: [
          {
            name: 'gcepd',
            gcePersistentDisk: { pdName: 'my-PD', fsType: 'ext4', partition: 1, readOnly: false },
          },
        ],
      }),
    }),
    rcCase('hostnet', [], {
      replicas: 1,
      selector: { a: 'b' },
      template: rcTemplate({
        hostNetwork: true,
        containers: [{ ...container, ports: [{ containerPort: 12345, protocol: 'TCP' }] }],
      }),
    }),
    rcCase(
      'empty selector',
      [],
      { template: rcTemplate() },
      'SetDefaults_ReplicationController copies the template labels into an empty selector before validation',
    ),
    rcCase('selector_doesnt_match', ['spec.template.metadata.labels: Invalid value'], {
      selector: { foo: 'bar' },
      template: rcTemplate(),
    }),
    rcCase('invalid manifest', ['spec.template: Required value'], { selector: { a: 'b' } }),
    rcCase('negative_replicas', ['spec.replicas: Invalid value', 'spec.template: Required value'], {
      replicas: -1,
      selector: { a: 'b' },
    }),
    rcCase('invalid restart policy 1', ['spec.template.spec.restartPolicy: Unsupported value'], {
      selector: { a: 'b' },
      template: rcTemplate({ restartPolicy: 'OnFailure' }),
    }),
    rcCase('invalid restart policy 2', ['spec.template.spec.restartPolicy: Unsupported value'], {
      selector: { a: 'b' },
      template: rcTemplate({ restartPolicy: 'Never' }),
    }),
    rcCase(
      'template may not contain ephemeral containers',
      ['spec.template.spec.ephemeralContainers: Forbidden'],
      {
        replicas: 1,
        selector: { a: 'b' },
        template: rcTemplate({
          ephemeralContainers: [
            {
              name: 'debug',
              image: 'image',
              imagePullPolicy: 'IfNotPresent',
              terminationMessagePolicy: 'File',
            },
          ],
        }),
      },
    ),
  ],
};
