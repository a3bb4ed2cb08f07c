import { describe, expect, it } from 'vitest';
import { configMapKeyError, envVarNameError } from '../messages.ts';
import { env } from './env.ts';
import { lint, pod } from './testing.ts';

const ids = env.ids;

const ENV_VAR_NAME_MESSAGE =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";

const withEnv = (entries: string, extra = '') =>
  pod(`  containers:
    - name: app
      image: nginx:1.27
      env:
${entries.replace(/^/gm, '        ')}
${extra}`);

describe('env var names', () => {
  it('follows IsEnvVarName before 1.32 and IsRelaxedEnvVarName from then on', () => {
    expect(envVarNameError('MY_VAR.1-x', false)).toBe(undefined);
    expect(envVarNameError('1X', false)).toBe(ENV_VAR_NAME_MESSAGE);
    expect(envVarNameError('..', false)).toBe("must not be '..'");
    expect(envVarNameError('..x', false)).toBe("must not start with '..'");
    expect(envVarNameError('1X y', true)).toBe(undefined);
    expect(envVarNameError('A=B', true)).toMatch(/other than '='/);
    expect(envVarNameError('CAFÉ', true)).toMatch(/printable ASCII/);
  });

  it('reports names and envFrom prefixes for the chosen version', () => {
    const text = withEnv(
      `- name: ""
  value: x
- name: 2FA_SECRET
  value: y`,
      `      envFrom:
        - prefix: 1_
          configMapRef:
            name: settings`,
    );
    expect(lint(text, ids, '1.31')).toEqual([
      'error env-name-invalid spec.containers[0].env[0].name: Required value',
      `error env-name-invalid spec.containers[0].env[1].name: Invalid value: "2FA_SECRET": ${ENV_VAR_NAME_MESSAGE}`,
      `error env-name-invalid spec.containers[0].envFrom[0].prefix: Invalid value: "1_": ${ENV_VAR_NAME_MESSAGE}`,
    ]);
    expect(lint(text, ids, '1.32')).toEqual([
      'error env-name-invalid spec.containers[0].env[0].name: Required value',
    ]);
  });
});

describe('env-valuefrom-invalid', () => {
  it('wants exactly one source, and no literal value beside it', () => {
    const text = withEnv(`- name: A
  valueFrom: {}
- name: B
  value: x
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
- name: C
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
    secretKeyRef:
      name: s
      key: k
- name: D
  value: ""
  valueFrom:
    fieldRef:
      fieldPath: metadata.name`);
    expect(lint(text, ids)).toEqual([
      'error env-valuefrom-invalid spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
      'error env-valuefrom-invalid spec.containers[0].env[1].valueFrom: Invalid value: "": may not be specified when `value` is not empty',
      'error env-valuefrom-invalid spec.containers[0].env[2].valueFrom: Invalid value: "": may not have more than one field specified at a time',
    ]);
  });

  it('checks fieldRef paths the way the API converts and then restricts them', () => {
    // spec.host is converted to spec.nodeName (old clients' name for it), which env vars may read.
    const text = withEnv(`- name: A
  valueFrom:
    fieldRef:
      fieldPath: spec.restartPolicy
- name: B
  valueFrom:
    fieldRef:
      fieldPath: spec.containers
- name: C
  valueFrom:
    fieldRef:
      fieldPath: spec.nodeName['x']
- name: D
  valueFrom:
    fieldRef:
      apiVersion: v2
      fieldPath: metadata.name
- name: E
  valueFrom:
    fieldRef:
      fieldPath: metadata.annotations['example.com/team']
- name: F
  valueFrom:
    fieldRef:
      fieldPath: spec.host`);
    expect(lint(text, ids, '1.28')).toEqual([
      'error env-valuefrom-invalid spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Unsupported value: "spec.restartPolicy": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.podIP", "status.podIPs"',
      'error env-valuefrom-invalid spec.containers[0].env[1].valueFrom.fieldRef.fieldPath: Invalid value: "spec.containers": error converting fieldPath: field label not supported: spec.containers',
      "error env-valuefrom-invalid spec.containers[0].env[2].valueFrom.fieldRef.fieldPath: Invalid value: \"spec.nodeName['x']\": error converting fieldPath: field label does not support subscript: spec.nodeName['x']",
      'error env-valuefrom-invalid spec.containers[0].env[3].valueFrom.fieldRef.fieldPath: Invalid value: "metadata.name": error converting fieldPath: unsupported pod version: v2',
    ]);
  });

  it('checks resource fields and key references', () => {
    const text = withEnv(`- name: A
  valueFrom:
    resourceFieldRef:
      resource: limits.gpu
- name: B
  valueFrom:
    resourceFieldRef:
      resource: requests.hugepages-2Mi
- name: C
  valueFrom:
    configMapKeyRef:
      key: ""
- name: D
  valueFrom:
    secretKeyRef:
      name: Db_Secret
      key: ..password`);
    expect(lint(text, ids)).toEqual([
      'error env-valuefrom-invalid spec.containers[0].env[0].valueFrom.resourceFieldRef.resource: Unsupported value: "limits.gpu": supported values: "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"',
      expect.stringMatching(
        /^error env-valuefrom-invalid spec\.containers\[0\]\.env\[2\]\.valueFrom\.configMapKeyRef\.name: Invalid value: "": a lowercase RFC 1123 subdomain/,
      ),
      'error env-valuefrom-invalid spec.containers[0].env[2].valueFrom.configMapKeyRef.key: Required value',
      expect.stringMatching(
        /env\[3\]\.valueFrom\.secretKeyRef\.name: Invalid value: "Db_Secret": a lowercase RFC 1123 subdomain/,
      ),
      'error env-valuefrom-invalid spec.containers[0].env[3].valueFrom.secretKeyRef.key: Invalid value: "..password": must not start with \'..\'',
    ]);
    expect(configMapKeyError('tls.crt')).toBe(undefined);
    expect(configMapKeyError('a'.repeat(254))).toBe('must be no more than 253 characters');
  });
});

describe('env-duplicate-name', () => {
  it('warns when a later definition hides an earlier one, unless it builds on it', () => {
    const text = withEnv(`- name: PATH
  value: /bin
- name: PATH
  value: $(PATH):/opt/bin
- name: PATH
  value: $(PATH)
- name: MODE
  value: a
- name: MODE
  valueFrom:
    configMapKeyRef:
      name: settings
      key: mode`);
    expect(lint(text, ids)).toEqual([
      'warning env-duplicate-name spec.containers[0].env[2]: hides previous definition of "PATH", which may be dropped when using apply',
      'warning env-duplicate-name spec.containers[0].env[4]: hides previous definition of "MODE", which may be dropped when using apply',
    ]);
  });

  it('never throws on odd shapes', () => {
    const text = withEnv(`- 5
- null
- name: 7
  valueFrom: 3
- name: X
  valueFrom:
    fieldRef: 1`);
    expect(() => lint(text, ids)).not.toThrow();
  });
});
