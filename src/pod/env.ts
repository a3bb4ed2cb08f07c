import { labelKeyProblem } from './names.ts';

// Environment variables of a container: where each value comes from, and the rules the API applies.

/** Where an `env` entry's value comes from; `other` is a source the form does not edit (resourceFieldRef, fileKeyRef). */
export type EnvSource = 'value' | 'secretKeyRef' | 'configMapKeyRef' | 'fieldRef' | 'other';

/** The sources a form offers, in the words it uses. */
export const ENV_SOURCES: readonly { source: Exclude<EnvSource, 'other'>; label: string }[] = [
  { source: 'value', label: 'Value' },
  { source: 'secretKeyRef', label: 'Secret key' },
  { source: 'configMapKeyRef', label: 'ConfigMap key' },
  { source: 'fieldRef', label: 'Pod field' },
];

/** The pod fields an env var can read through the downward API, besides labels and annotations. */
export const FIELD_PATHS: readonly string[] = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.podIP',
  'status.podIPs',
  'status.hostIP',
  'status.hostIPs',
];

type Obj = Record<string, unknown>;

function asObject(value: unknown): Obj | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Obj)
    : undefined;
}

/**
 * Why `name` cannot name an env var, or `undefined`. Since Kubernetes 1.30 any printable ASCII but
 * "=" is allowed, so only the empty name and "=" are refused here.
 */
export function envNameProblem(name: string): string | undefined {
  if (name === '') return 'An environment variable needs a name.';
  if (name.includes('=')) return 'An environment variable name cannot contain "=".';
  return undefined;
}

/** Where the value of an `env` entry comes from. */
export function envSource(entry: unknown): EnvSource {
  const valueFrom = asObject(entry)?.valueFrom;
  if (valueFrom === undefined || valueFrom === null) return 'value';
  const keys = Object.keys(asObject(valueFrom) ?? {});
  if (keys.length !== 1) return 'other';
  const key = keys[0]!;
  return key === 'secretKeyRef' || key === 'configMapKeyRef' || key === 'fieldRef' ? key : 'other';
}

/**
 * The `env` entry rewritten to take its value from `source`. The name stays; a Secret reference
 * becoming a ConfigMap reference (or back) keeps its name, key and optional flag; everything else
 * of the old source goes, so the entry never holds two sources. Empty names and keys are left for
 * the user to fill in.
 */
export function withEnvSource(entry: unknown, source: Exclude<EnvSource, 'other'>): Obj {
  const old = asObject(entry) ?? {};
  const out: Obj = { name: old.name ?? '' };
  if (source === 'value') {
    if (envSource(old) === 'value' && old.value !== undefined) out.value = old.value;
    return out;
  }
  if (source === 'fieldRef') {
    const current = asObject(asObject(old.valueFrom)?.fieldRef);
    out.valueFrom = { fieldRef: current ?? { fieldPath: 'metadata.name' } };
    return out;
  }
  const valueFrom = asObject(old.valueFrom);
  const ref = asObject(valueFrom?.secretKeyRef) ?? asObject(valueFrom?.configMapKeyRef);
  const next: Obj = { name: ref?.name ?? '', key: ref?.key ?? '' };
  if (ref?.optional !== undefined) next.optional = ref.optional;
  out.valueFrom = { [source]: next };
  return out;
}

/** A fieldPath split for a picker: one of {@link FIELD_PATHS}, a label or annotation with its key, or free text. */
export type FieldPathChoice =
  | { kind: 'path'; path: string }
  | { kind: 'labels' | 'annotations'; key: string }
  | { kind: 'other'; path: string };

const SUBSCRIPT = /^metadata\.(labels|annotations)\['(.*)'\]$/;

/** Reads a `fieldRef.fieldPath` for a picker. */
export function parseFieldPath(value: unknown): FieldPathChoice {
  const path =
    typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  if (FIELD_PATHS.includes(path)) return { kind: 'path', path };
  const m = SUBSCRIPT.exec(path);
  if (m) return { kind: m[1] as 'labels' | 'annotations', key: m[2]! };
  return { kind: 'other', path };
}

/** The fieldPath reading one label or annotation: `metadata.labels['app.kubernetes.io/name']`. */
export function subscriptFieldPath(kind: 'labels' | 'annotations', key: string): string {
  return `metadata.${kind}['${key}']`;
}

/**
 * Why `key` cannot be read through `metadata.labels['…']` or `metadata.annotations['…']`, or
 * `undefined`: the API requires a qualified name (annotation keys are checked in lower case).
 */
export function fieldPathKeyProblem(
  kind: 'labels' | 'annotations',
  key: string,
): string | undefined {
  return labelKeyProblem(kind === 'annotations' ? key.toLowerCase() : key);
}

/** A name for a new env var that no entry of `names` has yet: NEW_VAR, NEW_VAR_2, … */
export function freeEnvName(names: readonly unknown[]): string {
  if (!names.includes('NEW_VAR')) return 'NEW_VAR';
  let n = 2;
  while (names.includes(`NEW_VAR_${n}`)) n++;
  return `NEW_VAR_${n}`;
}

/**
 * Why `key` cannot be a key of a ConfigMap or Secret (at most 253 letters, digits, "-", "_" and
 * ".", and not "." or "..") as a key reference names it, or `undefined`.
 */
export function dataKeyProblem(key: string): string | undefined {
  if (key === '') return 'Enter the key to read.';
  if (key.length > 253) return 'A key can have at most 253 characters.';
  if (!/^[-._a-zA-Z0-9]+$/.test(key))
    return 'A key may hold only letters, digits, "-", "_" and ".".';
  if (key === '.' || key === '..') return `A key cannot be "${key}".`;
  if (key.startsWith('..')) return 'A key cannot start with "..".';
  return undefined;
}

/** The kinds of object an `envFrom` entry can import every key of. */
export type EnvFromKind = 'configMapRef' | 'secretRef';

/** Which kind of object an `envFrom` entry imports (`undefined` when it names neither or both). */
export function envFromKind(entry: unknown): EnvFromKind | undefined {
  const o = asObject(entry) ?? {};
  const cm = o.configMapRef !== undefined;
  const secret = o.secretRef !== undefined;
  return cm === secret ? undefined : cm ? 'configMapRef' : 'secretRef';
}

/** The `envFrom` entry rewritten to import a `kind` object, keeping its prefix, name and optional flag. */
export function withEnvFromKind(entry: unknown, kind: EnvFromKind): Obj {
  const old = asObject(entry) ?? {};
  const ref = asObject(old.configMapRef) ?? asObject(old.secretRef) ?? { name: '' };
  const out: Obj = {};
  if (old.prefix !== undefined) out.prefix = old.prefix;
  out[kind] = ref;
  return out;
}
