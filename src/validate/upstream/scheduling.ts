import { stringify } from 'yaml';
import type { UpstreamCase, UpstreamSuite } from './cases.ts';

// Scheduling fields of the pod spec: Kubernetes' validation tests, ported as manifests. Read from
// pkg/apis/core/validation/validation_test.go of kubernetes/kubernetes at
// 000f26050b9be6fb3d79fae95e06b47fc96128cd (a tree just before 1.34); the expectations were checked
// against validation.go of 1.34.1 (openshift/openshift-apiserver@56aa2d96e). Upstream's tables call
// the validation functions on internal objects; here each case is the v1 Pod a user would apply,
// built from plain objects, with upstream's error path and type (`podtest.MakePod` gives one
// container, which `podWith` adds too).

export const SOURCE =
  'pkg/apis/core/validation/validation_test.go @ kubernetes 000f26050b9be6fb3d79fae95e06b47fc96128cd';

/** A Pod with pod-spec `fields` (and `labels`), serialised as YAML, with one container. */
export function podWith(fields: object, labels?: Record<string, string>): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', ...(labels ? { labels } : {}) },
    spec: { ...fields, containers: [{ name: 'ctr', image: 'nginx:1.27.3' }] },
  });
}

export const ok = (name: string, yaml: string, more: Partial<UpstreamCase> = {}): UpstreamCase => ({
  name,
  yaml,
  errors: [],
  ...more,
});
export const bad = (name: string, yaml: string, ...errors: string[]): UpstreamCase => ({
  name,
  yaml,
  errors,
});

const notIn = (key: string, values: string[]) => ({ key, operator: 'NotIn', values });

const tolerations = (...t: object[]) => podWith({ tolerations: t });

const validatePodTolerations: UpstreamSuite = {
  test: 'TestValidatePod',
  functions: ['ValidateTolerations'],
  source: SOURCE,
  cases: [
    ok(
      'populate forgiveness tolerations with exists operator in annotations.',
      tolerations({
        key: 'foo',
        operator: 'Exists',
        value: '',
        effect: 'NoExecute',
        tolerationSeconds: 60,
      }),
    ),
    ok(
      'populate forgiveness tolerations with equal operator in annotations.',
      tolerations({
        key: 'foo',
        operator: 'Equal',
        value: 'bar',
        effect: 'NoExecute',
        tolerationSeconds: 60,
      }),
    ),
    ok(
      'populate tolerations equal operator in annotations.',
      tolerations({ key: 'foo', operator: 'Equal', value: 'bar', effect: 'NoSchedule' }),
    ),
    ok(
      'empty key with Exists operator is OK for toleration, empty toleration key means match all taint keys.',
      tolerations({ operator: 'Exists', effect: 'NoSchedule' }),
    ),
    ok(
      'empty operator is OK for toleration, defaults to Equal.',
      tolerations({ key: 'foo', value: 'bar', effect: 'NoSchedule' }),
    ),
    ok(
      'empty effect is OK for toleration, empty toleration effect means match all taint effects.',
      tolerations({ key: 'foo', operator: 'Equal', value: 'bar' }),
    ),
    ok(
      'negative tolerationSeconds is OK for toleration.',
      tolerations({
        key: 'node.kubernetes.io/not-ready',
        operator: 'Exists',
        effect: 'NoExecute',
        tolerationSeconds: -2,
      }),
    ),
    bad(
      'invalid toleration key',
      tolerations({
        key: 'nospecialchars^=@',
        operator: 'Equal',
        value: 'bar',
        effect: 'NoSchedule',
      }),
      'spec.tolerations[0].key: Invalid value',
    ),
    bad(
      'invalid toleration operator',
      tolerations({ key: 'foo', operator: 'In', value: 'bar', effect: 'NoSchedule' }),
      'spec.tolerations[0].operator: Unsupported value',
    ),
    bad(
      "value must be empty when `operator` is 'Exists'",
      tolerations({ key: 'foo', operator: 'Exists', value: 'bar', effect: 'NoSchedule' }),
      'spec.tolerations[0].operator: Invalid value',
    ),
    bad(
      "operator must be 'Exists' when `key` is empty",
      tolerations({ operator: 'Equal', value: 'bar', effect: 'NoSchedule' }),
      'spec.tolerations[0].operator: Invalid value',
    ),
    bad(
      "effect must be 'NoExecute' when `TolerationSeconds` is set",
      tolerations({
        key: 'node.kubernetes.io/not-ready',
        operator: 'Exists',
        effect: 'NoSchedule',
        tolerationSeconds: 20,
      }),
      'spec.tolerations[0].effect: Invalid value',
    ),
  ],
};

