import k8sSchemaText from '../../validate/schema/k8s.schema.json?raw';
import type { ValuesSection } from './values.ts';

type Schema = Record<string, unknown>;

let definitions: Record<string, Schema> | undefined;

/** Podsmith's own API schema (the one it validates with), read once. */
function k8sDefinitions(): Record<string, Schema> {
  definitions ??= (JSON.parse(k8sSchemaText) as { definitions: Record<string, Schema> })
    .definitions;
  return definitions;
}

const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
const listOf = (name: string): Schema => ({ type: 'array', items: ref(name) });

/** What a values key holds, by key (the keys workload.ts and service.ts write). */
const SHAPES: Record<ValuesSection['kind'], Record<string, Schema>> = {
  workload: {
    replicaCount: { type: 'integer', minimum: 0 },
    image: ref('Image'),
    resources: ref('IResourceRequirements'),
    env: listOf('IEnvVar'),
    initContainers: listOf('Container'),
    sidecars: listOf('Container'),
    extraVolumes: listOf('IVolume'),
    extraVolumeMounts: listOf('IVolumeMount'),
  },
  service: {
    type: { type: 'string', enum: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] },
    ports: listOf('IServicePort'),
  },
};

/** An image as the values hold it: a reference, or its parts. */
const IMAGE: Schema = {
  oneOf: [
    { type: 'string' },
    {
      type: 'object',
      properties: {
        repository: { type: 'string' },
        tag: { type: 'string' },
        digest: { type: 'string' },
      },
      required: ['repository'],
      additionalProperties: false,
    },
  ],
};

/** A copy without the long descriptions: the chart's schema is for checking, not for reading. */
function bare(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(bare);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'description')
      .map(([k, v]) => [k, bare(v)]),
  );
}

/** The definitions `roots` refer to, transitively, from Podsmith's schema. */
function closure(roots: readonly string[]): Record<string, Schema> {
  const all = k8sDefinitions();
  const out: Record<string, Schema> = {};
  const todo = [...roots];
  while (todo.length) {
    const name = todo.pop()!;
    if (out[name] || !all[name]) continue;
    out[name] = bare(all[name]) as Schema;
    const text = JSON.stringify(all[name]);
    for (const m of text.matchAll(/"#\/definitions\/([^"]+)"/g)) todo.push(m[1]!);
  }
  return out;
}

/**
 * values.schema.json: the values' shape, with resources, env, containers, volumes, mounts and
 * Service ports checked against the definitions of Podsmith's own Kubernetes schema (the one its
 * validator uses), images allowed as a reference or as {repository, tag, digest}.
 */
export function valuesSchema(sections: readonly ValuesSection[]): string {
  const properties: Record<string, Schema> = {
    standardLabels: { type: 'boolean' },
    nameOverride: { type: 'string' },
  };
  for (const s of sections) {
    properties[s.key] = { type: 'object', properties: { ...SHAPES[s.kind] } };
  }
  const used = JSON.stringify(properties);
  const roots = [...used.matchAll(/"#\/definitions\/I([^"]+)"/g)].map((m) => `I${m[1]}`);
  const defs = closure(
    used.includes('"#/definitions/Container"') ? [...roots, 'IContainer'] : roots,
  );
  const extra: Record<string, Schema> = {};
  if (used.includes('"#/definitions/Image"') || defs.IContainer) extra.Image = IMAGE;
  if (defs.IContainer) {
    const properties = { ...(defs.IContainer.properties as Schema), image: ref('Image') };
    extra.Container = { ...defs.IContainer, properties };
  }
  const all = { ...extra, ...defs };
  for (const s of sections) allowPresent(s.values, properties[s.key]!, all);
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Values of a chart made by Podsmith',
    type: 'object',
    properties,
    definitions: all,
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

/**
 * Lets the default values through where they hold a field Podsmith's schema does not know (a
 * design keeps such fields, a newer API's say): that field is allowed, with any value, in the
 * object that holds it. Every other unknown field is still refused.
 */
function allowPresent(value: unknown, schema: Schema, defs: Record<string, Schema>): void {
  const $ref = schema.$ref;
  const at =
    typeof $ref === 'string' ? (defs[$ref.slice('#/definitions/'.length)] ?? schema) : schema;
  if (Array.isArray(value)) {
    if (at.items) for (const item of value) allowPresent(item, at.items as Schema, defs);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const properties = (at.properties ?? {}) as Record<string, Schema>;
  for (const [key, item] of Object.entries(value)) {
    const known = properties[key];
    if (known) allowPresent(item, known, defs);
    else if (at.additionalProperties === false) {
      properties[key] = {};
      at.properties = properties;
    } else if (typeof at.additionalProperties === 'object')
      allowPresent(item, at.additionalProperties as Schema, defs);
  }
}
