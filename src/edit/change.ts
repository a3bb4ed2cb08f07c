import type { YAMLSeq } from 'yaml';
import {
  isCollection,
  isMap,
  isNode,
  isSeq,
  Pair,
  Scalar,
  YAMLMap,
  type Document,
  type Node,
} from 'yaml';
import { keyOf } from '../yaml/locate.ts';
import type { Path } from '../yaml/path.ts';
import { EditError } from './errors.ts';

/**
 * One change to a document. Edit operations are lists of these; each is applied to the text with the
 * smallest possible splice (see `apply.ts`).
 */
export type Change =
  /** Set a map entry or sequence item, creating missing maps on the way. `before` places a new key before that sibling. */
  | { type: 'set'; path: Path; value: unknown; before?: string }
  /** Remove a map entry or a sequence item. Removing what is not there is a no-op. */
  | { type: 'delete'; path: Path }
  /** Insert into the sequence at `path` (created when missing) at `index` (clamped; default: the end). */
  | {
      type: 'insert';
      path: Path;
      index?: number;
      value: unknown;
      before?: string;
      /** The item's own source text (from its dash), to move text verbatim instead of re-rendering it. */
      source?: { text: string; column: number };
    };

/** Applies a change to a parsed document in place (the reference result every text splice is checked against). */
export function applyToDocument(doc: Document, change: Change): void {
  const { path } = change;
  if (path.length === 0) {
    if (change.type !== 'set')
      throw new EditError('Only a whole new document can replace a document.');
    doc.contents = toNode(doc, change.value);
    return;
  }
  if (change.type === 'delete') {
    const parent = collectionAt(doc, path.slice(0, -1));
    if (parent) removeChild(parent, path[path.length - 1]!);
    return;
  }
  if (change.type === 'set') {
    setChild(doc, path, toNode(doc, change.value), change.before);
    return;
  }
  const seq = collectionAt(doc, path);
  if (seq === undefined) {
    setChild(doc, path, toNode(doc, [change.value]), change.before);
    return;
  }
  if (!isSeq(seq)) throw new EditError(`Expected a list at ${path.join('.')}.`);
  unflowIfEmpty(seq);
  const index = clampIndex(change.index, seq.items.length);
  seq.items.splice(index, 0, toNode(doc, change.value));
}

export function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || index > length) return length;
  return Math.max(0, index);
}

function toNode(doc: Document, value: unknown): Node {
  // No automatic anchors: the same object placed twice is written out twice, as a person would.
  return isNode(value) ? value : (doc.createNode(value, { aliasDuplicateObjects: false }) as Node);
}

/** The collection at `path`, `undefined` when missing; throws when something else is there. */
function collectionAt(doc: Document, path: Path): YAMLMap | YAMLSeq | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (node === undefined || node === null) return undefined;
  if (isScalar(node) && node.value === null) return undefined;
  if (isCollection(node)) return node as YAMLMap | YAMLSeq;
  throw new EditError(`Expected an object or list at ${path.join('.') || 'the document root'}.`);
}

function isScalar(node: unknown): node is Scalar {
  return node instanceof Scalar;
}

function removeChild(parent: YAMLMap | YAMLSeq, seg: string | number): void {
  if (isMap(parent)) {
    const i = parent.items.findIndex((p) => keyOf(p.key) === seg);
    if (i !== -1) parent.items.splice(i, 1);
  } else if (typeof seg === 'number') {
    parent.items.splice(seg, 1);
  }
}

function setChild(doc: Document, path: Path, node: Node, before: string | undefined): void {
  const parentPath = path.slice(0, -1);
  const seg = path[path.length - 1]!;
  let parent = collectionAt(doc, parentPath);
  if (parent === undefined) {
    // Create the missing parent map, then place this key in it.
    const created = new YAMLMap();
    if (parentPath.length === 0) doc.contents = created;
    else setChild(doc, parentPath, created, undefined);
    parent = created;
  }
  unflowIfEmpty(parent);
  if (isSeq(parent)) {
    if (typeof seg !== 'number' || seg > parent.items.length)
      throw new EditError(`No item ${String(seg)} in ${parentPath.join('.')}.`);
    parent.items[seg] = node;
    return;
  }
  const existing = parent.items.find((p) => keyOf(p.key) === seg);
  if (existing) {
    existing.value = node;
    return;
  }
  const pair = new Pair(new Scalar(seg), node);
  const at = before === undefined ? -1 : parent.items.findIndex((p) => keyOf(p.key) === before);
  if (at === -1) parent.items.push(pair);
  else parent.items.splice(at, 0, pair);
}

/** `emptyDir: {}` that gains a key is written as a block, as people write filled maps. */
function unflowIfEmpty(node: YAMLMap | YAMLSeq): void {
  if (node.flow && node.items.length === 0) node.flow = false;
}
