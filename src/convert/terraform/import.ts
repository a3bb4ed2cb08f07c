import { parse as parseYaml, stringify } from 'yaml';
import { formatPath, type Path } from '../../yaml/path.ts';
import {
  fieldByTfName,
  TERRAFORM_ONLY,
  TYPED_RESOURCES,
  typedResourceFor,
  typedResourceNamed,
  type Field,
  type Fields,
  type ScalarType,
} from './fields.ts';
import type { HclJson, HclJsonBody, ParseHcl } from './hcl.ts';
import { readTemplate } from './template.ts';
import { isPlain, type Plain } from '../plain.ts';

/** Something about the Terraform the design does not say by itself. */
export interface TerraformFinding {
  /** `kubernetes_deployment.django`; absent for the file as a whole. */
  resource?: string;
  /** Where in the object, as kubectl prints paths: `spec.template.spec.containers[0].image`. */
  path?: string;
  /** The raw source of the expression the finding is about: `var.ecr_url`. */
  expression?: string;
  message: string;
}

export interface TerraformImport {
  /** The objects as one YAML design (documents separated by `---`); empty when none. */
  yaml: string;
  /** How many objects the design holds. */
  objects: number;
  findings: TerraformFinding[];
}

/** Where findings about one resource go. */
class Resource {
  constructor(
    readonly name: string,
    readonly findings: TerraformFinding[],
  ) {}

  say(path: Path | undefined, message: string, expression?: string): void {
    const at = path && path.length ? formatPath(path) : undefined;
    this.findings.push({
      resource: this.name,
      ...(at ? { path: at } : {}),
      ...(expression === undefined ? {} : { expression }),
      message: at ? `${this.name}: ${at}: ${message}` : `${this.name}: ${message}`,
    });
  }

  /** A string of the parser's output with its escapes undone; one finding per expression in it. */
  text(value: string, path: Path): { text: string; resolved: boolean } {
    const read = readTemplate(value);
    // The whole value shows where the placeholder sits, when it is short enough to read.
    const shown = (e: string) =>
      read.text.length <= 80 && !read.text.includes('\n')
        ? read.text
        : e.startsWith('%{')
          ? e
          : `\${${e}}`;
    for (const expression of read.expressions) {
      this.say(
        path,
        `\`${expression}\` is a Terraform expression Podsmith cannot resolve: kept as the placeholder "${shown(expression)}"`,
        expression,
      );
    }
    return { text: read.text, resolved: read.expressions.length === 0 };
  }
}

/**
 * A Terraform file as a YAML design: every `kubernetes_manifest` and typed Kubernetes resource
 * (`kubernetes_deployment(_v1)`, `kubernetes_daemonset` / `kubernetes_daemon_set_v1`, …) becomes
 * one document. Expressions Podsmith cannot resolve stay visible as `${…}` placeholders, each
 * with a finding naming it; Terraform's own arguments (count, lifecycle, wait_for_rollout, …)
 * and anything else left out are findings too.
 */
export async function importTerraform(
  fileName: string,
  text: string,
  parseHcl: ParseHcl,
): Promise<TerraformImport> {
  const findings: TerraformFinding[] = [];
  let json: HclJson;
  try {
    json = await parseHcl(fileName, text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      yaml: '',
      objects: 0,
      findings: [{ message: `The file is not valid HCL: ${message}` }],
    };
  }
  const objects: Plain[] = [];
  if (Object.keys(json.resource ?? {}).length === 0) {
    findings.push({ message: 'The file holds no Terraform resources to convert.' });
  }
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    for (const [name, bodies] of Object.entries(byName)) {
      for (const body of bodies) {
        const resource = new Resource(`${type}.${name}`, findings);
        const object = await resourceObject(type, body, resource, fileName, parseHcl);
        if (object) objects.push(object);
      }
    }
  }
  const yaml = objects
    .map((o, i) => [o, i] as const)
    .sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
    .map(([o]) =>
      // YAML 1.1 quoting (`"on"`, `"0644"`), as Kubernetes reads YAML.
      stringify(o, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false }),
    )
    .join('---\n');
  return { yaml, objects: objects.length, findings };
}

/**
 * The parser sorts resources by type and name, so the file's order is gone: workloads come first
 * (the canvas shows the first), then Services and the objects they use, as the typed table lists
 * kinds.
 */
function rank(object: Plain): number {
  const typed = typedResourceFor(object.apiVersion, object.kind);
  return typed ? TYPED_RESOURCES.indexOf(typed) : TYPED_RESOURCES.length;
}

