import { isScalar, visit, YAMLParseError, type Document } from 'yaml';

/**
 * Adds a `DUPLICATE_KEY` error to `doc` for every map key its map already has, as the YAML
 * library's `uniqueKeys` option would, with the same rule: keys are equal when they are the same
 * scalar value (`1` and `"1"` differ; each merge key `<<` is its own). The library compares every
 * key with every earlier one, which took minutes on a map of 60,000 keys; a set takes one pass.
 */
export function addDuplicateKeyErrors(doc: Document.Parsed): void {
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue; // the library compares other keys by identity: never equal
        const value = key.value;
        if (typeof value === 'number' && Number.isNaN(value)) continue; // NaN !== NaN
        if (!seen.has(value)) {
          seen.add(value);
          continue;
        }
        const start = key.range?.[0] ?? 0;
        doc.errors.push(
          new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'),
        );
      }
    },
  });
}
