import { describe, expect, it } from 'vitest';
import { formatPath } from '../../yaml/path.ts';
import { isDNS1123Label, isQualifiedName } from '../apimachinery.ts';
import { goNumber, goString } from '../context.ts';
import type { ErrorList } from '../field.ts';
import {
  mergeLabelKeys,
  validateAffinity,
  validateLabelKeys,
  validateMatchLabelKeysAndMismatchLabelKeys,
  validateNodeAffinity,
  validateNodeFieldSelectorRequirement,
  validateNodeSelector,
  validateNodeSelectorRequirement,
  validateNodeSelectorTerm,
  validatePodAffinity,
  validatePodAffinityTerm,
  validatePodAffinityTermSelector,
  validatePreferredSchedulingTerms,
  validateWeightedPodAffinityTerms,
  type AffinityOptions,
} from './scheduling-affinity.ts';
import { lint, pod } from './testing.ts';

const msgs = (errs: ErrorList) => errs.map((e) => `${formatPath(e.path)}: ${e.detail}`);
const OPTS: AffinityOptions = { nodeAffinityLabelValues: true, matchLabelKeys: true };
const APP = '  containers:\n    - name: app\n      image: nginx:1.27.3\n';
const IDS = ['pod-affinity-invalid'];
const term = { labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'zone' };

describe('Go zero values', () => {
  it('reads missing fields as "" and 0 and skips other types', () => {
    expect([goString(undefined), goString(null), goString('x'), goString(3)]).toEqual([
      '',
      '',
      'x',
      undefined,
    ]);
    expect([goNumber(undefined), goNumber(5), goNumber('5')]).toEqual([0, 5, undefined]);
  });
});

describe('validateNodeSelectorRequirement', () => {
  it('accepts In with values and Exists without', () => {
    expect(
      validateNodeSelectorRequirement({ key: 'zone', operator: 'In', values: ['a'] }, true, ['r']),
    ).toEqual([]);
    expect(
      validateNodeSelectorRequirement({ key: 'zone', operator: 'Exists' }, true, ['r']),
    ).toEqual([]);
  });

  it('rejects a missing operator, Gt without one value and a bad value', () => {
    expect(msgs(validateNodeSelectorRequirement({ key: 'key1' }, true, ['r']))).toEqual([
      'r.operator: Invalid value: "": not a valid selector operator',
    ]);
    expect(
      msgs(validateNodeSelectorRequirement({ key: 'n', operator: 'Gt' }, true, ['r'])),
    ).toEqual([
      "r.values: Required value: must be specified single value when `operator` is 'Lt' or 'Gt'",
    ]);
    const bad = validateNodeSelectorRequirement(
      { key: 'k', operator: 'In', values: ['a b'] },
      true,
      ['r'],
    );
    expect(msgs(bad)).toHaveLength(1);
    expect(msgs(bad)[0]).toMatch(/^r\.values\[0\]: Invalid value: "a b": a valid label must be/);
    // Before 1.32 (and in preferred terms) the values are not checked.
    expect(
      validateNodeSelectorRequirement({ key: 'k', operator: 'In', values: ['a b'] }, false, ['r']),
    ).toEqual([]);
  });
});

describe('validateNodeFieldSelectorRequirement', () => {
  it('accepts metadata.name In one node name', () => {
    const req = { key: 'metadata.name', operator: 'In', values: ['node-1'] };
    expect(validateNodeFieldSelectorRequirement(req, ['f'])).toEqual([]);
  });

  it('rejects two values, another operator and another key', () => {
    const two = { key: 'metadata.name', operator: 'In', values: ['a', 'b'] };
    expect(msgs(validateNodeFieldSelectorRequirement(two, ['f']))).toEqual([
      "f.values: Required value: must be only one value when `operator` is 'In' or 'NotIn' for node field selector",
    ]);
    const other = { key: 'metadata.namespace', operator: 'Exists' };
    expect(msgs(validateNodeFieldSelectorRequirement(other, ['f']))).toEqual([
      'f.operator: Invalid value: "Exists": not a valid selector operator',
      'f.key: Invalid value: "metadata.namespace": not a valid field selector key',
    ]);
  });
});

