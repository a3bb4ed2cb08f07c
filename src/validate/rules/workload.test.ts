import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../yaml/parse.ts';
import { validateDesign } from '../index.ts';

const IDS = [
  'workload-selector-required',
  'workload-selector-template-mismatch',
  'template-restart-policy',
];

const findings = (text: string) =>
  validateDesign(parseDesign(text)).filter((d) => IDS.includes(d.ruleId));

const apps = (kind: string, selector: string, labels: string, extra = '') => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: web
spec:
${selector}
  template:
    metadata:
${labels}
    spec:
${extra}      containers:
        - name: web
          image: nginx:1.27.3
`;

describe('workload selector rules', () => {
  it('ReplicaSet: an empty selector uses the Deployment wording', () => {
    const found = findings(
      apps('ReplicaSet', '  selector:\n    matchLabels: {}', '      labels:\n        app: web'),
    );
    expect(found.map((d) => d.message)).toEqual([
      'spec.selector: Invalid value: {}: empty selector is invalid for deployment',
    ]);
  });

  it('prints the template labels sorted, and null when there are none', () => {
    const sorted = findings(
      apps(
        'DaemonSet',
        '  selector:\n    matchLabels:\n      app: agent',
        '      labels:\n        zone: a\n        app: web',
      ),
    );
    expect(sorted[0]?.message).toBe(
      'spec.template.metadata.labels: Invalid value: {"app":"web","zone":"a"}: `selector` does not match template `labels`',
    );
    expect(sorted[0]?.fix).toBe('align-selector');
    const none = findings(
      apps('DaemonSet', '  selector:\n    matchLabels:\n      app: agent', '      name: x'),
    );
    expect(none[0]?.message).toContain('Invalid value: null:');
    // Nothing to copy into the selector: no quick fix offered.
    expect(none[0]?.fix).toBeUndefined();
  });

  it('ReplicaSet mismatches get the same quick fix as a Deployment', () => {
    const [d] = findings(
      apps(
        'ReplicaSet',
        '  selector:\n    matchLabels:\n      app: api',
        '      labels:\n        app: web',
      ),
    );
    expect(d?.ruleId).toBe('workload-selector-template-mismatch');
    expect(d?.fix).toBe('align-selector');
  });

  it('matchExpressions count: NotIn on the pod label value is a mismatch', () => {
    const selector =
      '  selector:\n    matchExpressions:\n      - key: app\n        operator: NotIn\n        values: [web]';
    expect(
      findings(apps('Deployment', selector, '      labels:\n        app: web')).map(
        (d) => d.ruleId,
      ),
    ).toEqual(['workload-selector-template-mismatch']);
  });

  it('a malformed selector is left to the selector validation, not called a mismatch', () => {
    const selector =
      '  selector:\n    matchExpressions:\n      - key: app\n        operator: Equals\n        values: [web]';
    expect(findings(apps('Deployment', selector, '      labels:\n        app: web'))).toEqual([]);
  });

  it("a Job's selector is checked only with manualSelector: true", () => {
    const job = (manual: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: once
spec:
${manual}  template:
    spec:
      restartPolicy: Never
      containers:
        - name: once
          image: busybox:1.37.0
`;
    expect(findings(job(''))).toEqual([]);
    expect(findings(job('  manualSelector: true\n')).map((d) => d.message)).toEqual([
      'spec.selector: Required value',
    ]);
  });
});

describe('template-restart-policy', () => {
  const job = (policy: string) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: tick
spec:
  schedule: '*/5 * * * *'
  jobTemplate:
    spec:
      template:
        spec:
${policy}          containers:
            - name: tick
              image: busybox:1.37.0
`;

  it('a CronJob template: Always and unset ask for a value, others are unsupported', () => {
    expect(findings(job('          restartPolicy: Always\n')).map((d) => d.message)).toEqual([
      'spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ]);
    expect(findings(job('')).map((d) => d.message)).toEqual([
      'spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ]);
    expect(findings(job('          restartPolicy: Sometimes\n')).map((d) => d.message)).toEqual([
      'spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "OnFailure", "Never"',
    ]);
  });

  it('StatefulSet and DaemonSet templates allow only Always (an API error for both)', () => {
    for (const kind of ['StatefulSet', 'DaemonSet']) {
      const found = findings(
        apps(
          kind,
          '  selector:\n    matchLabels:\n      app: web',
          '      labels:\n        app: web',
          '      restartPolicy: Never\n',
        ),
      );
      expect(found.map((d) => [d.severity, d.message])).toEqual([
        [
          'error',
          'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
        ],
      ]);
    }
  });
});
