import { describe, expect, it } from 'vitest';
import { findings, lint, pod } from './testing.ts';
import { fieldActive, securityContext } from './security-context.ts';

const IDS = securityContext.ids;

describe('security-context family', () => {
  it('fieldActive follows the served fields and their gates', () => {
    expect(fieldActive('PodSecurityContext', 'appArmorProfile', '1.29')).toBe(false);
    expect(fieldActive('PodSecurityContext', 'appArmorProfile', '1.30')).toBe(true);
    expect(fieldActive('PodSecurityContext', 'supplementalGroupsPolicy', '1.32')).toBe(false);
    expect(fieldActive('PodSecurityContext', 'supplementalGroupsPolicy', '1.33')).toBe(true);
    expect(fieldActive('PodSpec', 'hostUsers', '1.32')).toBe(false);
    expect(fieldActive('PodSecurityContext', 'runAsUser', '1.27')).toBe(true);
  });

  it('finds nothing in a well-formed restricted pod', () => {
    const text = pod(`  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
    fsGroup: 2000
    fsGroupChangePolicy: OnRootMismatch
    seccompProfile:
      type: RuntimeDefault
    appArmorProfile:
      type: RuntimeDefault
    sysctls:
      - name: net.core.somaxconn
        value: "1024"
  containers:
    - name: app
      image: nginx:1.27.3
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop: [ALL]
`);
    expect(lint(text, IDS)).toEqual([]);
  });

  it('keeps one message per field where the schema has an enum too', () => {
    const text = pod(`  securityContext:
    fsGroupChangePolicy: Sometimes
  containers:
    - name: app
      image: nginx:1.27.3
`);
    const found = findings(text, [...IDS, 'schema-enum']).map((d) => `${d.ruleId} ${d.message}`);
    expect(found).toEqual([
      'pod-security-context-invalid spec.securityContext.fsGroupChangePolicy: Unsupported value: "Sometimes": supported values: "Always", "OnRootMismatch"',
    ]);
  });

  it('makes pod-spec errors of a StatefulSet warnings (its API does not check the spec)', () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      securityContext:
        runAsUser: -1
      containers:
        - name: db
          image: postgres:16
`;
    expect(lint(text, IDS)).toEqual([
      'warning pod-security-context-invalid spec.template.spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
    ]);
  });

  it('reads a CronJob template, and stays quiet when it has none', () => {
    const text = `apiVersion: batch/v1
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
          securityContext:
            seccompProfile:
              type: Localhost
          containers:
            - name: job
              image: busybox:1.36
`;
    expect(lint(text, IDS)).toEqual([
      'error seccomp-invalid spec.jobTemplate.spec.template.spec.securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost',
    ]);
    expect(
      lint(`apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: x\nspec: {}\n`, IDS),
    ).toEqual([]);
  });

  it('reads anything without throwing', () => {
    const text = pod(`  hostUsers: "no"
  securityContext:
    sysctls: 3
    supplementalGroups: [a, 1.5, null]
    seccompProfile: Localhost
    windowsOptions: []
  containers:
    - name: app
      image: nginx:1.27.3
      securityContext: [privileged]
    - 7
`);
    expect(() => lint(text, IDS)).not.toThrow();
    expect(lint(text, IDS)).toEqual([]);
  });
});
