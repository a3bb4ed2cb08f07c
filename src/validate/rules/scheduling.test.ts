import { describe, expect, it } from 'vitest';
import { formatPath } from '../../yaml/path.ts';
import { isQualifiedName } from '../apimachinery.ts';
import type { ErrorList } from '../field.ts';
import {
  validateMatchLabelKeysInTopologySpread,
  validateMinDomains,
  validateNodeInclusionPolicy,
  validateSchedulingGates,
  validateSpreadConstraintNotRepeat,
  validateTaintEffect,
  validateTolerations,
  validateTopologyKey,
  validateTopologySpreadConstraints,
  validateWhenUnsatisfiable,
} from './scheduling.ts';
import { lint, pod } from './testing.ts';

const msgs = (errs: ErrorList) => errs.map((e) => `${formatPath(e.path)}: ${e.detail}`);
const one = (e: ErrorList[number] | undefined) => (e ? msgs([e]) : []);
const APP = '  containers:\n    - name: app\n      image: nginx:1.27.3\n';
const IDS = [
  'pod-tolerations-invalid',
  'pod-topology-spread-invalid',
  'pod-node-selector-invalid',
  'pod-scheduling-gates-invalid',
];

describe('validateTolerations', () => {
  it('accepts the forms upstream accepts', () => {
    const ok = [
      { key: 'foo', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 },
      { operator: 'Exists', effect: 'NoSchedule' },
      { key: 'foo', value: 'bar', effect: 'NoSchedule' },
      { key: 'foo', operator: 'Equal', value: 'bar' },
      {
        key: 'node.kubernetes.io/not-ready',
        operator: 'Exists',
        effect: 'NoExecute',
        tolerationSeconds: -2,
      },
    ];
    expect(validateTolerations(ok, ['t'], '1.34')).toEqual([]);
  });

  it('rejects a bad key, operator, empty-key operator and effect', () => {
    const bad = [
      { key: 'nospecialchars^=@', operator: 'Equal', value: 'bar', effect: 'NoSchedule' },
      { key: 'foo', operator: 'In', value: 'bar' },
      { operator: 'Equal', value: 'bar' },
      { key: 'foo', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 20 },
    ];
    expect(msgs(validateTolerations(bad, ['t'], '1.34'))).toEqual([
      ...isQualifiedName('nospecialchars^=@').map(
        (m) => `t[0].key: Invalid value: "nospecialchars^=@": ${m}`,
      ),
      't[1].operator: Unsupported value: "In": supported values: "Equal", "Exists"',
      't[2].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"',
      't[3].effect: Invalid value: "NoSchedule": effect must be \'NoExecute\' when `tolerationSeconds` is set',
    ]);
  });

  it('reports a value beside Exists with the value from 1.32, the whole toleration before', () => {
    const t = [{ key: 'foo', operator: 'Exists', value: 'bar', effect: 'NoSchedule' }];
    expect(msgs(validateTolerations(t, ['t'], '1.34'))).toEqual([
      't[0].operator: Invalid value: "bar": value must be empty when `operator` is \'Exists\'',
    ]);
    expect(msgs(validateTolerations(t, ['t'], '1.31'))).toEqual([
      't[0].operator: Invalid value: {"Key":"foo","Operator":"Exists","Value":"bar","Effect":"NoSchedule","TolerationSeconds":null}: value must be empty when `operator` is \'Exists\'',
    ]);
  });

  it('checks the value of an Equal toleration as a label value', () => {
    const [e] = validateTolerations([{ key: 'k', value: 'a b' }], ['t'], '1.34');
    expect(e && formatPath(e.path)).toBe('t[0].operator');
    expect(e?.detail).toMatch(/^Invalid value: "a b": a valid label must be an empty string/);
  });
});

describe('validateTaintEffect', () => {
  it('knows the three effects', () => {
    expect(validateTaintEffect('PreferNoSchedule', ['e'])).toEqual([]);
    expect(msgs(validateTaintEffect('NoScheduleNoAdmit', ['e']))).toEqual([
      'e: Unsupported value: "NoScheduleNoAdmit": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
    ]);
  });
});