describe('validateNodeSelector and validateNodeSelectorTerm', () => {
  it('needs at least one term', () => {
    expect(msgs(validateNodeSelector({ nodeSelectorTerms: [] }, true, ['ns']))).toEqual([
      'ns.nodeSelectorTerms: Required value: must have at least one node selector term',
    ]);
    expect(
      validateNodeSelector({ nodeSelectorTerms: [{ matchExpressions: [] }] }, true, ['ns']),
    ).toEqual([]);
  });

  it('checks expressions and fields of a term', () => {
    const t = { matchFields: [{ key: 'metadata.name', operator: 'NotIn', values: ['x'] }] };
    expect(validateNodeSelectorTerm(t, true, ['t'])).toEqual([]);
    expect(
      msgs(
        validateNodeSelectorTerm({ matchExpressions: [{ key: 'k', operator: 'Bad' }] }, true, [
          't',
        ]),
      ),
    ).toEqual([
      't.matchExpressions[0].operator: Invalid value: "Bad": not a valid selector operator',
    ]);
  });
});

describe('validatePreferredSchedulingTerms and validateNodeAffinity', () => {
  it('keeps weights within 1-100', () => {
    expect(validatePreferredSchedulingTerms([{ weight: 100, preference: {} }], ['p'])).toEqual([]);
    expect(
      msgs(validatePreferredSchedulingTerms([{ weight: 199, preference: {} }], ['p'])),
    ).toEqual(['p[0].weight: Invalid value: 199: must be in the range 1-100']);
  });

  it('validates both halves of nodeAffinity', () => {
    const na = {
      requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] },
      preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 0, preference: {} }],
    };
    expect(msgs(validateNodeAffinity(na, ['na'], OPTS))).toEqual([
      'na.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term',
      'na.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 0: must be in the range 1-100',
    ]);
    expect(validateNodeAffinity({}, ['na'], OPTS)).toEqual([]);
  });
});

describe('validatePodAffinityTerm and its parts', () => {
  it('accepts a term with a selector and a topology key', () => {
    expect(validatePodAffinityTerm(term, ['t'], OPTS)).toEqual([]);
  });

  it('needs a topologyKey, reported twice as upstream does', () => {
    const [required, ...rest] = msgs(validatePodAffinityTerm({ labelSelector: {} }, ['t'], OPTS));
    expect(required).toBe('t.topologyKey: Required value: can not be empty');
    expect(rest).toEqual(isQualifiedName('').map((m) => `t.topologyKey: Invalid value: "": ${m}`));
  });

  it('reports a bad namespace at `namespace`', () => {
    const errs = validatePodAffinityTerm(
      { ...term, namespaces: ['INVALID_NAMESPACE'] },
      ['t'],
      OPTS,
    );
    expect(msgs(errs)).toEqual(
      isDNS1123Label('INVALID_NAMESPACE').map(
        (m) => `t.namespace: Invalid value: "INVALID_NAMESPACE": ${m}`,
      ),
    );
  });

  it('checks labelSelector and namespaceSelector', () => {
    const t = { namespaceSelector: { matchExpressions: [{ key: 'k', operator: 'In' }] } };
    expect(msgs(validatePodAffinityTermSelector(t, ['t']))).toEqual([
      "t.namespaceSelector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
    ]);
    expect(validatePodAffinityTermSelector(term, ['t'])).toEqual([]);
  });
});

