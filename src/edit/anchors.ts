import { isAlias, isMap, isSeq, type Document, type Node } from 'yaml';
import { keyOf } from '../yaml/locate.ts';
import { startsWith, type Path, type PathSegment } from '../yaml/path.ts';
import { deepEqual } from './equal.ts';

/**
 * Anchors defined inside `path` that aliases outside it still use, each with the first such alias.
 * Deleting `path` would leave those aliases dangling, so the caller moves each anchored node to
 * its first alias before deleting (later aliases then refer to it there). An anchor that only
 * repeats an equal one defined earlier (a moved container's copy is already in its new place)
 * needs no rescue: after the delete its aliases read the earlier one, with the same value.
 */
export function anchorsUsedOutside(doc: Document, path: Path): { aliasPath: Path; node: Node }[] {
  const anchors = new Map<string, Node>();
  const firstAlias = new Map<string, { aliasPath: Path; node: Node }>();
  const outside = new Map<string, Node>();
  walk(doc.contents, [], (node, at) => {
    const inside = startsWith(at, path);
    if (isAlias(node)) {
      if (!inside && anchors.has(node.source) && !firstAlias.has(node.source))
        firstAlias.set(node.source, { aliasPath: at, node: anchors.get(node.source)! });
      return;
    }
    const anchor = (node as Node).anchor;
    if (!anchor) return;
    // A later anchor of the same name replaces the earlier one for the aliases after it.
    if (!inside) {
      outside.set(anchor, node as Node);
      anchors.delete(anchor);
    } else if (!sameValue(doc, outside.get(anchor), node as Node)) {
      anchors.set(anchor, node as Node);
    } else {
      anchors.delete(anchor);
    }
  });
  return [...firstAlias.values()];
}

function sameValue(doc: Document, a: Node | undefined, b: Node): boolean {
  return a !== undefined && deepEqual(a.toJS(doc), b.toJS(doc));
}

function walk(node: unknown, at: PathSegment[], visit: (node: unknown, at: Path) => void): void {
  if (node === null || node === undefined) return;
  visit(node, at);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyOf(pair.key);
      if (key !== undefined) walk(pair.value, [...at, key], visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item, [...at, i], visit));
  }
}
