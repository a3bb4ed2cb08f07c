import { insertItem, removeItem } from '../../../src/edit/fields.ts';
import type { Path } from '../../../src/yaml/path.ts';
import { useDocValue } from '../../forms/useDoc.ts';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';

const selectApply = (s: AppState) => s.applyEdit;

/**
 * A list of objects in the YAML (`items`, `sources`): its items, and add/remove as single undo
 * steps. Removing the last item removes the list key, never the object that holds it (`owner`).
 */
export function useItems(path: Path, owner: Path) {
  const value = useDocValue(path);
  const applyEdit = useApp(selectApply);
  const items: unknown[] = Array.isArray(value) ? value : [];
  const add = (item: unknown) =>
    applyEdit((text, document) => insertItem(text, { document, path, value: item }), {
      quiet: true,
    });
  const remove = (index: number) =>
    applyEdit((text, document) =>
      removeItem(text, { document, path, index, keepDepth: owner.length }),
    );
  return { items, add, remove };
}