const T = 'spec.topologySpreadConstraints[0]';
const spread = (...constraints: object[]) => podWith({ topologySpreadConstraints: constraints });
const zone = { maxSkew: 1, topologyKey: 'k8s.io/zone', whenUnsatisfiable: 'DoNotSchedule' };

const topologySpread: UpstreamSuite = {
  test: 'TestValidateTopologySpreadConstraints',
  functions: ['validateTopologySpreadConstraints'],
  source: SOURCE,
  cases: [
    ok('all required fields ok', spread({ ...zone, minDomains: 3 })),
    bad(
      'missing MaxSkew',
      spread({ topologyKey: 'k8s.io/zone', whenUnsatisfiable: 'DoNotSchedule' }),
      `${T}.maxSkew: Invalid value`,
    ),
    bad('negative MaxSkew', spread({ ...zone, maxSkew: -1 }), `${T}.maxSkew: Invalid value`),
    ok(
      'can use MinDomains with ScheduleAnyway, when MinDomains = nil',
      spread({ ...zone, whenUnsatisfiable: 'ScheduleAnyway' }),
    ),
    bad(
      'negative minDomains is invalid',
      spread({ ...zone, minDomains: -1 }),
      `${T}.minDomains: Invalid value`,
    ),
    bad(
      'cannot use non-nil MinDomains with ScheduleAnyway',
      spread({ ...zone, whenUnsatisfiable: 'ScheduleAnyway', minDomains: 10 }),
      `${T}.minDomains: Invalid value`,
    ),
    bad(
      'use negative MinDomains with ScheduleAnyway(invalid)',
      spread({ ...zone, whenUnsatisfiable: 'ScheduleAnyway', minDomains: -1 }),
      `${T}.minDomains: Invalid value`,
      `${T}.minDomains: Invalid value`,
    ),
    bad(
      'missing TopologyKey',
      spread({ maxSkew: 1, whenUnsatisfiable: 'DoNotSchedule' }),
      `${T}.topologyKey: Required value`,
    ),
    bad(
      'missing scheduling mode',
      spread({ maxSkew: 1, topologyKey: 'k8s.io/zone' }),
      `${T}.whenUnsatisfiable: Unsupported value`,
    ),
    bad(
      'unsupported scheduling mode',
      spread({ ...zone, whenUnsatisfiable: 'N/A' }),
      `${T}.whenUnsatisfiable: Unsupported value`,
    ),
    ok(
      'multiple constraints ok with all required fields',
      spread(zone, { maxSkew: 2, topologyKey: 'k8s.io/node', whenUnsatisfiable: 'ScheduleAnyway' }),
    ),
    bad(
      'multiple constraints missing TopologyKey on partial ones',
      spread({ maxSkew: 1, whenUnsatisfiable: 'ScheduleAnyway' }, { ...zone, maxSkew: 2 }),
      `${T}.topologyKey: Required value`,
    ),
    bad(
      'duplicate constraints',
      spread(zone, { ...zone, maxSkew: 2 }),
      `${T}["{topologyKey, whenUnsatisfiable}"]: Duplicate value`,
    ),
    ok(
      'supported policy name set on NodeAffinityPolicy and NodeTaintsPolicy',
      spread({ ...zone, nodeAffinityPolicy: 'Honor', nodeTaintsPolicy: 'Ignore' }),
    ),
    bad(
      'unsupported policy name set on NodeAffinityPolicy',
      spread({ ...zone, nodeAffinityPolicy: 'Unknown', nodeTaintsPolicy: 'Ignore' }),
      `${T}.nodeAffinityPolicy: Unsupported value`,
    ),
    bad(
      'unsupported policy name set on NodeTaintsPolicy',
      spread({ ...zone, nodeAffinityPolicy: 'Honor', nodeTaintsPolicy: 'Unknown' }),
      `${T}.nodeTaintsPolicy: Unsupported value`,
    ),
    bad(
      "key in MatchLabelKeys isn't correctly defined",
      spread({ ...zone, labelSelector: {}, matchLabelKeys: ['/simple'] }),
      `${T}.matchLabelKeys[0]: Invalid value`,
    ),
    // Upstream runs this with the pre-1.34 options (no selector merge); 1.34 refuses it only for
    // a Pod that carries the label, after the merge.
    {
      ...bad(
        'key exists in both matchLabelKeys and labelSelector',
        spread({
          ...zone,
          matchLabelKeys: ['foo'],
          labelSelector: { matchExpressions: [notIn('foo', ['value1', 'value2'])] },
        }),
        `${T}.matchLabelKeys[0]: Invalid value`,
      ),
      k8s: '1.33',
    },
    bad(
      'key in MatchLabelKeys is forbidden to be specified when labelSelector is not set',
      spread({ ...zone, matchLabelKeys: ['foo'] }),
      `${T}.matchLabelKeys: Forbidden`,
    ),
    bad(
      'invalid matchLabels set on labelSelector when AllowInvalidTopologySpreadConstraintLabelSelector is false',
      spread({
        ...zone,
        labelSelector: { matchLabels: { 'NoUppercaseOrSpecialCharsLike=Equals': 'foo' } },
      }),
      `${T}.labelSelector.matchLabels: Invalid value`,
    ),
    ok(
      'invalid matchLabels set on labelSelector when AllowInvalidTopologySpreadConstraintLabelSelector is true',
      spread({
        ...zone,
        labelSelector: { matchLabels: { 'NoUppercaseOrSpecialCharsLike=Equals': 'foo' } },
      }),
      { skip: 'the option is set only when an update keeps an old pod’s invalid selector' },
    ),
    ok(
      'valid matchLabels set on labelSelector when AllowInvalidTopologySpreadConstraintLabelSelector is false',
      spread({ ...zone, labelSelector: { matchLabels: { foo: 'foo' } } }),
    ),
  ],
};

