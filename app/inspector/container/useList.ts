import { insertItem, removeItem } from '../../../src/edit/fields.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { useDocValue, useFormsLocked } from '../../forms/useDoc.ts';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';

const selectApplyEdit = (s: AppState) => s.applyEdit;

/**
 * A list of objects in the YAML (ports, env, envFrom) with add and remove, each one undo step.
 * Removing the last item removes the list too, but never the object the form edits (`base`).
 */
export function useList(path: Path, base: Path) {
  const value = useDocValue(path);
  const applyEdit = useApp(selectApplyEdit);
  const locked = useFormsLocked();
  const items: readonly unknown[] = Array.isArray(value) ? value : [];
  return {
    items,
    /** The list holds something the form cannot show as rows (a scalar, a map). */
    unreadable: value !== undefined && value !== null && !Array.isArray(value),
    locked,
    add: (item: unknown) =>
      applyEdit((text, document) => insertItem(text, { document, path, value: item })),
    remove: (index: number) =>
      applyEdit((text, document) =>
        removeItem(text, { document, path, index, keepDepth: base.length }),
      ),
  };
}

/** A field of a list item, when the item is an object. */
export function itemField(item: unknown, key: string): unknown {
  return typeof item === 'object' && item !== null
    ? (item as Record<string, unknown>)[key]
    : undefined;
}
