import type { Path } from '../yaml/path.ts';
import { API_FIELD_CHANGES, type ApiFieldChange } from './api-fields.ts';
import { API_TYPE_GRAPH } from './api-type-graph-data.ts';

const CHANGES = new Map(API_FIELD_CHANGES.map((c) => [`I${c.type}.${c.field}`, c]));

/** A field of a manifest whose presence, or whose gate's default, differs between versions. */
export interface VersionField {
  path: Path;
  change: ApiFieldChange;
}

/**
 * Every field of `value`, an object of top-level `kind`, that API_FIELD_CHANGES lists, found by
 * walking the manifest along the schema's types (API_TYPE_GRAPH) from the kind down.
 */
export function versionFields(kind: string, value: unknown): VersionField[] {
  const found: VersionField[] = [];
  const walk = (node: unknown, type: string, path: Path) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, type, [...path, i]));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const edges = API_TYPE_GRAPH[type];
    for (const [key, child] of Object.entries(node)) {
      const change = CHANGES.get(`${type}.${key}`);
      if (change) found.push({ path: [...path, key], change });
      const next = edges && Object.hasOwn(edges, key) ? edges[key] : undefined;
      if (next) walk(child, next, [...path, key]);
    }
  };
  walk(value, `I${kind}`, []);
  return found;
}
