import type { Path } from '../../../src/yaml/path.ts';
import { addListItem, removeListItem } from '../../commands/fields.ts';
import { useDocValue } from '../../forms/useDoc.ts';
import { useAppStore } from '../../store/context.tsx';

/**
 * A list of objects in the YAML (`items`, `sources`): its items, and add/remove as single undo
 * steps. Removing the last item removes the list key, never the object that holds it (`owner`).
 */
export function useItems(path: Path, owner: Path) {
  const value = useDocValue(path);
  const store = useAppStore();
  const items: unknown[] = Array.isArray(value) ? value : [];
  const add = (item: unknown) => addListItem(store, path, item, { quiet: true });
  const remove = (index: number) => removeListItem(store, path, index, owner);
  return { items, add, remove };
}
