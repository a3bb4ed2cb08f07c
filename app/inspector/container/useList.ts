import type { Path } from '../../../src/yaml/path.ts';
import { addListItem, removeListItem } from '../../commands/fields.ts';
import { useDocValue, useFormsLocked } from '../../forms/useDoc.ts';
import { useAppStore } from '../../store/context.tsx';

/**
 * A list of objects in the YAML (ports, env, envFrom) with add and remove, each one undo step.
 * Removing the last item removes the list too, but never the object the form edits (`base`).
 */
export function useList(path: Path, base: Path) {
  const value = useDocValue(path);
  const store = useAppStore();
  const locked = useFormsLocked();
  const items: readonly unknown[] = Array.isArray(value) ? value : [];
  return {
    items,
    /** The list holds something the form cannot show as rows (a scalar, a map). */
    unreadable: value !== undefined && value !== null && !Array.isArray(value),
    locked,
    add: (item: unknown) => addListItem(store, path, item),
    remove: (index: number) => removeListItem(store, path, index, base),
  };
}

/** A field of a list item, when the item is an object. */
export function itemField(item: unknown, key: string): unknown {
  return typeof item === 'object' && item !== null
    ? (item as Record<string, unknown>)[key]
    : undefined;
}
