import type { Document } from 'yaml';
import { parseDesign, parsedOk } from '../../yaml/parse.ts';
import { formatPath, type Path } from '../../yaml/path.ts';
import { typedResourceFor, type Field, type Fields, type TypedResource } from './fields.ts';
import {
  resourceLabel,
  writeHcl,
  type HclAttribute,
  type HclBlock,
  type HclValue,
} from './hcl-write.ts';
import { isPlain, type Plain } from '../plain.ts';

/**
 * `manifest`: one `kubernetes_manifest` per object, every field as it is. `typed`: the provider's
 * `kubernetes_*_v1` resources, with the fields they cannot carry named as dropped; objects of a
 * kind they do not cover are written as `kubernetes_manifest`.
 */
export type TerraformForm = 'manifest' | 'typed';

/** A field of the design the Terraform written does not hold. */
export interface TerraformDrop {
  /** Index of the design's document. */
  document: number;
  /** The Terraform resource it belonged to: `kubernetes_deployment_v1.web`. */
  resource: string;
  /** Where it is in the object. */
  path: Path;
  /** `spec.template.spec.ephemeralContainers: kubernetes_deployment_v1 has no field for it`. */
  message: string;
}

export interface TerraformExport {
  /** The Terraform file, in canonical `terraform fmt` layout. */
  text: string;
  drops: TerraformDrop[];
  /** What else the reader should know: documents left out, objects written as manifests. */
  notes: string[];
}

/** Native sidecars (`restart_policy` on an init container) came with provider 3.0.0. */
const PROVIDER: HclBlock = {
  block: 'terraform',
  body: [
    {
      block: 'required_providers',
      body: [
        {
          attribute: 'kubernetes',
          value: { source: 'hashicorp/kubernetes', version: '>= 3.0.0' },
        },
      ],
    },
  ],
};

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * The lines of comment above a document (the text after each `#`), which go above its resource:
 * YAML keeps them on the document, on its contents, or on the first key.
 */
function commentsOf(doc: Document.Parsed | undefined): string[] {
  const contents = doc?.contents as
    | { commentBefore?: string | null; items?: { key?: { commentBefore?: string | null } }[] }
    | null
    | undefined;
  const text = [
    doc?.commentBefore,
    contents?.commentBefore,
    contents?.items?.[0]?.key?.commentBefore,
  ]
    .filter(Boolean)
    .join('\n');
  return text ? text.split('\n') : [];
}

/**
 * The design as Terraform. Comments above a document are kept above its resource; every field
 * the chosen form cannot hold is in `drops`, never left out in silence.
 *
 * @throws Error when the design does not parse as YAML.
 */
export function exportTerraform(design: string, form: TerraformForm): TerraformExport {
  const parsed = parseDesign(design);
  if (!parsedOk(parsed))
    throw new Error('The design does not parse as YAML: fix it before exporting.');
  const drops: TerraformDrop[] = [];
  const notes: string[] = [];
  const taken = new Map<string, Set<string>>();
  const label = (type: string, name: string) => {
    let names = taken.get(type);
    if (!names) taken.set(type, (names = new Set()));
    return resourceLabel(name, names);
  };
  const resources: HclBlock[] = [];

  parsed.values.forEach((value, document) => {
    if (value === null || value === undefined) return;
    if (!isPlain(value)) {
      notes.push(`Document ${document + 1} is not an object: left out.`);
      return;
    }
    const kind = typeof value.kind === 'string' ? value.kind : 'object';
    const metadata = isPlain(value.metadata) ? value.metadata : {};
    const name = typeof metadata.name === 'string' ? metadata.name : `document-${document + 1}`;
    const comments = commentsOf(parsed.documents[document]);
    const typed = form === 'typed' ? typedResourceFor(value.apiVersion, value.kind) : undefined;
    if (typed) {
      const resource = `${typed.type}.${label(typed.type, name)}`;
      const drop = (path: Path, why: string) =>
        drops.push({ document, resource, path, message: `${formatPath(path)}: ${why}` });
      resources.push({
        block: 'resource',
        labels: resource.split('.'),
        comments,
        body: typedBody(value, typed, drop),
      });
      return;
    }
    if (form === 'typed') {
      notes.push(
        `${kind} ${name}: the provider has no typed resource for ${String(value.apiVersion)} ${kind}, so it is written as kubernetes_manifest.`,
      );
    }
    const manifestLabel = label('kubernetes_manifest', `${kind.toLowerCase()}_${name}`);
    resources.push({
      block: 'resource',
      labels: ['kubernetes_manifest', manifestLabel],
      comments,
      body: [{ attribute: 'manifest', value: value as HclValue }],
    });
  });

  return { text: writeHcl([PROVIDER, ...resources]), drops, notes };
}

type Drop = (path: Path, why: string) => void;

function typedBody(value: Plain, typed: TypedResource, drop: Drop): HclBlock['body'] {
  const rest = Object.entries(value).filter(([key]) => key !== 'apiVersion' && key !== 'kind');
  return bodyOf(Object.fromEntries(rest), typed.body, [], drop, typed.type);
}

/** The attributes and blocks of one object, in the design's order. */
function bodyOf(
  value: Plain,
  table: Fields,
  path: Path,
  drop: Drop,
  type: string,
): HclBlock['body'] {
  const body: (HclAttribute | HclBlock)[] = [];
  for (const [key, v] of Object.entries(value)) {
    const at = [...path, key];
    const field = table[key];
    // null is how YAML says "unset", which leaving the argument out says too.
    if (v === null || v === undefined) continue;
    if (!field) drop(at, `${type} has no field for it`);
    else body.push(...written(v, field, at, drop, type));
  }
  return body;
}

const SHAPES: Record<Field['shape'], string> = {
  scalar: 'a single value',
  list: 'a list of values',
  map: 'a map of values',
  block: 'an object',
  blocks: 'a list of objects',
};

/** One field as the typed resource writes it: an attribute, one block, or one block per item. */
function written(
  value: unknown,
  field: Field,
  path: Path,
  drop: Drop,
  type: string,
): (HclAttribute | HclBlock)[] {
  const wrong = () => {
    drop(path, `${type} holds ${SHAPES[field.shape]} here`);
    return [];
  };
  switch (field.shape) {
    case 'scalar':
      if (!isScalar(value)) return wrong();
      return [{ attribute: field.tf, value: field.type === 'octal' ? octal(value) : value }];
    case 'list':
      if (!Array.isArray(value) || !value.every(isScalar)) return wrong();
      return [
        { attribute: field.tf, value: value.map((v) => (field.type === 'octal' ? octal(v) : v)) },
      ];
    case 'map':
      if (!isPlain(value) || !Object.values(value).every(isScalar)) return wrong();
      return [{ attribute: field.tf, value: value as HclValue }];
    case 'block':
      if (!isPlain(value)) return wrong();
      return [{ block: field.tf, body: bodyOf(value, field.fields, path, drop, type) }];
    case 'blocks':
      if (!Array.isArray(value) || !value.every(isPlain)) return wrong();
      if (value.length === 0) {
        drop(path, 'an empty list is no block at all in Terraform, so it reads back as unset');
        return [];
      }
      return value.map((item: Plain, i) => ({
        block: field.tf,
        body: bodyOf(item, field.fields, [...path, i], drop, type),
      }));
  }
}

/** 420 → "0644", as the provider writes file modes (`"0" + FormatInt(mode, 8)`). */
function octal(value: string | number | boolean): string | number | boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? `0${value.toString(8)}`
    : value;
}
