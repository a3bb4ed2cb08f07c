import type { JsonSchema } from './api-fields.ts';

// Which field of which API type holds which type, for the types on the way from a top-level kind
// to a field whose presence differs between versions (API_FIELD_CHANGES). The version rules walk
// a manifest along these edges only; the table is data so that validation does not load the
// whole schema. api-type-graph.test.ts rebuilds it from schema/k8s.schema.json with typeGraph and
// checks the two are equal.

/** Per schema definition (`IPodSpec`), the fields that lead on, and the definition each holds. */
export type TypeGraph = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The definition a property holds, directly or as its list's items (never a map's values). */
function refOf(p: unknown): string | undefined {
  if (typeof p !== 'object' || p === null) return undefined;
  const s = p as JsonSchema;
  if (typeof s.$ref === 'string') return s.$ref.split('/').pop();
  return s.type === 'array' ? refOf(s.items) : undefined;
}

/** The edges of `definitions` that lead to one of `targets`, kept for the definitions on the way. */
export function typeGraph(
  definitions: Record<string, JsonSchema>,
  targets: ReadonlySet<string>,
): Record<string, Record<string, string>> {
  const edges = new Map<string, [string, string][]>();
  for (const [name, d] of Object.entries(definitions)) {
    const props = (d.properties ?? {}) as Record<string, unknown>;
    const out = Object.entries(props).flatMap(([k, p]) => {
      const r = refOf(p);
      return r ? [[k, r] as [string, string]] : [];
    });
    edges.set(name, out);
  }
  const reach = new Set([...targets].filter((t) => t in definitions));
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, out] of edges)
      if (!reach.has(name) && out.some(([, r]) => reach.has(r))) {
        reach.add(name);
        grew = true;
      }
  }
  const graph: Record<string, Record<string, string>> = {};
  for (const name of [...reach].sort()) {
    const kept = (edges.get(name) ?? []).filter(([, r]) => reach.has(r));
    if (kept.length) graph[name] = Object.fromEntries(kept);
  }
  return graph;
}
