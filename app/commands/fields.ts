import { insertItem, removeItem, setField as setFieldOp } from '../../src/edit/fields.ts';
import type { Path } from '../../src/yaml/path.ts';
import type { EditResult } from '../store/index.ts';
import { runCommand, type CommandStore } from './run.ts';

// Fields and lists of the shown workload's document, as the inspector's forms edit them.

/**
 * Sets (or, with `undefined`, removes) the field at `path`. Removing prunes parents left empty,
 * down to `base` (the object the form edits). Refusals are returned, not noticed.
 */
export function setField(
  store: CommandStore,
  path: Path,
  value: unknown,
  base: Path = [],
): EditResult {
  return runCommand(store, {
    oneDocument: true,
    quiet: true,
    op: (text, document) =>
      setFieldOp(text, { document, path, value, keepDepth: Math.max(base.length, 0) }),
  });
}

/** How an add or remove of a list item reports a refusal. */
interface ListOptions {
  /** Return the refusal instead of showing it as a notice. */
  quiet?: boolean;
}

/** Appends `item` to the list at `path` (made when missing). */
export function addListItem(
  store: CommandStore,
  path: Path,
  item: unknown,
  options: ListOptions = {},
): EditResult {
  return runCommand(store, {
    oneDocument: true,
    quiet: options.quiet,
    op: (text, document) => insertItem(text, { document, path, value: item }),
  });
}

/**
 * Removes item `index` of the list at `path`. Removing the last item removes the list key too,
 * but never `owner`, the object the form edits.
 */
export function removeListItem(
  store: CommandStore,
  path: Path,
  index: number,
  owner: Path,
): EditResult {
  return runCommand(store, {
    oneDocument: true,
    op: (text, document) => removeItem(text, { document, path, index, keepDepth: owner.length }),
  });
}
