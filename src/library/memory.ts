import type { KeyValueStore } from './library.ts';

/**
 * A Web Storage stand-in kept in memory (tests; key order is insertion order, as in browsers).
 * `failWith` makes every write throw, as a full or disabled storage does; `onChange` sees every
 * change, so a test can deliver `storage` events to other "tabs".
 */
export class MemoryStorage implements KeyValueStore {
  private readonly items = new Map<string, string>();
  failWith: unknown = null;
  onChange: ((key: string | null, newValue: string | null) => void) | null = null;

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWith !== null) throw this.failWith;
    this.items.set(key, String(value));
    this.onChange?.(key, String(value));
  }
  removeItem(key: string): void {
    if (!this.items.has(key)) return;
    this.items.delete(key);
    this.onChange?.(key, null);
  }
  clear(): void {
    this.items.clear();
    this.onChange?.(null, null);
  }
}
