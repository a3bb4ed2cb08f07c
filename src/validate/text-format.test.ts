import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../yaml/parse.ts';
import { validateDesign } from './index.ts';

const fixture = (name: string) =>
  fs.readFileSync(
    path.join(path.dirname(fileURLToPath(import.meta.url)), '../io/__fixtures__/recognise', name),
    'utf8',
  );
const findings = (text: string) =>
  validateDesign(parseDesign(text)).map((d) => [d.ruleId, d.severity, d.line] as const);

describe('a text that is not a Kubernetes manifest', () => {
  it('is named as what it is, instead of a list of YAML syntax errors', () => {
    const terraform = fixture('terraform-deployment-cron-sidecar.tf');
    expect(parseDesign(terraform).problems.length).toBeGreaterThan(0);
    const [first, ...rest] = validateDesign(parseDesign(terraform));
    expect(first).toMatchObject({ ruleId: 'text-format', severity: 'error' });
    expect(first!.message).toMatch(/^This looks like Terraform \(HCL\)/);
    expect(rest.filter((d) => d.ruleId.startsWith('yaml-'))).toEqual([]);
  });

  it('is an error for Helm values, which would otherwise pass as a foreign document', () => {
    const [first] = validateDesign(
      parseDesign(fixture('helm-values-pingdirectory-utility-sidecar.yaml')),
    );
    expect(first).toMatchObject({ ruleId: 'text-format', severity: 'error' });
    expect(first!.message).toMatch(/Helm values/);
  });

  it('is a note for a Kubernetes object in JSON, which Podsmith reads', () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } });
    expect(findings(json)).toContainEqual(['text-format', 'info', 1]);
  });

  it('says nothing about ordinary Kubernetes YAML', () => {
    const text = fixture('deployment-native-sidecar.yaml');
    expect(findings(text).filter(([id]) => id === 'text-format')).toEqual([]);
  });
});
