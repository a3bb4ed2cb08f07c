import { isAlias, isMap, isSeq, type Document, type Node } from 'yaml';
import { keyOf } from '../yaml/locate.ts';
import { startsWith, type Path, type PathSegment } from '../yaml/path.ts';

/**
 * Anchors defined inside `path` that aliases outside it still use, each with the first such alias.
 * Deleting `path` would leave those aliases dangling, so the caller moves each anchored node to
 * its first alias before deleting (later aliases then refer to it there).
 */
export function anchorsUsedOutside(doc: Document, path: Path): { aliasPath: Path; node: Node }[] {
  const anchors = new Map<string, Node>();
  const firstAlias = new Map<string, Path>();
  walk(doc.contents, [], (node, at) => {
    const inside = startsWith(at, path);
    if (isAlias(node)) {
      if (!inside && anchors.has(node.source) && !firstAlias.has(node.source))
        firstAlias.set(node.source, at);
      return;
    }
    const anchor = (node as Node).anchor;
    if (anchor) {
      // A later anchor of the same name replaces the earlier one for the aliases after it.
      if (inside) anchors.set(anchor, node as Node);
      else anchors.delete(anchor);
    }
  });
  return [...firstAlias].map(([name, aliasPath]) => ({ aliasPath, node: anchors.get(name)! }));
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