async function resourceObject(
  type: string,
  body: HclJsonBody,
  resource: Resource,
  fileName: string,
  parseHcl: ParseHcl,
): Promise<Plain | undefined> {
  if (type === 'kubernetes_manifest') return manifestObject(body, resource, fileName, parseHcl);
  const typed = typedResourceNamed(type);
  if (!typed) {
    resource.say(undefined, 'Podsmith has no design object for this resource type: left out');
    return undefined;
  }
  if (type === 'kubernetes_cron_job') {
    resource.say(
      undefined,
      "the provider's unversioned kubernetes_cron_job is batch/v1beta1: read as batch/v1",
    );
  }
  const spec = fromFields(body, typed.body, [], resource, true);
  return { apiVersion: typed.apiVersion, kind: typed.kind, ...spec };
}

/** A `kubernetes_manifest`: its `manifest` object, or a `yamldecode` of a plain heredoc. */
async function manifestObject(
  body: HclJsonBody,
  resource: Resource,
  fileName: string,
  parseHcl: ParseHcl,
): Promise<Plain | undefined> {
  for (const key of Object.keys(body)) {
    if (key !== 'manifest') leftOut(key, [], resource, true);
  }
  let manifest = body.manifest;
  if (typeof manifest === 'string')
    manifest = await decoded(manifest, resource, fileName, parseHcl);
  if (manifest === undefined) return undefined;
  if (!isPlain(manifest)) {
    resource.say(undefined, 'its manifest is not an object: left out');
    return undefined;
  }
  return ordered(fromPlain(manifest, [], resource) as Plain);
}

/**
 * `yamldecode(<<-EOT … EOT)` with no template in the heredoc: the heredoc is read by the HCL
 * parser itself (as the value of an attribute), then as YAML.
 */
async function decoded(
  manifest: string,
  resource: Resource,
  fileName: string,
  parseHcl: ParseHcl,
): Promise<unknown> {
  const read = readTemplate(manifest);
  const source = read.whole ? read.expressions[0]! : '';
  const call = /^yamldecode\(([\s\S]*)\)$/.exec(source);
  if (call) {
    try {
      const json = await parseHcl(fileName, `value = ${call[1]!.trim()}\n`);
      const heredoc = json.value;
      if (typeof heredoc === 'string') {
        const inner = readTemplate(heredoc);
        if (inner.expressions.length === 0) return parseYaml(inner.text) as unknown;
      }
    } catch {
      // Not a plain string after all: said below.
    }
  }
  resource.say(
    ['manifest'],
    `\`${source || manifest}\` is a Terraform expression Podsmith cannot resolve: left out`,
    source || undefined,
  );
  return undefined;
}

/** A manifest's plain data, strings read as templates (keys too). */
function fromPlain(value: unknown, path: Path, resource: Resource): unknown {
  if (typeof value === 'string') return resource.text(value, path).text;
  if (Array.isArray(value)) return value.map((v, i) => fromPlain(v, [...path, i], resource));
  if (!isPlain(value)) return value;
  const out: Plain = {};
  for (const [key, v] of Object.entries(value)) {
    const k = resource.text(key, path).text;
    out[k] = fromPlain(v, [...path, k], resource);
  }
  return out;
}

/**
 * Keys in Kubernetes' usual order: apiVersion, kind, metadata, spec first, then the typed table's
 * order where the kind has one, and `name` first in objects the table does not know.
 */
function ordered(object: Plain): Plain {
  const typed = typedResourceFor(object.apiVersion, object.kind);
  const body = orderLike(object, typed?.body) as Plain;
  const head: Plain = {};
  for (const key of ['apiVersion', 'kind', 'metadata', 'spec'])
    if (key in body) head[key] = body[key];
  return { ...head, ...body };
}

function orderLike(value: unknown, table: Fields | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => orderLike(v, table));
  if (!isPlain(value)) return value;
  const keys = Object.keys(value);
  const known = Object.keys(table ?? {}).filter((k) => k in value);
  const rest = keys
    .filter((k) => !known.includes(k))
    .sort((a, b) => +(b === 'name') - +(a === 'name'));
  const out: Plain = {};
  for (const key of [...known, ...rest]) {
    const field = table?.[key];
    const sub =
      field && (field.shape === 'block' || field.shape === 'blocks') ? field.fields : undefined;
    out[key] = field && !sub ? value[key] : orderLike(value[key], sub);
  }
  return out;
}

function leftOut(key: string, path: Path, resource: Resource, top: boolean): void {
  if (top && TERRAFORM_ONLY.has(key)) {
    resource.say(undefined, `\`${key}\` is Terraform's, not the object's: left out`);
  } else {
    resource.say([...path, key], `\`${key}\` is not a field Podsmith knows here: left out`);
  }
}

