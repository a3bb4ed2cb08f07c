import { describe, expect, it } from 'vitest';
import { isDNS1123Label, isDNS1123Subdomain } from '../apimachinery.ts';
import {
  maskTrailingDash,
  TOTAL_ANNOTATION_SIZE_LIMIT_B as LIMIT,
  validateAnnotations,
  validateAnnotationsSize,
  validateFinalizers,
  validateKubeFinalizerName,
  validateObjectMetaAccessor,
  validateOwnerReferences,
} from './meta-object.ts';
import { validateWorkloadSelector } from './meta.ts';
import {
  isValidDeletionCost,
  tolerationsFromAnnotation,
  validatePodSpecificAnnotations,
  validatePodTemplateMetadata,
} from './pod-annotations.ts';
import { lint } from './testing.ts';

const IDS = [
  'meta-namespace-invalid',
  'meta-generate-name-invalid',
  'meta-labels-invalid',
  'meta-annotations-invalid',
  'meta-finalizers-invalid',
  'meta-owner-references-invalid',
  'selector-invalid',
];

const details = (errs: { path: readonly (string | number)[]; detail: string }[]) =>
  errs.map((e) => `${e.path.join('/')}: ${e.detail}`);

const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const NAME_PART =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

const configMap = (meta: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n${meta}data:\n  a: b\n`;

const rules = {
  nameFn: isDNS1123Subdomain,
  namespaced: true,
  kube: true,
  namespaceFn: isDNS1123Label,
};

// pkg/api/validation/objectmeta_test.go of kubernetes/apimachinery v0.34.1 (b72d93d1), ported.
describe('objectmeta_test.go (apimachinery v0.34.1)', () => {
  it('TestValidateObjectMetaNamespaces: a namespace is a DNS-1123 label', () => {
    expect(details(validateObjectMetaAccessor({ namespace: 'foo.bar' }, rules, ['field']))).toEqual(
      ['field/namespace: Invalid value: "foo.bar": must not contain dots'],
    );
    const long = 'A'.repeat(64);
    expect(details(validateObjectMetaAccessor({ namespace: long }, rules, ['field']))).toEqual([
      `field/namespace: Invalid value: "${long}": must be no more than 63 characters`,
      `field/namespace: Invalid value: "${long}": ${LABEL}`,
    ]);
  });

  it('TestValidateObjectMetaOwnerReferences', () => {
    const ref = (kind: string, uid: string, controller?: boolean) => ({
      apiVersion: 'customresourceVersion',
      kind,
      name: 'name',
      uid,
      ...(controller === undefined ? {} : { controller }),
    });
    expect(validateOwnerReferences([ref('customresourceKind', '1')], ['field'])).toEqual([]);
    expect(
      details(
        validateOwnerReferences(
          [{ apiVersion: 'v1', kind: 'Event', name: 'name', uid: '1' }],
          ['field'],
        ),
      ),
    ).toEqual([
      'field/0: Invalid value: {"apiVersion":"v1","kind":"Event","name":"name","uid":"1"}: /v1, Kind=Event is disallowed from being an owner',
    ]);
    const one = [ref('k', '1', false), ref('k', '2', true), ref('k', '3', false), ref('k', '4')];
    expect(validateOwnerReferences(one, ['field'])).toEqual([]);
    const two = [ref('k1', '1', false), ref('k2', '2', true), ref('k3', '3', true), ref('k4', '4')];
    expect(
      validateOwnerReferences(two, ['field']).map((e) => e.detail.replace(/^.*\]: /, '')),
    ).toEqual([
      'Only one reference can have Controller set to true. Found "true" in references for k2/name and k3/name',
    ]);
    // The later test's version errors (a/b/c, foo/), read with 1.34's message.
    for (const apiVersion of ['a/b/c', 'foo/'])
      expect(
        details(
          validateOwnerReferences([{ apiVersion, kind: 'Pod', name: 'name', uid: '1' }], ['field']),
        ),
      ).toEqual([`field/0/apiVersion: Invalid value: "${apiVersion}": version must not be empty`]);
  });

  it('TestValidateFinalizersPreventConflictingFinalizers', () => {
    expect(details(validateFinalizers(['orphan', 'foregroundDeletion'], ['field'], true))).toEqual([
      'field: Invalid value: ["orphan","foregroundDeletion"]: finalizer orphan and foregroundDeletion cannot be both set',
    ]);
  });

  it('TestValidateObjectMetaTrimsTrailingSlash: a generateName may end in a dash', () => {
    expect(validateObjectMetaAccessor({ generateName: 'foo-' }, rules, ['field'])).toEqual([]);
    expect(maskTrailingDash('foo-')).toBe('foa');
    expect(details(validateObjectMetaAccessor({ generateName: 'Foo-' }, rules, ['field']))).toEqual(
      [`field/generateName: Invalid value: "Foo-": ${SUBDOMAIN}`],
    );
  });

  it('TestValidateAnnotations', () => {
    const good = [
      'simple',
      'now-with-dashes',
      '1-starts-with-num',
      '1234',
      'simple/simple',
      'now.with.dots/simple',
      '1.2.3.4/5678',
      'UpperCase123',
    ];
    for (const key of good) expect(validateAnnotations({ [key]: 'bar' }, ['field'])).toEqual([]);
    expect(validateAnnotations({ a: 'b'.repeat(LIMIT - 1) }, ['f'])).toEqual([]);
    expect(
      validateAnnotations({ a: 'b'.repeat(LIMIT / 2 - 1), c: 'd'.repeat(LIMIT / 2 - 1) }, ['f']),
    ).toEqual([]);
    expect(details(validateAnnotations({ 'nospecialchars^=@': 'bar' }, ['field']))).toEqual([
      `field: Invalid value: "nospecialchars^=@": ${NAME_PART}`,
    ]);
    expect(validateAnnotations({ 'cantendwithadash-': 'bar' }, ['f'])[0]?.detail).toContain(
      'name part must consist of',
    );
    expect(validateAnnotations({ 'only/one/slash': 'bar' }, ['f'])[0]?.detail).toContain(
      'a qualified name must consist of',
    );
    expect(validateAnnotations({ ['a'.repeat(254)]: 'bar' }, ['f'])[0]?.detail).toContain(
      'must be no more than',
    );
    expect(details(validateAnnotations({ a: 'b'.repeat(LIMIT) }, ['field']))).toEqual([
      'field: Too long: may not be more than 262144 bytes',
    ]);
    expect(validateAnnotationsSize({ a: 'b'.repeat(LIMIT / 2), c: 'd'.repeat(LIMIT / 2) })).toBe(
      false,
    );
  });
});

describe('object metadata in manifests', () => {
  it('reports every metadata field with its rule', () => {
    const text = configMap(
      '  namespace: Team_A\n  generateName: Cache_\n  labels:\n    "bad key": x\n  annotations:\n    a/b/c: x\n  finalizers: [cleanup]\n  ownerReferences:\n    - {apiVersion: v1, kind: Pod, name: p}\n',
    );
    expect(lint(text, IDS).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'error meta-namespace-invalid metadata.namespace:',
      'error meta-generate-name-invalid metadata.generateName:',
      'error meta-labels-invalid metadata.labels:',
      'error meta-annotations-invalid metadata.annotations:',
      'error meta-finalizers-invalid metadata.finalizers[0]:',
      'error meta-owner-references-invalid metadata.ownerReferences[0].uid:',
    ]);
  });

  it('checks neither a cluster-scoped namespace nor a custom resource name generator', () => {
    expect(
      lint('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  namespace: Bad_NS\n', IDS),
    ).toEqual([]);
    const cr =
      'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  generateName: W_\n  finalizers: [cleanup]\n';
    expect(lint(cr, IDS)).toEqual([]);
  });

  it('validateFinalizerName: a qualified name', () => {
    expect(validateFinalizers(['example.com/cleanup', 'kubernetes'], ['f'], true)).toEqual([]);
    expect(details(validateFinalizers(['Example_com/cleanup'], ['f'], false))).toEqual([
      `f/0: Invalid value: "Example_com/cleanup": prefix part ${SUBDOMAIN}`,
    ]);
  });

  it('validateKubeFinalizerName: built-in kinds need a prefixed or standard finalizer', () => {
    expect(details(validateKubeFinalizerName('cleanup', ['f']))).toEqual([
      'f: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified',
    ]);
    expect(validateKubeFinalizerName('kubernetes', ['f'])).toEqual([]);
    expect(validateKubeFinalizerName('example.com/cleanup', ['f'])).toEqual([]);
  });
});

describe('pod-specific annotations and templates', () => {
  const pod = (annotations: string, spec = '') =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n${annotations}spec:\n${spec}  containers:\n    - name: app\n      image: nginx:1.27.3\n`;

  it('validatePodSpecificAnnotations: mirror pods, deletion cost, tolerations', () => {
    expect(
      details(
        validatePodSpecificAnnotations({ 'kubernetes.io/config.mirror': 'x' }, {}, ['a'], '1.34'),
      ),
    ).toEqual([
      'a/kubernetes.io/config.mirror: Invalid value: "x": must set spec.nodeName if mirror pod annotation is set',
    ]);
    expect(
      validatePodSpecificAnnotations(
        { 'kubernetes.io/config.mirror': 'x' },
        { nodeName: 'n' },
        ['a'],
        '1.34',
      ),
    ).toEqual([]);
    expect(lint(pod('    controller.kubernetes.io/pod-deletion-cost: "007"\n'), IDS)).toEqual([
      'error meta-annotations-invalid metadata.annotations["controller.kubernetes.io/pod-deletion-cost"]: Invalid value: "007": must be a 32bit integer',
    ]);
    expect(
      lint(pod('    controller.kubernetes.io/pod-deletion-cost: "-2147483648"\n'), IDS),
    ).toEqual([]);
  });

  it('isValidDeletionCost follows GetDeletionCostFromPodAnnotations', () => {
    for (const v of ['0', '10', '-10', '2147483647']) expect(isValidDeletionCost(v)).toBe(true);
    for (const v of ['', '+10', '008', '2147483648', '1.5', '1e3'])
      expect(isValidDeletionCost(v)).toBe(false);
  });

  it('validateTolerationsInPodAnnotations: decodes as Go does, then checks each toleration', () => {
    const key = '    scheduler.alpha.kubernetes.io/tolerations: ';
    expect(lint(pod(`${key}'[{"key":"CriticalAddonsOnly", "operator":"Exists"}]'\n`), IDS)).toEqual(
      [],
    );
    expect(lint(pod(`${key}'[{"key":"a","operator":"Exists","value":"x"}]'\n`), IDS)).toEqual([
      'error meta-annotations-invalid metadata.annotations["scheduler.alpha.kubernetes.io/tolerations"][0].operator: Invalid value: "x": value must be empty when `operator` is \'Exists\'',
    ]);
    expect(lint(pod(`${key}'[{"key": }]'\n`), IDS)).toEqual([
      'error meta-annotations-invalid metadata.annotations: Invalid value: "scheduler.alpha.kubernetes.io/tolerations": invalid character \'}\' looking for beginning of value',
    ]);
    expect(tolerationsFromAnnotation('{"key":"a"}')).toEqual({
      error: 'json: cannot unmarshal object into Go value of type []core.Toleration',
    });
    expect(tolerationsFromAnnotation('[{"Key":"a","tolerationSeconds":"5"}]')).toEqual({
      error:
        'json: cannot unmarshal string into Go struct field Toleration.tolerationSeconds of type int64',
    });
    expect(tolerationsFromAnnotation('[{"Key":"a","Effect":"NoExecute"}]')).toEqual({
      tolerations: [{ key: 'a', effect: 'NoExecute' }],
    });
  });

  it('validatePodTemplateMetadata: labels, annotations and pod annotations of a template', () => {
    expect(
      details(
        validatePodTemplateMetadata(
          { metadata: { labels: { app: 'bad value' } } },
          ['spec', 'template'],
          '1.34',
        ),
      ),
    ).toEqual([
      "spec/template/metadata/labels: Invalid value: \"bad value\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ]);
    expect(
      validatePodTemplateMetadata({ metadata: { labels: { app: 'web' } } }, ['t'], '1.34'),
    ).toEqual([]);
  });

  it('warns about a CronJob jobTemplate label the Jobs will be refused for', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: '@daily'
  jobTemplate:
    metadata:
      labels:
        team name: data
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: job
              image: busybox:1.36
`;
    const [line] = lint(text, IDS);
    expect(line).toMatch(
      /^warning meta-labels-invalid spec\.jobTemplate\.metadata\.labels: Invalid value: "team name": /,
    );
    expect(line).toMatch(
      /: the API takes the CronJob, but refuses every Job created from this template$/,
    );
  });
});

describe('workload selectors', () => {
  const sel = {
    matchLabels: { app: 'web' },
    matchExpressions: [{ key: 'tier', operator: 'Equals', values: ['a'] }],
  };

  it("validateWorkloadSelector adds LabelSelectorAsSelector's error for the apps kinds", () => {
    expect(details(validateWorkloadSelector('Deployment', sel))).toEqual([
      'spec/selector/matchExpressions/0/operator: Invalid value: "Equals": not a valid selector operator',
      'spec/selector: Invalid value: {"matchLabels":{"app":"web"},"matchExpressions":[{"key":"tier","operator":"Equals","values":["a"]}]}: invalid label selector',
    ]);
    expect(details(validateWorkloadSelector('StatefulSet', sel))[1]).toBe(
      'spec/selector: Invalid value: {"matchLabels":{"app":"web"},"matchExpressions":[{"key":"tier","operator":"Equals","values":["a"]}]}',
    );
    expect(validateWorkloadSelector('DaemonSet', sel)).toHaveLength(1);
    expect(validateWorkloadSelector('Deployment', { matchLabels: { app: 'web' } })).toEqual([]);
    expect(validateWorkloadSelector('Service', sel)).toEqual([]);
  });
});
