import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../yaml/parse.ts';
import type { Finding } from '../context.ts';
import { validateDesign } from '../index.ts';
import { withoutSchemaRepeats } from './schema.ts';

const schemaOnly = (text: string) =>
  validateDesign(parseDesign(text))
    .filter((d) => d.ruleId.startsWith('schema-'))
    .map((d) => ({ id: d.ruleId, message: d.message, at: `${d.line}:${d.column}` }));

const deployment = (container: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
${container}`;

describe('schema rules', () => {
  it('reports an unknown field in kubectl strict decoding words, at its key', () => {
    expect(schemaOnly(deployment('          imagePullPolcy: Always\n'))).toEqual([
      {
        id: 'schema-unknown-field',
        message:
          'spec.template.spec.containers[0].imagePullPolcy: strict decoding error: unknown field "spec.template.spec.containers[0].imagePullPolcy"',
        at: '15:11',
      },
    ]);
  });

  it('reports a wrong type at the value, naming the type the API wants', () => {
    const text = deployment(
      '          env:\n            - name: PORT\n              value: 8080\n',
    );
    expect(schemaOnly(text)).toEqual([
      {
        id: 'schema-type',
        message:
          'spec.template.spec.containers[0].env[0].value: Invalid value: 8080: must be of type string',
        at: '17:22',
      },
    ]);
    const quoted = deployment('').replace(
      'spec:\n  selector',
      'spec:\n  replicas: "3"\n  selector',
    );
    expect(schemaOnly(quoted).map((d) => d.message)).toEqual([
      'spec.replicas: Invalid value: "3": must be of type integer',
    ]);
  });

  it('names objects and lists by their JSON type, and lists every type of a union', () => {
    const text = deployment(
      '          ports: {containerPort: 80}\n          resources:\n            limits: {cpu: [1]}\n',
    );
    expect(schemaOnly(text).map((d) => d.message)).toEqual([
      'spec.template.spec.containers[0].ports: Invalid value: "object": must be of type array',
      'spec.template.spec.containers[0].resources.limits.cpu: Invalid value: "array": must be of type number or string',
    ]);
  });

  it('reports a missing required field with its full path', () => {
    const text = deployment('          securityContext:\n            seccompProfile: {}\n');
    expect(schemaOnly(text)).toEqual([
      {
        id: 'schema-required',
        message:
          'spec.template.spec.containers[0].securityContext.seccompProfile.type: Required value',
        at: '16:13',
      },
    ]);
  });

  it('reports a value outside an enum with the supported values', () => {
    expect(schemaOnly(deployment('          terminationMessagePolicy: file\n'))).toEqual([
      {
        id: 'schema-enum',
        message:
          'spec.template.spec.containers[0].terminationMessagePolicy: Unsupported value: "file": supported values: "FallbackToLogsOnError", "File"',
        at: '15:37',
      },
    ]);
  });

  it('takes null for "not set", as the API does', () => {
    const text = deployment('          imagePullPolicy: null\n          ports: null\n').replace(
      'name: web\nspec',
      'name: web\n  creationTimestamp: null\nspec',
    );
    expect(schemaOnly(text)).toEqual([]);
  });

  it('keeps a map key that looks like an index a key', () => {
    const text = deployment('').replace('labels: {app: web}', 'labels: {app: web, "0": 1}');
    expect(schemaOnly(text).map((d) => d.message)).toEqual([
      'spec.template.metadata.labels["0"]: Invalid value: 1: must be of type string',
    ]);
  });

  it('checks only the kinds it knows, under the apiVersion that serves them', () => {
    const custom =
      'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {anything: 1}\n';
    const old = deployment('          bogus: 1\n').replace('apps/v1', 'extensions/v1beta1');
    const other =
      'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec: {bogus: 1}\n';
    expect(schemaOnly(custom)).toEqual([]);
    expect(schemaOnly(old)).toEqual([]);
    expect(schemaOnly(other)).toEqual([]);
  });

  it('reports every problem of every document', () => {
    const text = `${deployment('          bogus: 1\n          imagePullPolicy: Sometimes\n')}---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  ports:
    - targetPort: 80
`;
    const found = validateDesign(parseDesign(text)).filter((d) => d.ruleId.startsWith('schema-'));
    expect(found.map((d) => [d.document, d.ruleId])).toEqual([
      [0, 'schema-unknown-field'],
      [0, 'schema-enum'],
      [1, 'schema-required'],
    ]);
    expect(found[2]!.message).toBe('spec.ports[0].port: Required value');
  });
});

describe('withoutSchemaRepeats', () => {
  const finding = (
    ruleId: string,
    path: Finding['path'],
    extra: Partial<Finding> = {},
  ): Finding => ({
    ruleId,
    severity: 'error',
    document: 0,
    path,
    detail: 'x',
    ...extra,
  });

  it("drops the schema's finding where a rule reports an error about the same field", () => {
    const rule = finding('pod-restart-policy-invalid', ['spec', 'restartPolicy']);
    const schema = finding('schema-enum', ['spec', 'restartPolicy']);
    const elsewhere = finding('schema-enum', ['spec', 'dnsPolicy']);
    const otherDoc = finding('schema-enum', ['spec', 'restartPolicy'], { document: 1 });
    expect(withoutSchemaRepeats([schema, rule, elsewhere, otherDoc])).toEqual([
      rule,
      elsewhere,
      otherDoc,
    ]);
  });

  it("keeps the schema's error beside a rule's warning about the same field", () => {
    const warning = finding('volume-no-source', ['spec', 'volumes', 0, 'configmap'], {
      severity: 'warning',
    });
    const schema = finding('schema-unknown-field', ['spec', 'volumes', 0, 'configmap']);
    expect(withoutSchemaRepeats([warning, schema])).toEqual([warning, schema]);
  });
});