/** One typed block body as the Kubernetes object, keys in the table's order. */
function fromFields(
  body: HclJsonBody,
  table: Fields,
  path: Path,
  resource: Resource,
  top = false,
): Plain {
  const expanded = withDynamic(body, table, path, resource);
  const out: Plain = {};
  for (const [k8s, field] of Object.entries(table)) {
    if (!(field.tf in expanded)) continue;
    const value = fromField(expanded[field.tf], field, [...path, k8s], resource);
    if (value !== undefined) out[k8s] = value;
  }
  for (const key of Object.keys(expanded)) {
    if (!fieldByTfName(table, key)) leftOut(key, path, resource, top);
  }
  return out;
}

/**
 * `dynamic "container" { for_each = …, content { … } }` cannot be expanded without the
 * collection: its content is written once, iterator references left as placeholders.
 */
function withDynamic(
  body: HclJsonBody,
  table: Fields,
  path: Path,
  resource: Resource,
): HclJsonBody {
  if (!('dynamic' in body)) return body;
  const { dynamic, ...rest } = body;
  const out: HclJsonBody = { ...rest };
  for (const [name, instances] of Object.entries(isPlain(dynamic) ? dynamic : {})) {
    const found = fieldByTfName(table, name);
    for (const instance of Array.isArray(instances) ? instances : []) {
      const each =
        isPlain(instance) && typeof instance.for_each === 'string' ? instance.for_each : '';
      const content = isPlain(instance) && Array.isArray(instance.content) ? instance.content : [];
      const over = readTemplate(each).expressions[0] ?? each;
      if (!found || (found[1].shape !== 'blocks' && found[1].shape !== 'block')) {
        resource.say(
          [...path, name],
          `dynamic "${name}" is not a block Podsmith knows here: left out`,
        );
        continue;
      }
      const at = [...path, found[0]];
      resource.say(
        at,
        `dynamic "${name}" repeats its content for each item of \`${over}\`, which Podsmith cannot expand: written once, from its content`,
        over,
      );
      const before = out[name];
      out[name] = [...(Array.isArray(before) ? before : []), ...content];
    }
  }
  return out;
}

function fromField(value: unknown, field: Field, path: Path, resource: Resource): unknown {
  if (typeof value === 'string' && field.shape !== 'scalar') {
    // The whole list, map or block is one expression (`args = var.args`).
    return resource.text(value, path).text;
  }
  switch (field.shape) {
    case 'scalar':
      return fromScalar(value, field.type, path, resource);
    case 'list':
      if (!Array.isArray(value)) return notShaped(path, resource);
      return value.map((v, i) => fromScalar(v, field.type, [...path, i], resource));
    case 'map':
      if (!isPlain(value)) return notShaped(path, resource);
      return fromPlain(value, path, resource);
    case 'block': {
      const bodies = (Array.isArray(value) ? value : [value]).filter(isPlain);
      if (bodies.length === 0) return notShaped(path, resource);
      if (bodies.length > 1) {
        resource.say(
          path,
          `${bodies.length} blocks where Kubernetes holds one object: the first is used`,
        );
      }
      return fromFields(bodies[0]!, field.fields, path, resource);
    }
    case 'blocks': {
      const bodies = Array.isArray(value) ? value : [value];
      if (!bodies.every(isPlain)) return notShaped(path, resource);
      return bodies.map((b, i) => fromFields(b, field.fields, [...path, i], resource));
    }
  }
}

function notShaped(path: Path, resource: Resource): undefined {
  resource.say(path, 'not in the shape the provider gives this field: left out');
  return undefined;
}

/** A scalar as Kubernetes types it (the provider writes some ints as strings, modes in octal). */
function fromScalar(value: unknown, type: ScalarType, path: Path, resource: Resource): unknown {
  if (value === null) return undefined;
  if (typeof value === 'string') {
    const { text, resolved } = resource.text(value, path);
    return resolved ? typedText(text, type) : text;
  }
  if (typeof value === 'number') {
    if (type === 'string') return String(value);
    if (type === 'octal') return typedText(String(value), type);
    return value;
  }
  if (typeof value === 'boolean') return type === 'string' ? String(value) : value;
  return notShaped(path, resource);
}

function typedText(text: string, type: ScalarType): unknown {
  if (type === 'int' && /^-?\d+$/.test(text)) return Number(text);
  if (type === 'intOrString' && /^\d+$/.test(text)) return Number(text);
  if (type === 'octal' && /^[0-7]+$/.test(text)) return parseInt(text, 8);
  if (type === 'bool' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}
