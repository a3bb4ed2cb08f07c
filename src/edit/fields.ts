import { getPath } from '../pod/view.ts';
import type { Path } from '../yaml/path.ts';
import { applyChanges, parseForEdit } from './apply.ts';
import type { Change } from './change.ts';

export interface SetFieldOp {
  document: number;
  path: Path;
  /** The new value; `undefined` removes the field. */
  value: unknown;
  /**
   * When removing, also remove parents left empty, up to (not including) this many leading path
   * segments: clearing `resources.limits.cpu` removes `limits` and `resources` if nothing else is in them.
   */
  keepDepth?: number;
  /** Where a new key goes: before this sibling. */
  before?: string;
}

/**
 * Sets or removes one field: the one operation behind every form in the app. Setting a field to
 * the value it already has returns the text unchanged.
 */
export function setField(text: string, op: SetFieldOp): string {
  const value = parseForEdit(text).values[op.document];
  const current = getPath(value, op.path);
  if (op.value === undefined) {
    if (current === undefined) return text;
    return applyChanges(text, op.document, [
      { type: 'delete', path: prunedPath(value, op.path, op.keepDepth ?? op.path.length - 1) },
    ]);
  }
  if (sameScalar(current, op.value)) return text;
  const before = op.before ?? (current === undefined ? bulkySibling(value, op) : undefined);
  const change: Change = { type: 'set', path: op.path, value: op.value, before };
  return applyChanges(text, op.document, [change]);
}

/** Applies several field changes as one edit (one undo step for the caller). */
export function setFields(text: string, ops: readonly SetFieldOp[]): string {
  return ops.reduce((t, op) => setField(t, op), text);
}

/** Keys that hold a whole sub-tree: people write short settings above them (`replicas` before `template`). */
const BULKY_KEYS = ['template', 'jobTemplate', 'initContainers', 'containers', 'volumes'];

/** The bulky sibling a new scalar field goes before, if its parent map has one. */
function bulkySibling(value: unknown, op: SetFieldOp): string | undefined {
  if (typeof op.value === 'object' && op.value !== null) return undefined;
  const parent = getPath(value, op.path.slice(0, -1));
  if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) return undefined;
  const keys = Object.keys(parent);
  return keys.find((k) => BULKY_KEYS.includes(k));
}

function sameScalar(a: unknown, b: unknown): boolean {
  return (typeof a !== 'object' || a === null) && a === b;
}

/** The highest ancestor of `path` (below `keepDepth`) that would be left empty by removing `path`. */
function prunedPath(value: unknown, path: Path, keepDepth: number): Path {
  let cut = path;
  while (cut.length - 1 > keepDepth) {
    const parent = getPath(value, cut.slice(0, -1));
    const size = Array.isArray(parent)
      ? parent.length
      : typeof parent === 'object' && parent
        ? Object.keys(parent).length
        : 0;
    if (size !== 1) break;
    cut = cut.slice(0, -1);
  }
  return cut;
}

export interface ItemOp {
  document: number;
  /** The list, e.g. `spec.template.spec.containers[0].ports`. */
  path: Path;
}

/** Appends (or inserts at `index`) an item to the list at `path`, creating the list when missing. */
export function insertItem(text: string, op: ItemOp & { value: unknown; index?: number }): string {
  return applyChanges(text, op.document, [
    { type: 'insert', path: op.path, value: op.value, index: op.index },
  ]);
}

/**
 * Removes item `index` of the list at `path`; removing the last item removes the list, and the
 * parents it leaves empty down to `keepDepth`, as with {@link setField}.
 */
export function removeItem(
  text: string,
  op: ItemOp & { index: number; keepDepth?: number },
): string {
  const list = getPath(parseForEdit(text).values[op.document], op.path);
  if (!Array.isArray(list) || op.index < 0 || op.index >= list.length) return text;
  if (list.length > 1)
    return applyChanges(text, op.document, [{ type: 'delete', path: [...op.path, op.index] }]);
  return setField(text, { ...op, value: undefined, keepDepth: op.keepDepth ?? op.path.length - 1 });
}
