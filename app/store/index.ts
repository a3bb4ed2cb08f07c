import { createStore, type StoreApi } from 'zustand/vanilla';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createDesignSlice } from './design.ts';
import { createEditSlice } from './edits.ts';
import { createHistorySlice } from './history.ts';
import { createLayoutSlice } from './layout.ts';
import { createSelectionSlice, mainContainer } from './selection.ts';
import { selectSelected } from './selectors.ts';
import type { AppState, StoreOptions } from './types.ts';
import { createUiSlice } from './ui.ts';
import { createValidationSlice } from './validation.ts';

export type AppStore = StoreApi<AppState>;
export type * from './types.ts';

/** A fresh app store: one per page, one per test. */
export function createAppStore(options: StoreOptions = {}): AppStore {
  const now = options.now ?? (() => Date.now());
  const store = createStore<AppState>()((...a) => ({
    ...createDesignSlice(options.text ?? STARTER_YAML, now, options.checkLater)(...a),
    ...createHistorySlice(...a),
    ...createSelectionSlice(...a),
    ...createEditSlice(...a),
    ...createUiSlice(...a),
    ...createValidationSlice(...a),
    ...createLayoutSlice(...a),
  }));
  // The inspector opens on the main container of the first workload; a selected container that
  // is gone (renamed in the editor, another design pasted) gives way to the main one, so the
  // inspector never shows an empty form while the pod has containers.
  store.getState().selectWorkload(null);
  store.subscribe((s) => {
    if (s.selectedContainer !== null && !selectSelected(s))
      store.setState({ selectedContainer: mainContainer(s, s.workloadDocument) });
  });
  return store;
}
