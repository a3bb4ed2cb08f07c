import { beforeAll, describe, expect, it } from 'vitest';
import type { Path } from '../../yaml/path.ts';
import { SIDECAR_PRESETS } from '../../templates/presets.ts';
import { TEMPLATES } from '../../templates/gallery.ts';
import { exportCorpus } from '../corpus-testing.ts';
import { exportTerraform, type TerraformDrop, type TerraformForm } from './export.ts';
import { importTerraform } from './import.ts';
import { documentValues, hclTools, type Data, type HclTools } from './testing.ts';

// Terraform out → the real parser → Terraform in gives back the design's data: exactly for
// kubernetes_manifest, and for the typed resources except the fields export named as dropped.

let tools: HclTools;
beforeAll(async () => {
  tools = await hclTools();
});

const DESIGNS = exportCorpus();

/** Documents in a fixed order: the importer cannot know the design's own. */
const sorted = (docs: Data[]) => [...docs].sort((a, b) => identity(a).localeCompare(identity(b)));
const identity = (d: Data) => `${d.kind}/${d.metadata?.namespace ?? ''}/${d.metadata?.name ?? ''}`;

function without(value: unknown, path: Path): void {
  let at: any = value;
  for (const seg of path.slice(0, -1)) at = at?.[seg];
  if (at && typeof at === 'object') delete at[path[path.length - 1]!];
}

/** null is "unset" in both Kubernetes and Terraform; a typed resource leaves it out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

/** The design's data as the form keeps it: less the named drops for the typed resources. */
function expected(text: string, form: TerraformForm, drops: TerraformDrop[]): Data[] {
  const docs = structuredClone(documentValues(text));
  if (form === 'manifest') return docs;
  for (const d of drops) without(docs[d.document], d.path);
  return docs.map((d) => withoutNulls(d) as Data);
}

describe('Terraform round trip', () => {
  it('covers every template, every preset and every valid fixture', () => {
    const names = DESIGNS.map((d) => d.name);
    for (const t of TEMPLATES) expect(names).toContain(`template ${t.id}`);
    expect(names.filter((n) => n.startsWith('preset '))).toHaveLength(SIDECAR_PRESETS.length * 2);
    expect(names.filter((n) => n.startsWith('fixture ')).length).toBeGreaterThan(0);
  });

  for (const form of ['manifest', 'typed'] as const) {
    describe(form, () => {
      it.each(DESIGNS.map((d) => [d.name, d.text] as const))('%s', async (_name, text) => {
        const out = exportTerraform(text, form);
        if (form === 'manifest') expect(out.drops).toEqual([]);
        expect(await tools.format(out.text), 'canonical HCL').toBe(out.text);
        const back = await importTerraform('design.tf', out.text, tools.parse);
        expect(back.findings).toEqual([]);
        expect(sorted(documentValues(back.yaml))).toEqual(sorted(expected(text, form, out.drops)));
      });
    });
  }

  it('drops in the typed form only what the provider cannot hold', () => {
    const drops = DESIGNS.flatMap((d) =>
      exportTerraform(d.text, 'typed').drops.map((drop) => `${d.name}: ${drop.message}`),
    );
    // The edit fixtures carry made-up fields to prove they survive edits: no schema has them.
    const madeUp = /\.(x-custom|x-unknown-field|futureField): /;
    expect(drops.filter((d) => madeUp.test(d)).length).toBeGreaterThan(0);
    expect(drops.filter((d) => !madeUp.test(d))).toEqual([
      'fixture api-guaranteed-with-proxy.yaml: spec.template.spec.containers[0].livenessProbe.terminationGracePeriodSeconds: kubernetes_deployment_v1 has no field for it',
      'fixture schema-web-native-sidecar.yaml: status: kubernetes_deployment_v1 has no field for it',
    ]);
  });
});
