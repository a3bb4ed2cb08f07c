import { describe, expect, it } from 'vitest';
import type { K8sVersion } from '../versions.ts';
import { lint, pod } from './testing.ts';

// Each target version against its own API: api-fields.ts says which fields it serves, api-gates.ts
// which of their gates are off by default there.

const IDS = ['schema-unknown-field', 'schema-field-gate-off'];
const check = (k8s: K8sVersion, spec: string) => lint(pod(spec), IDS, k8s);

const SLEEP = `  containers:
    - name: app
      image: ghcr.io/example/app:1.0.0
      lifecycle:
        preStop:
          sleep:
            seconds: 5
`;

describe('fields per target version', () => {
  it('a field newer than the target is the strict decoding error kubectl gives', () => {
    expect(check('1.28', SLEEP)).toEqual([
      'error schema-unknown-field spec.containers[0].lifecycle.preStop.sleep: strict decoding error: unknown field "spec.containers[0].lifecycle.preStop.sleep" (Kubernetes 1.28 does not have this field; it came in 1.29)',
    ]);
  });

  it('a field whose gate is off by default is dropped: a warning that says so', () => {
    expect(check('1.29', SLEEP)).toEqual([
      'warning schema-field-gate-off spec.containers[0].lifecycle.preStop.sleep: the PodLifecycleSleepAction feature gate is off by default in Kubernetes 1.29: the API server drops this field unless the gate is on.',
    ]);
    expect(check('1.30', SLEEP)).toEqual([]);
  });

  it('a pod-level field: hostnameOverride arrives in 1.34 behind an alpha gate', () => {
    const spec = `  hostnameOverride: web-a\n${SLEEP}`;
    expect(check('1.33', spec).map((l) => l.split(':')[0])).toEqual([
      'error schema-unknown-field spec.hostnameOverride',
    ]);
    expect(check('1.34', spec).map((l) => l.split(':')[0])).toEqual([
      'warning schema-field-gate-off spec.hostnameOverride',
    ]);
  });

  it('a field the newest API removed is fine on a version that served it', () => {
    const claim = `  resourceClaims:
    - name: gpu
      source:
        resourceClaimTemplateName: gpu-template
${SLEEP}`;
    expect(check('1.30', claim).filter((l) => l.startsWith('error'))).toEqual([]);
    expect(check('1.31', claim)).toContain(
      'error schema-unknown-field spec.resourceClaims[0].source: strict decoding error: unknown field "spec.resourceClaims[0].source"',
    );
  });

  it('walks every kind down to its pod template', () => {
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
${SLEEP.replace(/^/gm, '        ').replace(/ +$/, '')}`;
    expect(lint(cron, IDS, '1.28').map((l) => l.split(':')[0])).toEqual([
      'error schema-unknown-field spec.jobTemplate.spec.template.spec.containers[0].lifecycle.preStop.sleep',
    ]);
  });
});
