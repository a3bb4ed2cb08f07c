import type { KeyValueStore } from '../../src/library/library.ts';

/** A change another tab made to the shared storage (the `storage` event's fields we use). */
export interface StorageChange {
  /** The key that changed; `null` when the storage was cleared. */
  key: string | null;
  newValue: string | null;
}

/** What a session needs from the browser, so tests can give it fakes. */
export interface SessionEnv {
  /** Shared by every tab of the origin; getting it throws when the browser forbids storage. */
  local: () => KeyValueStore;
  /** This tab's own storage (it survives a reload, not a new tab). */
  session: () => KeyValueStore;
  now: () => number;
  random: () => number;
  /** Calls `listener` when the page is hidden or left (the last chance to save). */
  onHide: (listener: () => void) => () => void;
  /** Calls `listener` when another tab changes the shared storage. */
  onStorage: (listener: (change: StorageChange) => void) => () => void;
}

/** The real browser: localStorage, sessionStorage, `pagehide`, `visibilitychange`, `storage`. */
export function browserEnv(): SessionEnv {
  return {
    local: () => window.localStorage,
    session: () => window.sessionStorage,
    now: () => Date.now(),
    random: () => Math.random(),
    onHide(listener) {
      const onVisibility = () => {
        if (document.visibilityState === 'hidden') listener();
      };
      window.addEventListener('pagehide', listener);
      document.addEventListener('visibilitychange', onVisibility);
      return () => {
        window.removeEventListener('pagehide', listener);
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
    onStorage(listener) {
      const onEvent = (e: StorageEvent) => {
        // sessionStorage events only come from frames of this same tab: not another editor.
        if (e.storageArea !== null && e.storageArea === window.sessionStorage) return;
        listener({ key: e.key, newValue: e.newValue });
      };
      window.addEventListener('storage', onEvent);
      return () => window.removeEventListener('storage', onEvent);
    },
  };
}
