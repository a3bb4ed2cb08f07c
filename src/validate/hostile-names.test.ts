import { describe, expect, it } from 'vitest';
import { inspectDesign } from '../analysis/inspect.ts';
import { parseDesign } from '../yaml/parse.ts';
import { validateDesign } from './index.ts';

// Names from the YAML that every JavaScript object has as an inherited property, used as
// container, env, label, volume, port, key and resource names. Each scenario is checked with an
// ordinary name and with each of these: the findings (rule and place) and the analysis must be the
// same, apart from rules about the name's own format. A name looked up with `[]` or `in` in a
// plain object would find what Object.prototype holds, and a rule would see what is not there.

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const ORDINARY = 'zname';

/** Rules about whether a name is well formed, which differ for `__proto__` by right. */
const NAME_FORMAT =
  /-invalid$|-iana$|-too-long$|^schema-|container-name|port-name|env-name|volume-name/;

const deployment = (spec: string, template = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}${template}
    spec:
      containers:
        - name: app
          image: nginx:1.27
${spec}`;

const configMap = (data: string) => `---
apiVersion: v1
kind: ConfigMap
metadata: {name: cm}
data: {${data}}
`;

const service = (spec: string) => `---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
${spec}`;

/** Designs with one name NAME in them, by where the name is. */
const SCENARIOS: Record<string, string> = {
  'a selector label the pods lack': deployment('').replace(
    'matchLabels: {app: web}',
    'matchLabels: {app: web, NAME: x}',
  ),
  'a selector expression on a label the pods lack': deployment('').replace(
    'matchLabels: {app: web}',
    'matchLabels: {app: web}\n    matchExpressions: [{key: NAME, operator: Exists}]',
  ),
  'a selector expression that the label must not exist': deployment('').replace(
    'matchLabels: {app: web}',
    'matchLabels: {app: web}\n    matchExpressions: [{key: NAME, operator: DoesNotExist}]',
  ),
  'a pod label': deployment('').replace('labels: {app: web}', 'labels: {app: web, NAME: x}'),
  'a Service selector label no pod has':
    deployment('') + service('  selector: {NAME: web}\n  ports: [{port: 80}]\n'),
  'a Service selector expression-free match on a pod label':
    deployment('').replace('labels: {app: web}', 'labels: {app: web, NAME: x}') +
    service('  selector: {NAME: x}\n  ports: [{port: 80}]\n'),
  'a Service targetPort by name':
    deployment('          ports: [{containerPort: 80, name: http}]\n') +
    service('  selector: {app: web}\n  ports: [{port: 80, targetPort: NAME}]\n'),
  'a mount of a volume that does not exist': deployment(
    '          volumeMounts: [{name: NAME, mountPath: /x}]\n',
  ),
  'a volume declared twice': deployment(
    '          volumeMounts: [{name: NAME, mountPath: /x}]\n      volumes: [{name: NAME, emptyDir: {}}, {name: NAME, emptyDir: {}}]\n',
  ),
  'a volume nobody mounts': deployment('      volumes: [{name: NAME, emptyDir: {}}]\n'),
  'an env var declared twice': deployment(
    '          env: [{name: NAME, value: a}, {name: NAME, value: b}]\n',
  ),
  'an env var referenced before it is declared': deployment(
    '          env: [{name: B, value: $(NAME)}, {name: NAME, value: a}]\n',
  ),
  'a ConfigMap key that is missing':
    deployment(
      '          env: [{name: A, valueFrom: {configMapKeyRef: {name: cm, key: NAME}}}]\n',
    ) + configMap('other: x'),
  'a ConfigMap key that is there':
    deployment(
      '          env: [{name: A, valueFrom: {configMapKeyRef: {name: cm, key: NAME}}}]\n',
    ) + configMap('NAME: x'),
  'a probe on a named port': deployment(
    '          ports: [{containerPort: 80, name: http}]\n          readinessProbe: {httpGet: {path: /, port: NAME}}\n',
  ),
  'a resource name': deployment(
    '          resources: {requests: {NAME: 1, cpu: 100m}, limits: {NAME: 2, memory: 64Mi}}\n',
  ),
  'the default-container annotation': deployment(
    '',
    '\n      annotations: {kubectl.kubernetes.io/default-container: NAME}',
  ),
  'two containers of that name': deployment(
    '        - name: NAME\n          image: busybox:1.36\n        - name: NAME\n          image: busybox:1.36\n',
  ),
  'a native sidecar': deployment(
    '      initContainers: [{name: NAME, image: envoy:1.30, restartPolicy: Always}]\n',
  ),
  'a nodeSelector label': deployment('      nodeSelector: {NAME: x}\n'),
};

function outcome(template: string, name: string) {
  const text = template.replaceAll('NAME', name);
  const parsed = parseDesign(text);
  const findings = validateDesign(parsed)
    .filter((d) => !NAME_FORMAT.test(d.ruleId))
    .map((d) => `${d.severity} ${d.ruleId} @ ${d.path.join('.')}`.replaceAll(name, 'NAME'))
    .sort();
  const analysis = JSON.stringify(inspectDesign(parsed)).replaceAll(name, 'NAME');
  return { findings, analysis };
}

/**
 * Port names must be IANA service names (lowercase, no `_`): of the inherited names only
 * `constructor` is one. Podsmith leaves a malformed port name in a probe or a Service unreported
 * and unlooked-up, so the others would differ for that reason alone.
 */
const PORT_NAMES = ['constructor'];
const PORT_SCENARIOS = new Set(['a Service targetPort by name', 'a probe on a named port']);

describe('names every JavaScript object inherits', () => {
  it.each(Object.entries(SCENARIOS))('as %s: the same findings and analysis', (what, template) => {
    const expected = outcome(template, ORDINARY);
    for (const name of PORT_SCENARIOS.has(what) ? PORT_NAMES : INHERITED) {
      const got = outcome(template, name);
      expect(got.findings, name).toEqual(expected.findings);
      expect(got.analysis, name).toEqual(expected.analysis);
    }
  });

  it('are labels a pod has only when it has them (matchExpressions)', () => {
    // The scenarios above compare names with each other; this pins what they say.
    const lacking = SCENARIOS['a selector expression on a label the pods lack']!;
    expect(outcome(lacking, 'constructor').findings).toContain(
      'error workload-selector-template-mismatch @ spec.template.metadata.labels',
    );
    const mustNotExist = SCENARIOS['a selector expression that the label must not exist']!;
    expect(outcome(mustNotExist, 'constructor').findings.join()).not.toMatch(/mismatch/);
  });
});
