import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseHclNode } from '../../src/convert/terraform/hcl-node.ts';
import { convertTerraform, convertedWords } from './convertTerraform.ts';
import { isConvertibleTerraform } from './terraformText.ts';

const SEED = readFileSync(
  new URL(
    '../../src/io/__fixtures__/recognise/terraform-deployment-cron-sidecar.tf',
    import.meta.url,
  ),
  'utf8',
);
const load = () => Promise.resolve(parseHclNode);

describe('isConvertibleTerraform', () => {
  it('offers Terraform with kubernetes_* resources, and nothing else', () => {
    expect(isConvertibleTerraform(SEED)).toBe(true);
    expect(isConvertibleTerraform('variable "x" {\n  default = 1\n}\nlocals {\n  a = 1\n}\n')).toBe(
      false,
    );
    expect(isConvertibleTerraform('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n')).toBe(false);
    expect(isConvertibleTerraform('')).toBe(false);
  });
});

describe('convertTerraform', () => {
  it('turns the seed into a Deployment whose two containers share shared-app', async () => {
    const done = await convertTerraform(SEED, load);
    if (!done.ok) throw new Error(done.message);
    expect(done.objects).toBe(1);
    const deployment = parse(done.yaml) as {
      kind: string;
      spec: { template: { spec: { containers: { name: string; volumeMounts: unknown[] }[] } } };
    };
    expect(deployment.kind).toBe('Deployment');
    expect(deployment.spec.template.spec.containers.map((c) => [c.name, c.volumeMounts])).toEqual([
      ['django', [{ name: 'shared-app', mountPath: '/shared' }]],
      ['cron', [{ name: 'shared-app', mountPath: '/shared' }]],
    ]);
    const expressions = done.findings.flatMap((f) => f.expression ?? []);
    expect(expressions).toEqual(
      expect.arrayContaining([
        'var.django_replicas',
        'var.ecr_url',
        'var.django_port',
        'var.cron_sidecar_ecr_url',
      ]),
    );
    expect(convertedWords(done, ' "web" is kept in Designs.')).toBe(
      `Opened the converted Terraform as a new design: 1 object. ${expressions.length} Terraform expressions are kept as \${…} placeholders to fill in. "web" is kept in Designs.`,
    );
  });

  it('says where a text is not valid HCL, converting nothing', async () => {
    const done = await convertTerraform('resource "kubernetes_pod" "p" {\n', load);
    expect(done).toMatchObject({ ok: true, objects: 0, yaml: '' });
    expect(done.ok && done.findings[0]?.message).toMatch(/^The file is not valid HCL: .*main\.tf:/);
  });

  it('refuses, saying nothing changed, when the parser cannot be loaded', async () => {
    const done = await convertTerraform(SEED, () => Promise.reject(new Error('network error')));
    expect(done).toEqual({
      ok: false,
      message:
        "HashiCorp's HCL parser could not be loaded (network error). Nothing was changed: check that the page's server is reachable and try again.",
    });
  });
});
