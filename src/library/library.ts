import { designKey, idFromKey, parseRecord, serializeRecord, type DesignRecord } from './record.ts';

/**
 * The part of the Web Storage interface the library uses, so tests pass a Map-backed fake and
 * the app passes `localStorage`. Any method may throw (storage disabled, quota exceeded).
 */
export interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The saved design with this id, or `null` when there is none (or it cannot be read). */
export function readDesign(storage: KeyValueStore, id: string): DesignRecord | null {
  return parseRecord(storage.getItem(designKey(id)), id);
}

/** Saves a design under its own key; throws what the storage throws (quota, disabled). */
export function writeDesign(storage: KeyValueStore, record: DesignRecord): void {
  storage.setItem(designKey(record.id), serializeRecord(record));
}

export function removeDesign(storage: KeyValueStore, id: string): void {
  storage.removeItem(designKey(id));
}

/**
 * Every readable saved design, most recently edited first. The list is derived by scanning keys:
 * there is no index two tabs could overwrite. Unreadable entries are skipped, not deleted.
 */
export function listDesigns(storage: KeyValueStore): DesignRecord[] {
  const ids: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const id = idFromKey(storage.key(i));
    if (id !== null) ids.push(id);
  }
  const records = ids.map((id) => readDesign(storage, id)).filter((r) => r !== null);
  return sortDesigns(records);
}

/** Most recently edited first; equal times by name, then id, so the order is stable. */
export function sortDesigns(records: readonly DesignRecord[]): DesignRecord[] {
  return [...records].sort(
    (a, b) =>
      b.updatedAt - a.updatedAt ||
      a.name.localeCompare(b.name, 'en') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
