import type { UpstreamSuite } from './cases.ts';
import { bad, ok, podWith, SOURCE } from './scheduling.ts';

// Node and pod (anti-)affinity cases of TestValidatePod (see scheduling.ts for the source read);
// its toleration cases are in scheduling.ts.

const A = 'spec.affinity';
const REQ = 'requiredDuringSchedulingIgnoredDuringExecution';
const PREF = 'preferredDuringSchedulingIgnoredDuringExecution';
const affinity = (a: object, labels?: Record<string, string>) => podWith({ affinity: a }, labels);
const nodeTerms = (terms: object[]) =>
  affinity({ nodeAffinity: { [REQ]: { nodeSelectorTerms: terms } } });
const notIn = (key: string, values: string[]) => ({ key, operator: 'NotIn', values });
const keyNotIn = { matchExpressions: [notIn('key', ['value1', 'value2'])] };

type Kind = 'podAffinity' | 'podAntiAffinity';
/** A pod (anti-)affinity with one hard or soft `term`. */
const podTerm = (kind: Kind, soft: boolean, term: object, labels?: Record<string, string>) =>
  affinity(
    { [kind]: soft ? { [PREF]: [{ weight: 10, podAffinityTerm: term }] } : { [REQ]: [term] } },
    labels,
  );
/** The path of that one term. */
const termPath = (kind: Kind, soft: boolean) =>
  soft ? `${A}.${kind}.${PREF}[0].podAffinityTerm` : `${A}.${kind}.${REQ}[0]`;

const FOUR: [string, Kind, boolean][] = [
  ['soft pod affinity', 'podAffinity', true],
  ['hard pod affinity', 'podAffinity', false],
  ['soft pod anti-affinity', 'podAntiAffinity', true],
  ['hard pod anti-affinity', 'podAntiAffinity', false],
];

const labelKeysTerm = {
  labelSelector: {
    matchExpressions: [
      notIn('key', ['value1', 'value2']),
      { key: 'key2', operator: 'In', values: ['value1'] },
      notIn('key3', ['value1']),
    ],
  },
  topologyKey: 'k8s.io/zone',
  matchLabelKeys: ['key2'],
  mismatchLabelKeys: ['key3'],
};