const G = 'spec.schedulingGates';
const gates = (...names: string[]) => podWith({ schedulingGates: names.map((name) => ({ name })) });

const schedulingGates: UpstreamSuite = {
  test: 'TestValidateSchedulingGates',
  functions: ['validateSchedulingGates'],
  source: SOURCE,
  cases: [
    ok('nil gates', podWith({})),
    bad(
      'empty string in gates',
      gates('foo', ''),
      `${G}[1]: Invalid value`,
      `${G}[1]: Invalid value`,
    ),
    ok('legal gates', gates('foo', 'bar')),
    bad('illegal gates', gates('foo', '\nbar'), `${G}[1]: Invalid value`),
    bad(
      'duplicated gates (single duplication)',
      gates('foo', 'bar', 'bar'),
      `${G}[2]: Duplicate value`,
    ),
    bad(
      'duplicated gates (multiple duplications)',
      gates('foo', 'bar', 'foo', 'baz', 'foo', 'bar'),
      `${G}[2]: Duplicate value`,
      `${G}[4]: Duplicate value`,
      `${G}[5]: Duplicate value`,
    ),
  ],
};

/** Every scheduling suite, for upstream/index.ts. */
export const SCHEDULING_SUITES: readonly UpstreamSuite[] = [
  validatePodTolerations,
  topologySpread,
  schedulingGates,
];
