import { isPlain } from '../plain.ts';
import { keyedBlock, putAt, type Holes } from './holes.ts';
import type { Part } from './workload.ts';

type Obj = Record<string, unknown>;

/**
 * A Service's template and values: its `type` and its `ports` (port, targetPort, nodePort… per
 * entry, in order). A key the design leaves unset is left out of the values, and so out of the
 * rendered Service, until someone sets it.
 */
export function servicePart(object: Obj, key: string, holes: Holes): Part {
  const tree = structuredClone(object);
  const v = `.Values.${key}`;
  const values: Obj = {};
  if (!isPlain(tree.spec)) return { tree, values, notCarried: [] };
  let spec: Obj = tree.spec;
  // type first, where people look for it; ports where the design has them.
  for (const [field, index] of [
    ['type', 0],
    ['ports', undefined],
  ] as const) {
    if (field in spec) values[field] = spec[field];
    spec = putAt(spec, field, holes.line(keyedBlock(v, field, field === 'type')), null, index);
  }
  tree.spec = spec;
  return { tree, values, notCarried: [] };
}
