import type { UpstreamSuite } from './cases.ts';
import {
  container,
  DEFAULTED,
  GATE,
  make,
  podSpec,
  set,
  SOURCE,
  template,
  type Obj,
  type Tweak,
} from './apps-base.ts';
import {
  validateDeployment,
  validateReplicaSet,
  validateReplicationController,
} from './apps-replicas.ts';

// TestValidateStatefulSet, TestValidateStatefulSetMinReadySeconds, TestValidateDaemonSet and
// TestDaemonSetUpdateMaxSurge: see apps-base.ts for how upstream's cases became manifests.

const ss = make('StatefulSet', {
  podManagementPolicy: 'OrderedReady',
  selector: { matchLabels: { a: 'b' } },
  template: template(),
  updateStrategy: { type: 'RollingUpdate' },
});
const rolling = (fields: Obj, type = 'RollingUpdate'): Tweak =>
  set({ replicas: 3, updateStrategy: { type, rollingUpdate: fields } });

export const validateStatefulSet: UpstreamSuite = {
  test: 'TestValidateStatefulSet',
  functions: ['ValidateStatefulSet', 'ValidateStatefulSetSpec', 'validateRollingUpdateStatefulSet'],
  source: SOURCE,
  cases: [
    ss('alpha name', []),
    ss('alphanumeric name', [], (o) => void (o.metadata.name = 'abc-123')),
    ss(
      'hostNetwork true',
      [],
      podSpec({
        hostNetwork: true,
        containers: [{ ...container, ports: [{ containerPort: 12345, protocol: 'TCP' }] }],
      }),
    ),
    ss('parallel pod management', [], set({ podManagementPolicy: 'Parallel' })),
    ss('ordered ready pod management', [], set({ podManagementPolicy: 'OrderedReady' })),
    ss('update strategy', [], rolling({ partition: 2 })),
    ss(
      'PVC policy [enable StatefulSetAutoDeletePVC]',
      [],
      set({
        persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Retain' },
      }),
    ),
    ss(
      'maxUnavailable with parallel pod management',
      [],
      rolling({ partition: 2, maxUnavailable: 2 }),
    ),
    ss('ordinals.start positive value', [], set({ replicas: 3, ordinals: { start: 2 } })),
    ss('zero-length name', ['metadata.name: Required value'], (o) => void (o.metadata.name = '')),
    ss(
      'name-with-dots',
      ['metadata.name: Invalid value'],
      (o) => void (o.metadata.name = 'abc.123'),
    ),
    ss(
      'long name',
      ['metadata.name: Invalid value'],
      (o) => void (o.metadata.name = 'a'.repeat(64)),
    ),
    // Upstream also reports the template's labels (a nil selector selects nothing).
    ss('empty selector', ['spec.selector: Required value'], set({ selector: null })),
    ss(
      'selector_doesnt_match',
      ['spec.template.metadata.labels: Invalid value'],
      set({ selector: { matchLabels: { foo: 'bar' } } }),
    ),
    ss('negative_replicas', ['spec.replicas: Invalid value'], set({ replicas: -1 })),
    ss(
      'invalid restart policy 1',
      ['spec.template.spec.restartPolicy: Unsupported value'],
      podSpec({ restartPolicy: 'OnFailure' }),
    ),
    ss(
      'invalid restart policy 2',
      ['spec.template.spec.restartPolicy: Unsupported value'],
      podSpec({ restartPolicy: 'Never' }),
    ),
    ss(
      'empty restart policy',
      [],
      podSpec({ restartPolicy: '' }),
      'SetDefaults_PodSpec makes an empty restartPolicy Always before validation',
    ),
    // Upstream: spec.updateStrategy: Invalid value (the whole strategy).
    ss(
      'invalid update strategy',
      ['spec.updateStrategy.type: Unsupported value'],
      set({ replicas: 3, updateStrategy: { type: 'foo' } }),
    ),
    ss('empty update strategy', [], set({ updateStrategy: { type: '' } }), DEFAULTED),
    ss(
      'invalid rolling update',
      ['spec.updateStrategy.rollingUpdate: Invalid value'],
      rolling({ partition: 1 }, 'OnDelete'),
    ),
    ss(
      'negative partition',
      ['spec.updateStrategy.rollingUpdate.partition: Invalid value'],
      rolling({ partition: -1 }),
    ),
    ss('empty pod management policy', [], set({ podManagementPolicy: '' }), DEFAULTED),
    // Upstream: Invalid value, "must be 'OrderedReady' or 'Parallel'".
    ss(
      'invalid pod management policy',
      ['spec.podManagementPolicy: Unsupported value'],
      set({ podManagementPolicy: 'foo' }),
    ),
    ss(
      'set active deadline seconds',
      ['spec.template.spec.activeDeadlineSeconds: Forbidden'],
      set({ replicas: 3 }),
      podSpec({ activeDeadlineSeconds: 60 }),
    ),
    ss(
      'empty PersistentVolumeClaimRetentionPolicy [enable StatefulSetAutoDeletePVC]',
      [],
      set({ persistentVolumeClaimRetentionPolicy: {} }),
      DEFAULTED,
    ),
    ss(
      'invalid PersistentVolumeClaimRetentionPolicy [enable StatefulSetAutoDeletePVC]',
      [
        'spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value',
        'spec.persistentVolumeClaimRetentionPolicy.whenScaled: Unsupported value',
      ],
      set({
        persistentVolumeClaimRetentionPolicy: {
          whenDeleted: 'invalid-retention-policy',
          whenScaled: 'invalid-retention-policy',
        },
      }),
    ),
    ss('zero maxUnavailable', [], rolling({ maxUnavailable: 0 }), GATE),
    ss('zero percent maxUnavailable', [], rolling({ maxUnavailable: '0%' }), GATE),
    ss('greater than 100 percent maxUnavailable', [], rolling({ maxUnavailable: '101%' }), GATE),
    ss(
      'invalid ordinals.start',
      ['spec.ordinals.start: Invalid value'],
      set({ replicas: 3, ordinals: { start: -2 } }),
    ),
  ],
};

