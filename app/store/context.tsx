import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { EDITOR_BURST } from './history.ts';
import type { AppState } from './types.ts';
import type { AppStore } from './index.ts';

/** How React is told of a form's keystroke: `draw` runs once the editor's new text is drawn. */
export type Pace = (draw: () => void) => void;

interface Stores {
  store: AppStore;
  /** The store as components read it: `store`, told of a form's typing at `pace`. */
  rendered: StoreApi<AppState>;
}

const StoreContext = createContext<Stores | null>(null);
const paced = new WeakMap<AppStore, StoreApi<AppState>>();

/**
 * Gives the app its store. With `pace` (the page passes "after the next frame"), a keystroke in a
 * form field reaches Monaco in the keystroke's own frame, and the components that read the store
 * (the canvas, the other forms, the analysis) draw it in the frame after: rendering 100 cards
 * first would hold the editor's frame back. Every other change is drawn at once.
 */
export function StoreProvider({
  store,
  pace,
  children,
}: {
  store: AppStore;
  pace?: Pace;
  children: ReactNode;
}) {
  const stores = useMemo(
    () => ({ store, rendered: pace ? pacedStore(store, pace) : store }),
    [store, pace],
  );
  return <StoreContext.Provider value={stores}>{children}</StoreContext.Provider>;
}

function useStores(): Stores {
  const stores = useContext(StoreContext);
  if (!stores) throw new Error('useAppStore needs a <StoreProvider>.');
  return stores;
}

/** The store itself, for commands and effects that subscribe outside render (the editor binding). */
export function useAppStore(): AppStore {
  return useStores().store;
}

/** Reads one slice of state through a named selector; re-renders only when it changes. */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useStores().rendered, selector);
}

/** Like {@link useApp} for selectors that build a new array or object each call. */
export function useAppShallow<T>(selector: (s: AppState) => T): T {
  return useStore(useStores().rendered, useShallow(selector));
}

/** Whether the change from `prev` to `s` is a keystroke in a form field (not in the editor). */
function typedInForm(s: AppState, prev: AppState): boolean {
  return s.text !== prev.text && s.typingIn !== null && s.typingIn !== EDITOR_BURST;
}

/**
 * `store` as React subscribes to it: the same state at every moment, but a form's keystroke is
 * announced to the components at `pace`; any other change at once (with the keystroke's, if it
 * was still waiting).
 */
function pacedStore(store: AppStore, pace: Pace): StoreApi<AppState> {
  const known = paced.get(store);
  if (known) return known;
  const listeners = new Set<(s: AppState, prev: AppState) => void>();
  let waiting = false;
  const announce = () => {
    waiting = false;
    const s = store.getState();
    for (const listener of listeners) listener(s, s);
  };
  store.subscribe((s, prev) => {
    if (!typedInForm(s, prev)) return announce();
    if (waiting) return;
    waiting = true;
    pace(() => waiting && announce());
  });
  const rendered: StoreApi<AppState> = {
    ...store,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  paced.set(store, rendered);
  return rendered;
}