describe('topology spread helpers', () => {
  it('validateTopologyKey', () => {
    expect(one(validateTopologyKey(['k'], ''))).toEqual(['k: Required value: can not be empty']);
    expect(validateTopologyKey(['k'], 'zone')).toBeUndefined();
  });

  it('validateWhenUnsatisfiable', () => {
    expect(one(validateWhenUnsatisfiable(['w'], ''))).toEqual([
      'w: Unsupported value: "": supported values: "DoNotSchedule", "ScheduleAnyway"',
    ]);
    expect(validateWhenUnsatisfiable(['w'], 'ScheduleAnyway')).toBeUndefined();
  });

  it('validateSpreadConstraintNotRepeat', () => {
    const rest = [{ topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule' }];
    expect(one(validateSpreadConstraintNotRepeat(['c', 0], 'zone', 'DoNotSchedule', rest))).toEqual(
      ['c[0]["{topologyKey, whenUnsatisfiable}"]: Duplicate value: "{zone, DoNotSchedule}"'],
    );
    expect(
      validateSpreadConstraintNotRepeat(['c', 0], 'zone', 'ScheduleAnyway', rest),
    ).toBeUndefined();
  });

  it('validateMinDomains', () => {
    expect(validateMinDomains(['m'], 3, 'DoNotSchedule')).toEqual([]);
    expect(msgs(validateMinDomains(['m'], -1, 'ScheduleAnyway'))).toEqual([
      'm: Invalid value: -1: must be greater than zero',
      'm: Invalid value: -1: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway',
    ]);
  });

  it('validateNodeInclusionPolicy', () => {
    expect(validateNodeInclusionPolicy(['p'], 'Honor')).toBeUndefined();
    expect(one(validateNodeInclusionPolicy(['p'], 'Unknown'))).toEqual([
      'p: Unsupported value: "Unknown": supported values: "Honor", "Ignore"',
    ]);
  });

  it('validateMatchLabelKeysInTopologySpread (before 1.34)', () => {
    const selector = { matchExpressions: [{ key: 'foo', operator: 'NotIn', values: ['v'] }] };
    expect(msgs(validateMatchLabelKeysInTopologySpread(['k'], ['foo'], selector))).toEqual([
      'k[0]: Invalid value: "foo": exists in both matchLabelKeys and labelSelector',
    ]);
    expect(msgs(validateMatchLabelKeysInTopologySpread(['k'], ['foo'], undefined))).toEqual([
      'k: Forbidden: must not be specified when labelSelector is not set',
    ]);
    expect(validateMatchLabelKeysInTopologySpread(['k'], ['bar'], selector)).toEqual([]);
  });
});

describe('validateTopologySpreadConstraints', () => {
  const c = { maxSkew: 1, topologyKey: 'k8s.io/zone', whenUnsatisfiable: 'DoNotSchedule' };

  it('accepts complete constraints', () => {
    const ok = [
      { ...c, minDomains: 3 },
      { ...c, maxSkew: 2, topologyKey: 'k8s.io/node', whenUnsatisfiable: 'ScheduleAnyway' },
    ];
    expect(validateTopologySpreadConstraints(ok, ['s'], { k8s: '1.34' })).toEqual([]);
  });

  it('reads a missing maxSkew as 0', () => {
    const missing = [{ topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule' }];
    expect(msgs(validateTopologySpreadConstraints(missing, ['s'], { k8s: '1.34' }))).toEqual([
      's[0].maxSkew: Invalid value: 0: must be greater than zero',
    ]);
  });

  it('follows the version for a matchLabelKeys key already in the selector', () => {
    const spread = [
      { ...c, matchLabelKeys: ['foo'], labelSelector: { matchLabels: { foo: 'x' } } },
    ];
    expect(msgs(validateTopologySpreadConstraints(spread, ['s'], { k8s: '1.33' }))).toEqual([
      's[0].matchLabelKeys[0]: Invalid value: "foo": exists in both matchLabelKeys and labelSelector',
    ]);
    // 1.34 checks the selector after the merge: only a Pod carrying the label is refused.
    expect(validateTopologySpreadConstraints(spread, ['s'], { k8s: '1.34' })).toEqual([]);
    expect(
      msgs(
        validateTopologySpreadConstraints(spread, ['s'], {
          k8s: '1.34',
          mergeLabels: { foo: 'x' },
        }),
      ),
    ).toEqual(['s[0][0]: Invalid value: "foo": exists in both matchLabelKeys and labelSelector']);
  });
});

describe('validateSchedulingGates', () => {
  it('accepts distinct qualified names', () => {
    expect(validateSchedulingGates([{ name: 'foo' }, { name: 'example.com/bar' }], ['g'])).toEqual(
      [],
    );
  });

  it('rejects empty names and duplicates, at the entry', () => {
    const gates = [{ name: 'foo' }, { name: '' }, { name: 'foo' }];
    expect(msgs(validateSchedulingGates(gates, ['g']))).toEqual([
      ...isQualifiedName('').map((m) => `g[1]: Invalid value: "": ${m}`),
      'g[2]: Duplicate value: "foo"',
    ]);
  });
});

describe('the scheduling family', () => {
  it('is quiet on valid scheduling fields', () => {
    const spec = `  nodeSelector:\n    kubernetes.io/os: linux\n  tolerations:\n    - key: dedicated\n      operator: Equal\n      value: web\n      effect: NoSchedule\n  topologySpreadConstraints:\n    - maxSkew: 1\n      topologyKey: topology.kubernetes.io/zone\n      whenUnsatisfiable: ScheduleAnyway\n      labelSelector:\n        matchLabels:\n          app: web\n  schedulingGates:\n    - name: example.com/quota\n${APP}`;
    expect(lint(pod(spec), IDS)).toEqual([]);
  });

  it('reports nodeSelector labels at the map, as ValidateLabels does', () => {
    const found = lint(pod(`  nodeSelector:\n    disktype: "not valid"\n${APP}`), IDS);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^error pod-node-selector-invalid spec\.nodeSelector: Invalid value: "not valid": a valid label must be/,
    );
  });

  it('places errors under a template spec', () => {
    const cron = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: '@daily'
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          tolerations:
            - key: foo
              operator: Exists
              value: bar
          containers:
            - name: job
              image: busybox:1.36
`;
    expect(lint(cron, IDS)).toEqual([
      'error pod-tolerations-invalid spec.jobTemplate.spec.template.spec.tolerations[0].operator: Invalid value: "bar": value must be empty when `operator` is \'Exists\'',
    ]);
  });
});
