import { Alias, isAlias, isMap, isSeq, type Document, type Node } from 'yaml';
import { keyOf } from '../yaml/locate.ts';
import { startsWith, type Path, type PathSegment } from '../yaml/path.ts';
import { deepEqual } from './equal.ts';

/**
 * Anchors defined inside `path` that aliases outside it still use, each with its first such alias
 * and the copy of the anchored node to write there. Deleting `path` would leave those aliases
 * dangling, so the caller writes each copy at its first alias before deleting (later aliases then
 * refer to it there). An anchor that only repeats an equal one defined earlier (a moved
 * container's copy is already in its new place) needs no rescue: after the delete its aliases
 * read the earlier one, with the same value.
 */
export function anchorsUsedOutside(doc: Document, path: Path): { aliasPath: Path; value: Node }[] {
  const anchors = new Map<string, Node>();
  const firstAlias = new Map<string, { aliasPath: Path; value: Node }>();
  const outside = new Map<string, Node>();
  // The node each anchor name reads at the current point, only while that node outlives the
  // delete (is outside `path`): a copy written here may alias these instead of repeating them.
  const kept = new Map<string, Node>();
  walk(doc.contents, [], (node, at) => {
    const inside = startsWith(at, path);
    if (isAlias(node)) {
      const anchored = anchors.get(node.source);
      if (!inside && anchored && !firstAlias.has(node.source)) {
        const value = copyAt(doc, anchored, new Map(kept));
        firstAlias.set(node.source, { aliasPath: at, value });
      }
      return;
    }
    const anchor = (node as Node).anchor;
    if (!anchor) return;
    // A later anchor of the same name replaces the earlier one for the aliases after it.
    if (!inside) {
      outside.set(anchor, node as Node);
      kept.set(anchor, node as Node);
      anchors.delete(anchor);
      return;
    }
    kept.delete(anchor);
    if (!sameValue(doc, outside.get(anchor), node as Node)) anchors.set(anchor, node as Node);
    else anchors.delete(anchor);
  });
  return [...firstAlias.values()];
}

/**
 * A copy of `node` to write where `scope` holds the anchors in effect. An anchored node inside it
 * whose anchor there already reads an equal value is written as an alias: when an inner anchor's
 * alias comes first, the inner node has already moved there, and copying it again would write it
 * (and its comments) twice.
 */
function copyAt(doc: Document, node: Node, scope: Map<string, Node>): Node {
  const copy = node.clone() as Node;
  if (node.anchor) scope.set(node.anchor, node);
  aliasRepeats(doc, node, copy, scope);
  return copy;
}

/** Replaces, in `copy`, the children of `original` that `scope` already names (see `copyAt`). */
function aliasRepeats(doc: Document, original: Node, copy: Node, scope: Map<string, Node>): void {
  const children = (n: Node): unknown[] =>
    isMap(n) ? n.items.map((p) => p.value) : isSeq(n) ? n.items : [];
  const replace = (i: number, value: Node) => {
    if (isMap(copy)) copy.items[i]!.value = value;
    else if (isSeq(copy)) copy.items[i] = value;
  };
  const copies = children(copy);
  children(original).forEach((child, i) => {
    if (!child || isAlias(child) || typeof child !== 'object') return;
    const anchor = (child as Node).anchor;
    if (anchor && sameValue(doc, scope.get(anchor), child as Node)) {
      replace(i, new Alias(anchor));
      return;
    }
    if (anchor) scope.set(anchor, child as Node);
    aliasRepeats(doc, child as Node, copies[i] as Node, scope);
  });
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
