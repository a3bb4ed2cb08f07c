import { describe, expect, it } from 'vitest';
import { labelsJson, validateNonnegativeField } from './replication-controller.ts';
import { lint } from './testing.ts';

const IDS = ['replicationcontroller-spec-invalid'];
const rc = (spec: string) => `apiVersion: v1
kind: ReplicationController
metadata:
  name: web
spec:
${spec}`;
const template = (labels = '        app: web\n', pod = '') =>
  `  template:\n    metadata:\n      labels:\n${labels}    spec:\n${pod}      containers:\n        - name: web\n          image: nginx\n`;
const run = (spec: string) => lint(rc(spec), IDS);
const err = (m: string) => `error replicationcontroller-spec-invalid ${m}`;

describe('ValidateReplicationControllerSpec', () => {
  it('accepts a selector matching the template, or none (defaulted to the labels)', () => {
    expect(run(`  replicas: 2\n  selector:\n    app: web\n${template()}`)).toEqual([]);
    expect(run(template())).toEqual([]);
  });

  it('requires a selector when the template has no labels either', () => {
    const unlabelled =
      '  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx\n';
    expect(run(unlabelled)).toEqual([err('spec.selector: Required value')]);
  });

  it('refuses negative replicas and minReadySeconds', () => {
    expect(run(`  replicas: -1\n  minReadySeconds: -5\n${template()}`)).toEqual([
      err('spec.replicas: Invalid value: -1: must be greater than or equal to 0'),
      err('spec.minReadySeconds: Invalid value: -5: must be greater than or equal to 0'),
    ]);
  });
});

describe('ValidatePodTemplateSpecForRC', () => {
  it('requires a template', () => {
    expect(run('  selector:\n    app: web\n')).toEqual([err('spec.template: Required value')]);
  });

  it('wants the selector to pick the template labels', () => {
    expect(
      run(`  selector:\n    app: db\n${template('        app: web\n        tier: x\n')}`),
    ).toEqual([
      err(
        'spec.template.metadata.labels: Invalid value: {"app":"web","tier":"x"}: `selector` does not match template `labels`',
      ),
    ]);
  });

  it('refuses a pod-level deadline', () => {
    expect(run(template('        app: web\n', '      activeDeadlineSeconds: 10\n'))).toEqual([
      err(
        'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicationController is not Supported',
      ),
    ]);
  });
});

describe('ValidateNonnegativeField', () => {
  it('reports negative integers only', () => {
    expect(validateNonnegativeField(0, ['x'])).toEqual([]);
    expect(validateNonnegativeField('-1', ['x'])).toEqual([]);
    expect(validateNonnegativeField(-1, ['x'])).toEqual([
      { path: ['x'], detail: 'Invalid value: -1: must be greater than or equal to 0' },
    ]);
  });

  it('prints label maps as Go JSON does (sorted keys)', () => {
    expect(labelsJson({ b: '1', a: '2' })).toBe('{"a":"2","b":"1"}');
  });
});
