import { describe, expect, it } from 'vitest';
import { isValidPercent } from '../apimachinery.ts';
import { intOrPercentValue } from './apps-spec.ts';
import { lint } from './testing.ts';

const IDS = [
  'deployment-spec-invalid',
  'statefulset-spec-invalid',
  'daemonset-spec-invalid',
  'replicaset-spec-invalid',
];

/** An apps/v1 object whose selector matches its template; `spec` lines are indented by 2. */
const apps = (kind: string, spec = '', pod = '') => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: web
spec:
${spec}  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
${pod}      containers:
        - name: web
          image: nginx
`;
const run = (kind: string, spec = '', pod = '', k8s?: '1.34' | '1.35') =>
  lint(apps(kind, spec, pod), IDS, k8s);
const err = (id: string, m: string) => `error ${id}-spec-invalid ${m}`;

describe('ValidateDeploymentSpec', () => {
  const d = (m: string) => err('deployment', m);
  it('accepts a plain Deployment', () => {
    expect(run('Deployment', '  replicas: 3\n  revisionHistoryLimit: 0\n')).toEqual([]);
  });

  it('refuses negative counts', () => {
    expect(run('Deployment', '  replicas: -1\n  revisionHistoryLimit: -2\n')).toEqual([
      d('spec.replicas: Invalid value: -1: must be greater than or equal to 0'),
      d('spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0'),
    ]);
  });

  it('wants progressDeadlineSeconds above minReadySeconds (600 when unset)', () => {
    expect(run('Deployment', '  minReadySeconds: 30\n  progressDeadlineSeconds: 30\n')).toEqual([
      d('spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds'),
    ]);
    expect(run('Deployment', '  minReadySeconds: 600\n')).toEqual([
      d('spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds'),
    ]);
  });

  it('refuses a rollingUpdate with Recreate (ValidateDeploymentStrategy)', () => {
    const spec = '  strategy:\n    type: Recreate\n    rollingUpdate:\n      maxSurge: 1\n';
    expect(run('Deployment', spec)).toEqual([
      d(
        "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
      ),
    ]);
    expect(run('Deployment', '  strategy:\n    type: Recreate\n')).toEqual([]);
  });

  it('checks maxSurge and maxUnavailable (ValidateRollingUpdateDeployment)', () => {
    const rolling = (surge: string, unavailable: string) =>
      `  strategy:\n    rollingUpdate:\n      maxSurge: ${surge}\n      maxUnavailable: ${unavailable}\n`;
    expect(run('Deployment', rolling('"20%"', '0'))).toEqual([]);
    expect(run('Deployment', rolling('0', '"0%"'))).toEqual([
      d(
        'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "0%": may not be 0 when `maxSurge` is 0',
      ),
    ]);
    expect(run('Deployment', rolling('"20Percent"', '"110%"'))).toEqual([
      ...isValidPercent('20Percent').map((m) =>
        d(`spec.strategy.rollingUpdate.maxSurge: Invalid value: "20Percent": ${m}`),
      ),
      d(
        'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "110%": must not be greater than 100%',
      ),
    ]);
    expect(run('Deployment', rolling('-1', '1'))).toEqual([
      d(
        'spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0',
      ),
    ]);
  });

  it('refuses a pod-level deadline in the template', () => {
    expect(run('Deployment', '', '      activeDeadlineSeconds: 30\n')).toEqual([
      d(
        'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported',
      ),
    ]);
  });

  it('reads int-or-percent values as getIntOrPercentValue does', () => {
    expect([intOrPercentValue('50%'), intOrPercentValue(3), intOrPercentValue('x')]).toEqual([
      50, 3, 0,
    ]);
  });
});

describe('ValidateReplicaSetSpec', () => {
  it('accepts a plain ReplicaSet and refuses negative replicas and minReadySeconds', () => {
    expect(run('ReplicaSet', '  replicas: 2\n')).toEqual([]);
    expect(run('ReplicaSet', '  replicas: -1\n  minReadySeconds: -1\n')).toEqual([
      err('replicaset', 'spec.replicas: Invalid value: -1: must be greater than or equal to 0'),
      err(
        'replicaset',
        'spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0',
      ),
    ]);
  });
});

describe('ValidateDaemonSetSpec', () => {
  const ds = (m: string) => err('daemonset', m);
  const rolling = (lines: string) => `  updateStrategy:\n    rollingUpdate:\n${lines}`;
  it('accepts the defaults and a surge with no unavailability', () => {
    expect(run('DaemonSet')).toEqual([]);
    expect(run('DaemonSet', rolling('      maxSurge: 1\n      maxUnavailable: 0\n'))).toEqual([]);
    expect(run('DaemonSet', '  updateStrategy:\n    type: OnDelete\n')).toEqual([]);
  });

  it('wants exactly one of maxSurge and maxUnavailable non-zero (maxUnavailable defaults to 1)', () => {
    expect(run('DaemonSet', rolling('      maxSurge: 1\n'))).toEqual([
      ds(
        'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero',
      ),
    ]);
    expect(run('DaemonSet', rolling('      maxUnavailable: "0%"\n'))).toEqual([
      ds(
        'spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0',
      ),
    ]);
    expect(run('DaemonSet', rolling('      maxSurge: "101%"\n      maxUnavailable: 0\n'))).toEqual([
      ds(
        'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: "101%": must not be greater than 100%',
      ),
    ]);
  });

  it('refuses negative counts and a pod-level deadline', () => {
    expect(run('DaemonSet', '  minReadySeconds: -1\n', '      activeDeadlineSeconds: 5\n')).toEqual(
      [
        ds('spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0'),
        ds(
          'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in DaemonSet is not Supported',
        ),
      ],
    );
  });
});

describe('ValidateStatefulSetSpec', () => {
  const ss = (m: string) => err('statefulset', m);
  it('accepts a StatefulSet with a partition and a retention policy', () => {
    const spec =
      '  serviceName: web\n  updateStrategy:\n    rollingUpdate:\n      partition: 2\n  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Delete\n    whenScaled: Retain\n';
    expect(run('StatefulSet', spec)).toEqual([]);
  });

  it('refuses a rollingUpdate with OnDelete, and a negative partition', () => {
    expect(
      run(
        'StatefulSet',
        '  updateStrategy:\n    type: OnDelete\n    rollingUpdate:\n      partition: 1\n',
      ),
    ).toEqual([
      ss(
        `spec.updateStrategy.rollingUpdate: Invalid value: {"Partition":1,"MaxUnavailable":null}: only allowed for updateStrategy 'RollingUpdate'`,
      ),
    ]);
    expect(
      run('StatefulSet', '  updateStrategy:\n    rollingUpdate:\n      partition: -1\n'),
    ).toEqual([
      ss(
        'spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0',
      ),
    ]);
  });

  it('checks maxUnavailable only where its gate is on (off by default through 1.34)', () => {
    const spec = '  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 0\n';
    expect(run('StatefulSet', spec)).toEqual([]);
    expect(run('StatefulSet', spec, '', '1.35')).toEqual([
      ss('spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: cannot be 0'),
    ]);
  });

  it('checks the PVC retention policy values (ValidatePersistentVolumeClaimRetentionPolicyType)', () => {
    const spec = '  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Keep\n';
    expect(run('StatefulSet', spec)).toEqual([
      ss(
        'spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: "Keep": supported values: "Retain", "Delete"',
      ),
    ]);
  });

  it('refuses negative counts, a negative first ordinal and a pod-level deadline', () => {
    const spec = '  replicas: -1\n  minReadySeconds: -1\n  ordinals:\n    start: -2\n';
    expect(run('StatefulSet', spec, '      activeDeadlineSeconds: 5\n')).toEqual([
      ss('spec.replicas: Invalid value: -1: must be greater than or equal to 0'),
      ss('spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0'),
      ss('spec.ordinals.start: Invalid value: -2: must be greater than or equal to 0'),
      ss(
        'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in StatefulSet is not Supported',
      ),
    ]);
  });
});