export const validateStatefulSetMinReadySeconds: UpstreamSuite = {
  test: 'TestValidateStatefulSetMinReadySeconds',
  functions: ['ValidateStatefulSetSpec'],
  source: SOURCE,
  cases: [
    ss('valid : minReadySeconds enabled, zero', [], set({ replicas: 3, minReadySeconds: 0 })),
    ss(
      'invalid : minReadySeconds enabled, negative',
      ['spec.minReadySeconds: Invalid value'],
      set({ replicas: 3, minReadySeconds: -1 }),
    ),
    ss(
      'valid : minReadySeconds enabled, very large value',
      [],
      set({ replicas: 3, minReadySeconds: 2147483647 }),
    ),
    ss(
      'invalid : minReadySeconds enabled, large negative',
      ['spec.minReadySeconds: Invalid value'],
      set({ replicas: 3, minReadySeconds: -2147483648 }),
    ),
  ],
};

const ds = make('DaemonSet', {
  selector: { matchLabels: { a: 'b' } },
  template: template(),
  updateStrategy: { type: 'OnDelete' },
});

export const validateDaemonSet: UpstreamSuite = {
  test: 'TestValidateDaemonSet',
  functions: ['ValidateDaemonSet', 'ValidateDaemonSetSpec'],
  source: SOURCE,
  cases: [
    ds('abc', []),
    ds('abc-123', [], (o) => void (o.metadata.name = 'abc-123')),
    ds(
      'hostnet',
      [],
      (o) => void (o.metadata.name = 'hostnet'),
      podSpec({
        hostNetwork: true,
        containers: [{ ...container, ports: [{ containerPort: 12345, protocol: 'TCP' }] }],
      }),
    ),
    ds('zero-length ID', ['metadata.name: Required value'], (o) => void (o.metadata.name = '')),
    // Upstream: spec.template.metadata.labels (a nil selector selects nothing).
    ds('nil selector', ['spec.selector: Required value'], set({ selector: null })),
    ds('empty selector', ['spec.selector: Invalid value'], set({ selector: {} })),
    ds(
      'selector_doesnt_match',
      ['spec.template.metadata.labels: Invalid value'],
      set({ selector: { matchLabels: { foo: 'bar' } } }),
    ),
    ds(
      'invalid template',
      ['spec.template.metadata.labels: Invalid value'],
      set({ template: null }),
    ),
    ds(
      'invalid restart policy 1',
      ['spec.template.spec.restartPolicy: Unsupported value'],
      podSpec({ restartPolicy: 'OnFailure' }),
    ),
    ds(
      'invalid restart policy 2',
      ['spec.template.spec.restartPolicy: Unsupported value'],
      podSpec({ restartPolicy: 'Never' }),
    ),
    ds(
      'template may not contain ephemeral containers',
      ['spec.template.spec.ephemeralContainers: Forbidden'],
      podSpec({
        ephemeralContainers: [
          {
            name: 'debug',
            image: 'image',
            imagePullPolicy: 'IfNotPresent',
            terminationMessagePolicy: 'File',
          },
        ],
      }),
    ),
  ],
};

