import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../yaml/parse.ts';
import { validateDesign } from '../index.ts';

const findings = (text: string, ids: readonly string[]) =>
  validateDesign(parseDesign(text)).filter((d) => ids.includes(d.ruleId));

const template = (kind: string, spec: string) => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: web
spec:
  serviceName: web
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
${spec}`;

describe('pod rules', () => {
  it('an empty container list is an error for a Deployment and a warning for a StatefulSet', () => {
    // The StatefulSet API does not validate its template's pod spec: its Pods fail later.
    const deployment = findings(template('Deployment', '      containers: []\n'), [
      'pod-containers-required',
    ]);
    const statefulSet = findings(template('StatefulSet', '      containers: []\n'), [
      'pod-containers-required',
    ]);
    expect(deployment.map((d) => [d.severity, d.message])).toEqual([
      ['error', 'spec.template.spec.containers: Required value'],
    ]);
    expect(statefulSet.map((d) => d.severity)).toEqual(['warning']);
  });

  it('a missing containers key points at the pod spec that should hold it', () => {
    const [d] = findings(template('Deployment', '      hostname: web\n'), [
      'pod-containers-required',
    ]);
    expect(d?.message).toBe('spec.template.spec.containers: Required value');
    expect(d?.line).toBe(14);
  });

  it('a CronJob without jobTemplate gets one finding, not one per missing pod field', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: '@daily'
`;
    const found = validateDesign(parseDesign(text)).filter((d) => d.severity !== 'info');
    expect(found.map((d) => `${d.ruleId}: ${d.message}`)).toContain(
      'cronjob-spec-fields: spec.jobTemplate: Required value',
    );
    expect(found.map((d) => d.ruleId)).not.toContain('pod-containers-required');
    expect(found.map((d) => d.ruleId)).not.toContain('template-restart-policy');
  });

  it('leaves a template restartPolicy to template-restart-policy', () => {
    const text = template(
      'Deployment',
      '      restartPolicy: Sometimes\n      containers:\n        - name: web\n          image: nginx:1.27.3\n',
    );
    const ids = findings(text, ['pod-restart-policy-invalid', 'template-restart-policy']).map(
      (d) => d.ruleId,
    );
    expect(ids).toEqual(['template-restart-policy']);
  });

  it('reports shareProcessNamespace with hostPID on a template as on a Pod', () => {
    const text = template(
      'Deployment',
      '      shareProcessNamespace: true\n      hostPID: true\n      containers:\n        - name: web\n          image: nginx:1.27.3\n',
    );
    const [d] = findings(text, ['pod-share-process-namespace-hostpid']);
    expect(d?.message).toBe(
      'spec.template.spec.shareProcessNamespace: Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled',
    );
  });

  it('never throws on documents of the wrong shape', () => {
    for (const spec of ['spec: 3', 'spec:\n  containers: nope\n  restartPolicy: 7', 'spec: [1]'])
      expect(() =>
        validateDesign(parseDesign(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${spec}\n`)),
      ).not.toThrow();
  });
});
