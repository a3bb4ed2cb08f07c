import { isMap, isSeq, type Document, type Pair } from 'yaml';
import { keyOf } from '../yaml/locate.ts';
import type { Path } from '../yaml/path.ts';

/** A copy of an object with every own property, the yaml library's hidden node-type tags included. */
function shallow<T extends object>(value: T): T {
  const copy: T = Object.create(Object.getPrototypeOf(value) as object | null) as T;
  return Object.defineProperties(copy, Object.getOwnPropertyDescriptors(value));
}

/**
 * A copy of `doc` that a change at `path` may mutate without touching `doc`: the collections and
 * pairs on the way to `path` (and the collection at it) are copied, everything else is shared.
 * `Document.clone()` copies every node, which costs more than the rest of a small edit together.
 */
export function cloneAlong(doc: Document, path: Path): Document {
  const copy = shallow(doc);
  copy.contents = copyPath(doc.contents, path, 0) as Document['contents'];
  return copy;
}

function copyPath(node: unknown, path: Path, depth: number): unknown {
  if (!isMap(node) && !isSeq(node)) return node;
  const copy = shallow(node);
  copy.items = [...node.items] as typeof node.items;
  if (depth === path.length) return copy;
  const seg = path[depth]!;
  if (isSeq(copy)) {
    if (typeof seg === 'number' && seg < copy.items.length) {
      copy.items[seg] = copyPath(copy.items[seg], path, depth + 1);
    }
    return copy;
  }
  const items = copy.items as Pair[];
  const at = items.findIndex((p) => keyOf(p.key) === seg);
  if (at !== -1) {
    const pair = shallow(items[at]!);
    pair.value = copyPath(pair.value, path, depth + 1);
    items[at] = pair;
  }
  return copy;
}
