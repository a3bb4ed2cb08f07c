import { isCollection, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';

// kubectl decodes YAML with go-yaml (sigs.k8s.io/yaml over gopkg.in/yaml.v2), whose decoder stops
// at a map key that is itself a map or a list: `failf("invalid map key: %#v", key)` in
// decode.go's `mapping`. The `yaml` library takes such keys and stringifies them, so they are
// looked for here.

/** A map key that is a map or a list: where it starts, and go-yaml's words for it. */
export interface InvalidKey {
  offset: number;
  message: string;
}

/** Every map key of `doc` that go-yaml refuses, in document order. */
export function invalidKeys(doc: Document.Parsed): InvalidKey[] {
  const found: InvalidKey[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (!isCollection(key)) return;
      found.push({ offset: key.range?.[0] ?? 0, message: `invalid map key: ${goSyntax(key)}` });
    },
  });
  return found;
}

/**
 * Go's `%#v` of what go-yaml v2 decodes a node to: maps as `map[interface {}]interface {}{…}`
 * with their keys sorted as fmt sorts them, lists as `[]interface {}{…}`, strings quoted, whole
 * numbers, floats and booleans bare, null as `interface {}(nil)`.
 */
export function goSyntax(node: unknown): string {
  if (isMap(node)) {
    const entries = node.items.map((p) => [goSyntax(p.key), goSyntax(p.value)] as const);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `map[interface {}]interface {}{${entries.map(([k, v]) => `${k}:${v}`).join(', ')}}`;
  }
  if (isSeq(node)) return `[]interface {}{${node.items.map(goSyntax).join(', ')}}`;
  const value = isScalar(node) ? node.value : node;
  if (value === null || value === undefined) return 'interface {}(nil)';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}
