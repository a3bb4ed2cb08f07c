import type { KeyValueStore } from '../../src/library/library.ts';
import { MemoryStorage } from '../../src/library/memory.ts';
import type { SessionEnv, StorageChange } from './env.ts';

/** One fake browser tab: its own sessionStorage, the shared localStorage, its own events. */
export interface FakeTab {
  env: SessionEnv;
  session: MemoryStorage;
  /** Fires `pagehide`. */
  hide(): void;
}

/**
 * A fake browser for session tests: one localStorage shared by every tab, one sessionStorage per
 * tab, and `storage` events delivered to the other tabs (not the writer), queued as browsers do
 * until `deliver()`. `reload(tab)` gives a tab with the same sessionStorage.
 */
export class FakeBrowser {
  readonly local = new MemoryStorage();
  /** Set to make getting localStorage throw (storage disabled). */
  localThrows: unknown = null;
  now = 1_700_000_000_000;
  private seed = 1;
  private readonly queue: { to: (c: StorageChange) => void; change: StorageChange }[] = [];
  private readonly storageListeners = new Map<FakeTab, Set<(c: StorageChange) => void>>();

  tab(session = new MemoryStorage()): FakeTab {
    const hideListeners = new Set<() => void>();
    const storageListeners = new Set<(c: StorageChange) => void>();
    const local = this.localFor(() => tab);
    const tab: FakeTab = {
      session,
      hide: () => hideListeners.forEach((l) => l()),
      env: {
        local: () => {
          if (this.localThrows !== null) throw this.localThrows;
          return local;
        },
        session: () => session,
        now: () => this.now,
        random: () => {
          this.seed = (this.seed * 16807) % 2147483647;
          return this.seed / 2147483647;
        },
        onHide(listener) {
          hideListeners.add(listener);
          return () => hideListeners.delete(listener);
        },
        onStorage(listener) {
          storageListeners.add(listener);
          return () => storageListeners.delete(listener);
        },
      },
    };
    this.storageListeners.set(tab, storageListeners);
    return tab;
  }

  /** The same tab after a reload: its sessionStorage survives. */
  reload(tab: FakeTab): FakeTab {
    this.storageListeners.delete(tab);
    return this.tab(tab.session);
  }

  /** Delivers the queued `storage` events. */
  deliver(): void {
    for (const { to, change } of this.queue.splice(0)) to(change);
  }

  /** localStorage as one tab sees it: its writes queue events for every other tab. */
  private localFor(writer: () => FakeTab): KeyValueStore {
    const shared = this.local;
    const broadcast = (key: string | null, newValue: string | null) => {
      for (const [tab, listeners] of this.storageListeners) {
        if (tab === writer()) continue;
        for (const to of listeners) this.queue.push({ to, change: { key, newValue } });
      }
    };
    return {
      get length() {
        return shared.length;
      },
      key: (i) => shared.key(i),
      getItem: (k) => shared.getItem(k),
      setItem(k, v) {
        shared.setItem(k, v);
        broadcast(k, v);
      },
      removeItem(k) {
        const had = shared.getItem(k) !== null;
        shared.removeItem(k);
        if (had) broadcast(k, null);
      },
    };
  }
}
