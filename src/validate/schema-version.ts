import { API_FIELD_CHANGES, definitionOf, servedIn, type JsonSchema } from './api-fields.ts';
import { gateOffByDefault } from './api-gates.ts';
import type { K8sVersion } from './versions.ts';

// The editor's completion and hover come from one JSON Schema (schema/k8s.schema.json, the 1.36
// API). schemaForVersion narrows it to what the target version serves, so completion never offers
// a field the chosen cluster does not know, and hover says when a field sits behind a gate that is
// off by default there.

/** The title a version's schema carries (hover shows it). */
export function schemaTitle(version: K8sVersion): string {
  return `Kubernetes objects Podsmith knows (Kubernetes ${version})`;
}

/** The sentence put before the description of a field whose gate is off by default. */
export function gateSentence(gate: string, version: K8sVersion, effect: string): string {
  return `Behind the ${gate} feature gate, off by default in Kubernetes ${version}: ${effect}`;
}

const cache = new WeakMap<object, Map<K8sVersion, object>>();

/**
 * A copy of the committed Kubernetes schema (`schema`, the 1.36 API as parsed from
 * schema/k8s.schema.json) for `version`: the fields that version does not serve are gone from
 * `properties` and `required`, fields 1.36 no longer serves but `version` did are back, a field
 * whose feature gate is off by default in `version` keeps its place but its description starts
 * by saying so, and the title names the version. Pure; the input is never changed.
 *
 * Memoized per schema object and version: parse the schema once and pass the same object, and a
 * version change costs one deep copy the first time only. Treat the result as read-only.
 */
export function schemaForVersion<S extends object>(schema: S, version: K8sVersion): S {
  let perVersion = cache.get(schema);
  if (!perVersion) {
    perVersion = new Map();
    cache.set(schema, perVersion);
  }
  const hit = perVersion.get(version);
  if (hit) return hit as S;
  const copy = structuredClone(schema);
  const root = copy as JsonSchema;
  root.title = schemaTitle(version);
  const definitions = (root.definitions ?? {}) as Record<string, JsonSchema | undefined>;
  for (const change of API_FIELD_CHANGES) {
    const definition = definitions[definitionOf(change)];
    const properties = definition?.properties as Record<string, JsonSchema | undefined> | undefined;
    if (!definition || !properties) continue;
    if (!servedIn(change, version)) {
      delete properties[change.field];
      if (Array.isArray(definition.required))
        definition.required = definition.required.filter((name) => name !== change.field);
      continue;
    }
    if (!properties[change.field] && change.schema)
      properties[change.field] = structuredClone(change.schema);
    const property = properties[change.field];
    const off = change.gate && gateOffByDefault(change.gate, version);
    if (property && off) {
      const sentence = gateSentence(off.name, version, off.effect);
      const description = typeof property.description === 'string' ? property.description : '';
      property.description = description ? `${sentence}\n\n${description}` : sentence;
    }
  }
  perVersion.set(version, copy);
  return copy;
}