/** TestDaemonSetUpdateMaxSurge on an explicit rollingUpdate (upstream's unset values are zero). */
const surge = (name: string, maxUnavailable: unknown, maxSurge: unknown, errors: string[]) =>
  ds(
    name,
    errors,
    set({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable, maxSurge } } }),
  );
const RU = 'spec.updateStrategy.rollingUpdate';

export const daemonSetUpdateMaxSurge: UpstreamSuite = {
  test: 'TestDaemonSetUpdateMaxSurge',
  functions: ['ValidateRollingUpdateDaemonSet'],
  source: SOURCE,
  cases: [
    surge('invalid: unset', 0, 0, [`${RU}.maxUnavailable: Required value`]),
    surge('invalid: zero percent', '0%', 0, [`${RU}.maxUnavailable: Required value`]),
    surge('invalid: zero', 0, 0, [`${RU}.maxUnavailable: Required value`]),
    surge('valid: one', 1, 0, []),
    surge('valid: one percent', '1%', 0, []),
    surge('valid: 100%', '100%', 0, []),
    surge('invalid: greater than 100%', '101%', 0, [`${RU}.maxUnavailable: Invalid value`]),
    surge('valid: surge and unavailable set', '1%', '1%', [`${RU}.maxSurge: Invalid value`]),
    surge('invalid: surge enabled, unavailable zero percent', '0%', 0, [
      `${RU}.maxUnavailable: Required value`,
    ]),
    surge('valid: surge enabled, unavailable one', 1, 0, []),
    surge('invalid: surge enabled, unavailable greater than 100%', '101%', 0, [
      `${RU}.maxUnavailable: Invalid value`,
    ]),
    surge('invalid: surge enabled, surge zero percent', 0, '0%', [
      `${RU}.maxUnavailable: Required value`,
    ]),
    surge('valid: surge enabled, surge one', 0, 1, []),
    surge('valid: surge enabled, surge one percent', 0, '1%', []),
    surge('valid: surge enabled, surge 100%', 0, '100%', []),
    surge('invalid: surge enabled, surge greater than 100%', 0, '101%', [
      `${RU}.maxSurge: Invalid value`,
    ]),
    surge('invalid: surge enabled, surge and unavailable set', '1%', '1%', [
      `${RU}.maxSurge: Invalid value`,
    ]),
    surge('invalid: surge enabled, surge and unavailable zero percent', '0%', '0%', [
      `${RU}.maxUnavailable: Required value`,
    ]),
    surge('invalid: surge enabled, surge and unavailable mixed zero', 0, '0%', [
      `${RU}.maxUnavailable: Required value`,
    ]),
  ],
};

/** The apps suites, in upstream's order. */
export const APPS_SUITES: readonly UpstreamSuite[] = [
  validateStatefulSet,
  validateStatefulSetMinReadySeconds,
  validateDaemonSet,
  daemonSetUpdateMaxSurge,
  validateDeployment,
  validateReplicaSet,
  validateReplicationController,
];