const validatePodAffinity: UpstreamSuite = {
  test: 'TestValidatePod',
  functions: ['validateAffinity'],
  source: SOURCE,
  cases: [
    ok(
      'serialized node affinity requirements',
      affinity({
        nodeAffinity: {
          [REQ]: {
            nodeSelectorTerms: [
              {
                matchExpressions: [{ key: 'key2', operator: 'In', values: ['value1', 'value2'] }],
                matchFields: [{ key: 'metadata.name', operator: 'In', values: ['host1'] }],
              },
            ],
          },
          [PREF]: [
            {
              weight: 10,
              preference: { matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar'] }] },
            },
          ],
        },
      }),
    ),
    ok(
      'serialized node affinity requirements, II',
      affinity({
        nodeAffinity: {
          [REQ]: { nodeSelectorTerms: [{ matchExpressions: [] }] },
          [PREF]: [{ weight: 10, preference: { matchExpressions: [] } }],
        },
      }),
    ),
    ok(
      'serialized pod affinity in affinity requirements in annotations',
      affinity({
        podAffinity: {
          [REQ]: [
            {
              labelSelector: {
                matchExpressions: [{ key: 'key2', operator: 'In', values: ['value1', 'value2'] }],
              },
              topologyKey: 'zone',
              namespaces: ['ns'],
              namespaceSelector: {
                matchExpressions: [{ key: 'key', operator: 'In', values: ['value1', 'value2'] }],
              },
            },
          ],
          [PREF]: [
            {
              weight: 10,
              podAffinityTerm: {
                labelSelector: { matchExpressions: [notIn('key2', ['value1', 'value2'])] },
                namespaces: ['ns'],
                topologyKey: 'region',
              },
            },
          ],
        },
      }),
    ),
    ok(
      'serialized pod anti affinity with different Label Operators in affinity requirements in annotations',
      affinity({
        podAntiAffinity: {
          [REQ]: [
            {
              labelSelector: { matchExpressions: [{ key: 'key2', operator: 'Exists' }] },
              topologyKey: 'zone',
              namespaces: ['ns'],
            },
          ],
          [PREF]: [
            {
              weight: 10,
              podAffinityTerm: {
                labelSelector: { matchExpressions: [{ key: 'key2', operator: 'DoesNotExist' }] },
                namespaces: ['ns'],
                topologyKey: 'region',
              },
            },
          ],
        },
      }),
    ),
    ...FOUR.map(([, kind, soft]) =>
      ok(
        `MatchLabelKeys/MismatchLabelKeys in ${soft ? 'preferred' : 'required'} ${kind === 'podAffinity' ? 'PodAffinity' : 'PodAntiAffinity'}`,
        podTerm(kind, soft, labelKeysTerm),
      ),
    ),
    ok(
      'LabelSelector can have the same key as MismatchLabelKeys',
      podTerm('podAffinity', false, {
        labelSelector: {
          matchExpressions: [
            notIn('key', ['value1', 'value2']),
            { key: 'key2', operator: 'In', values: ['value1'] },
            notIn('key2', ['value1']),
          ],
        },
        topologyKey: 'k8s.io/zone',
        mismatchLabelKeys: ['key2'],
      }),
    ),
    bad(
      "invalid node selector requirement in node affinity, operator can't be null",
      nodeTerms([{ matchExpressions: [{ key: 'key1' }] }]),
      `${A}.nodeAffinity.${REQ}.nodeSelectorTerms[0].matchExpressions[0].operator: Invalid value`,
    ),
    bad(
      'invalid node selector requirement in node affinity, key is invalid',
      nodeTerms([{ matchExpressions: [{ key: 'invalid key ___@#', operator: 'Exists' }] }]),
      `${A}.nodeAffinity.${REQ}.nodeSelectorTerms[0].matchExpressions[0].key: Invalid value`,
    ),
    bad(
      'invalid node field selector requirement in node affinity, more values for field selector',
      nodeTerms([
        { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['host1', 'host2'] }] },
      ]),
      `${A}.nodeAffinity.${REQ}.nodeSelectorTerms[0].matchFields[0].values: Required value`,
    ),
    bad(
      'invalid node field selector requirement in node affinity, invalid operator',
      nodeTerms([{ matchFields: [{ key: 'metadata.name', operator: 'Exists' }] }]),
      `${A}.nodeAffinity.${REQ}.nodeSelectorTerms[0].matchFields[0].operator: Invalid value`,
    ),
    bad(
      'invalid node field selector requirement in node affinity, invalid key',
      nodeTerms([
        { matchFields: [{ key: 'metadata.namespace', operator: 'In', values: ['ns1'] }] },
      ]),
      `${A}.nodeAffinity.${REQ}.nodeSelectorTerms[0].matchFields[0].key: Invalid value`,
    ),
    bad(
      'invalid preferredSchedulingTerm in node affinity, weight should be in range 1-100',
      affinity({
        nodeAffinity: {
          [PREF]: [
            {
              weight: 199,
              preference: { matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar'] }] },
            },
          ],
        },
      }),
      `${A}.nodeAffinity.${PREF}[0].weight: Invalid value`,
    ),
    bad(
      'invalid requiredDuringSchedulingIgnoredDuringExecution node selector, nodeSelectorTerms must have at least one term',
      nodeTerms([]),
      `${A}.nodeAffinity.${REQ}.nodeSelectorTerms: Required value`,
    ),
    bad(
      'invalid weight in preferredDuringSchedulingIgnoredDuringExecution in pod affinity annotations, weight should be in range 1-100',
      affinity({
        podAffinity: {
          [PREF]: [
            {
              weight: 109,
              podAffinityTerm: {
                labelSelector: { matchExpressions: [notIn('key2', ['value1', 'value2'])] },
                namespaces: ['ns'],
                topologyKey: 'region',
              },
            },
          ],
        },
      }),
      `${A}.podAffinity.${PREF}[0].weight: Invalid value`,
    ),
    bad(
      'invalid labelSelector in preferredDuringSchedulingIgnoredDuringExecution in podaffinity annotations, values should be empty if the operator is Exists',
      podTerm('podAntiAffinity', true, {
        labelSelector: {
          matchExpressions: [{ key: 'key2', operator: 'Exists', values: ['value1', 'value2'] }],
        },
        namespaces: ['ns'],
        topologyKey: 'region',
      }),
      `${termPath('podAntiAffinity', true)}.labelSelector.matchExpressions[0].values: Forbidden`,
    ),
    bad(
      'invalid namespaceSelector in preferredDuringSchedulingIgnoredDuringExecution in podaffinity, In operator must include Values',
      podTerm('podAntiAffinity', true, {
        namespaceSelector: { matchExpressions: [{ key: 'key2', operator: 'In' }] },
        namespaces: ['ns'],
        topologyKey: 'region',
      }),
      `${termPath('podAntiAffinity', true)}.namespaceSelector.matchExpressions[0].values: Required value`,
    ),
    bad(
      'invalid namespaceSelector in preferredDuringSchedulingIgnoredDuringExecution in podaffinity, Exists operator can not have values',
      podTerm('podAntiAffinity', true, {
        namespaceSelector: {
          matchExpressions: [{ key: 'key2', operator: 'Exists', values: ['value1', 'value2'] }],
        },
        namespaces: ['ns'],
        topologyKey: 'region',
      }),
      `${termPath('podAntiAffinity', true)}.namespaceSelector.matchExpressions[0].values: Forbidden`,
    ),
    bad(
      'invalid name space in preferredDuringSchedulingIgnoredDuringExecution in podaffinity annotations, namespace should be valid',
      podTerm('podAffinity', true, {
        labelSelector: { matchExpressions: [{ key: 'key2', operator: 'Exists' }] },
        namespaces: ['INVALID_NAMESPACE'],
        topologyKey: 'region',
      }),
      `${termPath('podAffinity', true)}.namespace: Invalid value`,
    ),
    ...FOUR.map(([what, kind, soft]) =>
      bad(
        `invalid ${what}, empty topologyKey is not allowed for ${what}`,
        podTerm(kind, soft, {
          labelSelector: { matchExpressions: [notIn('key2', ['value1', 'value2'])] },
          namespaces: ['ns'],
        }),
        `${termPath(kind, soft)}.topologyKey: Required value`,
      ),
    ),
    ...(['MatchLabelKeys', 'MismatchLabelKeys'] as const).flatMap((field) =>
      FOUR.map(([what, kind, soft]) => {
        const key = field === 'MatchLabelKeys' ? 'matchLabelKeys' : 'mismatchLabelKeys';
        return bad(
          `invalid ${what}, key in ${field} isn't correctly defined`,
          podTerm(kind, soft, {
            labelSelector: keyNotIn,
            topologyKey: 'k8s.io/zone',
            [key]: ['/simple'],
          }),
          `${termPath(kind, soft)}.${key}[0]: Invalid value`,
        );
      }),
    ),
    // Upstream writes the merged selector by hand; as a manifest, the Pod carries the label and
    // the API server's merge adds `key In (value1)` beside the user's `key NotIn (value2)`.
    ...FOUR.map(([what, kind, soft]) =>
      bad(
        `invalid ${what}, key exists in both matchLabelKeys and labelSelector`,
        podTerm(
          kind,
          soft,
          {
            labelSelector: { matchExpressions: [notIn('key', ['value2'])] },
            topologyKey: 'k8s.io/zone',
            matchLabelKeys: ['key'],
          },
          { key: 'value1' },
        ),
        `${termPath(kind, soft)}[0]: Invalid value`,
      ),
    ),
    ...FOUR.map(([what, kind, soft]) =>
      bad(
        `invalid ${what}, key exists in both MatchLabelKeys and MismatchLabelKeys`,
        podTerm(kind, soft, {
          labelSelector: keyNotIn,
          topologyKey: 'k8s.io/zone',
          matchLabelKeys: ['samekey'],
          mismatchLabelKeys: ['samekey'],
        }),
        `${termPath(kind, soft)}.matchLabelKeys[0]: Invalid value`,
      ),
    ),
  ],
};

/** The affinity suites, for upstream/index.ts. */
export const AFFINITY_SUITES: readonly UpstreamSuite[] = [validatePodAffinity];
