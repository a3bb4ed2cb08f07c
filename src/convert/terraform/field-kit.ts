// The vocabulary of the field table (fields.ts): how one Kubernetes field is written in a typed
// resource of the Terraform kubernetes provider, and short builders for the table's rows.

/** How a Kubernetes scalar is read back from Terraform, where the provider types it differently. */
export type ScalarType =
  /** A string; a number or bool written in Terraform becomes its text. */
  | 'string'
  /** An integer (the provider types some as strings: `replicas`, `run_as_user`). */
  | 'int'
  | 'bool'
  /** An integer the provider writes as an octal string: 420 ↔ `"0644"` (`default_mode`, `mode`). */
  | 'octal'
  /** A port or percentage: digits become an integer, anything else stays a string. */
  | 'intOrString'
  /** A quantity (`500m`, `1Gi`, `2`): kept as written. */
  | 'quantity';

/** One Kubernetes field as a typed resource holds it. */
export type Field =
  /** One value: `image = "nginx"`. */
  | { shape: 'scalar'; tf: string; type: ScalarType }
  /** A list (or set) of values: `args = ["a", "b"]`. */
  | { shape: 'list'; tf: string; type: ScalarType }
  /** A map of strings: `labels = { app = "web" }`. */
  | { shape: 'map'; tf: string }
  /** One nested object, written as one block: `metadata { … }`. */
  | { shape: 'block'; tf: string; fields: Fields }
  /** A list of objects, written as one block per item: `container { … }` `container { … }`. */
  | { shape: 'blocks'; tf: string; fields: Fields };

/** Fields of one object, keyed by their Kubernetes name, in the order Kubernetes users write them. */
export type Fields = Readonly<Record<string, Field>>;

type WithoutTf<F> = F extends Field ? Omit<F, 'tf'> & { tf?: string } : never;
export type Spec = WithoutTf<Field>;

/** `runAsUser` → `run_as_user`, `hostIPC` → `host_ipc`: the provider's usual spelling. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** A table's rows; a field's provider name is the snake_case of its own unless `as` says otherwise. */
export function fields(specs: Record<string, Spec>): Fields {
  const out: Record<string, Field> = {};
  for (const [name, spec] of Object.entries(specs)) {
    out[name] = { ...spec, tf: spec.tf ?? snakeCase(name) } as Field;
  }
  return out;
}

export const str: Spec = { shape: 'scalar', type: 'string' };
export const int: Spec = { shape: 'scalar', type: 'int' };
export const bool: Spec = { shape: 'scalar', type: 'bool' };
export const octal: Spec = { shape: 'scalar', type: 'octal' };
export const intOrString: Spec = { shape: 'scalar', type: 'intOrString' };
export const quantity: Spec = { shape: 'scalar', type: 'quantity' };
export const map: Spec = { shape: 'map' };
export const list = (type: ScalarType = 'string'): Spec => ({ shape: 'list', type });
export const block = (f: Fields): Spec => ({ shape: 'block', fields: f });
/** A Kubernetes list of objects: one block per item, named `tf` (mostly the singular). */
export const blocks = (tf: string, f: Fields): Spec => ({ shape: 'blocks', tf, fields: f });
/** A field whose provider name is not the snake_case of its Kubernetes name. */
export const as = (tf: string, spec: Spec): Spec => ({ ...spec, tf });
