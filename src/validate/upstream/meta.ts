import type { UpstreamCase, UpstreamSuite } from './cases.ts';

// Labels and label selectors: k8s.io/apimachinery's tests, ported as manifests. Read from
// pkg/apis/meta/v1/validation/validation_test.go of kubernetes/apimachinery at v0.34.1
// (b72d93d174332f952a8d431419fece5e6f044bcb), the staging copy Kubernetes 1.34.1 builds with.
// Labels are written on a ConfigMap's metadata; selectors as a Deployment's spec.selector (whose
// LabelSelectorAsSelector failure adds its own `spec.selector: Invalid value`). The object
// metadata tests of pkg/api/validation/objectmeta_test.go (same tag) are unit tests in
// rules/meta.test.ts, their file not being a validation_test.go.

const SOURCE =
  'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation_test.go @ kubernetes/apimachinery v0.34.1 (b72d93d174332f952a8d431419fece5e6f044bcb)';

const q = (s: string) => JSON.stringify(s);

const labelled = (labels: Record<string, string>) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: labelled\n  labels:\n${Object.entries(labels)
    .map(([k, v]) => `    ${q(k)}: ${q(v)}\n`)
    .join('')}`;

const ok = (name: string, labels: Record<string, string>): UpstreamCase => ({
  name,
  yaml: labelled(labels),
  errors: [],
});
const bad = (name: string, labels: Record<string, string>): UpstreamCase => ({
  name,
  yaml: labelled(labels),
  errors: ['metadata.labels: Invalid value'],
});

const success: Record<string, string>[] = [
  { simple: 'bar' },
  { 'now-with-dashes': 'bar' },
  { '1-starts-with-num': 'bar' },
  { '1234': 'bar' },
  { 'simple/simple': 'bar' },
  { 'now-with-dashes/simple': 'bar' },
  { 'now-with-dashes/now-with-dashes': 'bar' },
  { 'now.with.dots/simple': 'bar' },
  { 'now-with.dashes-and.dots/simple': 'bar' },
  { '1-num.2-num/3-num': 'bar' },
  { '1234/5678': 'bar' },
  { '1.2.3.4/5678': 'bar' },
  { UpperCaseAreOK123: 'bar' },
  { goodvalue: '123_-.BaR' },
];

const labelCases: UpstreamCase[] = [
  ...success.map((labels, i) => ok(`successCases[${i}] ${Object.keys(labels)[0]}`, labels)),
  bad('labelNameErrorCases[0] nospecialchars^=@', { 'nospecialchars^=@': 'bar' }),
  bad('labelNameErrorCases[1] cantendwithadash-', { 'cantendwithadash-': 'bar' }),
  bad('labelNameErrorCases[2] only/one/slash', { 'only/one/slash': 'bar' }),
  bad('labelNameErrorCases[3] 254 characters', { ['a'.repeat(254)]: 'bar' }),
  bad('labelValueErrorCases[0] toolongvalue', { toolongvalue: 'a'.repeat(64) }),
  bad('labelValueErrorCases[1] backslashesinvalue', { backslashesinvalue: 'some\\bad\\value' }),
  bad('labelValueErrorCases[2] nocommasallowed', { nocommasallowed: 'bad,value' }),
  bad('labelValueErrorCases[3] strangecharsinvalue', { strangecharsinvalue: '?#$notsogood' }),
];

/** A Deployment selecting with one match expression (its template carries `key: value`). */
function selecting(key: string, operator: string, value: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: selector
spec:
  selector:
    matchExpressions:
      - key: ${q(key)}
        operator: ${q(operator)}
        values: [${q(value)}]
  template:
    metadata:
      labels:
        key: value
    spec:
      containers:
        - name: app
          image: nginx:1.27.3
`;
}

const selectorCases: UpstreamCase[] = [
  { name: 'Valid LabelSelector', yaml: selecting('key', 'In', 'value'), errors: [] },
  {
    name: "MatchExpression's key name isn't valid",
    yaml: selecting('-key', 'In', 'value'),
    errors: [
      'spec.selector.matchExpressions[0].key: Invalid value',
      'spec.selector: Invalid value',
    ],
  },
  {
    name: "MatchExpression's operator isn't valid",
    yaml: selecting('key', 'abc', 'value'),
    errors: [
      'spec.selector.matchExpressions[0].operator: Invalid value',
      'spec.selector: Invalid value',
    ],
  },
  {
    name: "MatchExpression's value name isn't valid",
    yaml: selecting('key', 'In', '-value'),
    errors: [
      'spec.selector.matchExpressions[0].values[0]: Invalid value',
      'spec.selector: Invalid value',
    ],
  },
];

/** Label and label-selector suites (apimachinery meta/v1 validation). */
export const META_SUITES: readonly UpstreamSuite[] = [
  {
    test: 'TestValidateLabels',
    functions: ['ValidateLabels', 'ValidateLabelName'],
    source: SOURCE,
    cases: labelCases,
  },
  {
    test: 'TestLabelSelectorMatchExpression',
    functions: ['ValidateLabelSelector', 'ValidateLabelSelectorRequirement'],
    source: SOURCE,
    cases: selectorCases,
  },
];