describe('matchLabelKeys and mismatchLabelKeys', () => {
  const selector = { matchExpressions: [{ key: 'key', operator: 'NotIn', values: ['v2'] }] };

  it('merges the pod labels the keys name, and only those', () => {
    expect(
      mergeLabelKeys(selector, ['key', 'absent'], ['other'], { key: 'v1', other: 'o' }),
    ).toEqual({
      matchExpressions: [
        { key: 'key', operator: 'NotIn', values: ['v2'] },
        { key: 'key', operator: 'In', values: ['v1'] },
        { key: 'other', operator: 'NotIn', values: ['o'] },
      ],
    });
    expect(mergeLabelKeys(undefined, ['key'], [], { key: 'v1' })).toBeUndefined();
  });

  it('rejects a key the merged selector already has, at upstream path[i]', () => {
    const merged = mergeLabelKeys(selector, ['key'], [], { key: 'v1' });
    expect(msgs(validateMatchLabelKeysAndMismatchLabelKeys(['t'], ['key'], [], merged))).toEqual([
      't[0]: Invalid value: "key": exists in both matchLabelKeys and labelSelector',
    ]);
    expect(validateMatchLabelKeysAndMismatchLabelKeys(['t'], ['key'], [], selector)).toEqual([]);
  });

  it('rejects a key in both lists', () => {
    expect(msgs(validateMatchLabelKeysAndMismatchLabelKeys(['t'], ['same'], ['same'], {}))).toEqual(
      [
        't.matchLabelKeys[0]: Invalid value: "same": exists in both matchLabelKeys and mismatchLabelKeys',
      ],
    );
  });

  it('needs a labelSelector and label keys', () => {
    expect(msgs(validateLabelKeys(['k'], ['foo'], undefined))).toEqual([
      'k: Forbidden: must not be specified when labelSelector is not set',
    ]);
    expect(msgs(validateLabelKeys(['k'], ['/simple'], {}))).toEqual([
      'k[0]: Invalid value: "/simple": prefix part must be non-empty',
    ]);
    expect(validateLabelKeys(['k'], ['app'], {})).toEqual([]);
  });
});

describe('validatePodAffinity and validateWeightedPodAffinityTerms', () => {
  it('checks required and weighted terms', () => {
    const pa = {
      requiredDuringSchedulingIgnoredDuringExecution: [term],
      preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 109, podAffinityTerm: term }],
    };
    expect(msgs(validatePodAffinity(pa, ['pa'], OPTS))).toEqual([
      'pa.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 109: must be in the range 1-100',
    ]);
    expect(
      validateWeightedPodAffinityTerms([{ weight: 1, podAffinityTerm: term }], ['w'], OPTS),
    ).toEqual([]);
  });
});

describe('validateAffinity in a manifest', () => {
  const affinity = (labels: string, body: string) =>
    pod(`  affinity:\n${body}${APP}`).replace('  name: p\n', `  name: p\n${labels}`);
  const antiAffinity =
    '    podAntiAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        - labelSelector:\n            matchLabels:\n              key: v\n          topologyKey: zone\n          matchLabelKeys: [key]\n';

  it('is quiet about a valid affinity', () => {
    expect(
      validateAffinity(
        { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term] } },
        ['a'],
        OPTS,
      ),
    ).toEqual([]);
    expect(lint(affinity('', antiAffinity), IDS)).toEqual([]);
  });

  it('merges a Pod’s own labels before checking matchLabelKeys, as the API server does', () => {
    expect(lint(affinity('  labels:\n    key: v\n', antiAffinity), IDS)).toEqual([
      'error pod-affinity-invalid spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0][0]: Invalid value: "key": exists in both matchLabelKeys and labelSelector',
    ]);
  });

  it('ignores matchLabelKeys where the gate drops them (1.29, 1.30)', () => {
    expect(lint(affinity('  labels:\n    key: v\n', antiAffinity), IDS, '1.30')).toEqual([]);
  });

  it('warns for a template whose Pods the merge would make invalid', () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      key: v
  template:
    metadata:
      labels:
        key: v
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector:
                matchLabels:
                  key: v
              topologyKey: zone
              matchLabelKeys: [key]
      containers:
        - name: app
          image: nginx:1.27.3
`;
    expect(lint(deployment, IDS)).toEqual([
      'warning pod-affinity-invalid spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0][0]: Invalid value: "key": exists in both matchLabelKeys and labelSelector',
    ]);
  });
});
