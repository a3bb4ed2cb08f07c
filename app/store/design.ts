import { DEFAULT_K8S_VERSION } from '../../src/validate/versions.ts';
import {
  derive,
  deriveEdited,
  deriveOrRead,
  EMPTY_VIEW,
  NO_LAST_GOOD,
  type Derived,
} from './derive.ts';
import { READ_IN_BACKGROUND_FROM } from './reader.ts';
import { recordStep } from './history.ts';
import type { AppState, DesignSlice, Slice } from './types.ts';

export function createDesignSlice(initialText: string, now: () => number): Slice<DesignSlice> {
  return (set, get) => ({
    ...firstState(initialText, { get, set }),
    setText: (text, origin, burst, edited) => {
      // Text the editor still holds back is the user's: commit it as its own step first.
      if (origin !== 'typing') get().flushEditor();
      const s = get();
      if (text === s.text) {
        if (origin !== 'typing') set({ typingAt: null, typingIn: null });
        return;
      }
      set({
        ...(edited
          ? deriveEdited(text, edited, { get, set })
          : deriveOrRead(text, s.k8sVersion, { get, set })),
        ...recordStep(s, s.text, origin, now(), burst),
        // A refused edit's notice spoke of the text before: it goes once the text changes.
        ...(s.notice?.untilChange ? { notice: null } : {}),
      });
    },
  });
}

/** The store's first design: a large one (a restored autosave, say) is read once the store exists. */
function firstState(
  text: string,
  store: { get: () => AppState; set: (p: Partial<AppState>) => void },
): Derived {
  if (text.length < READ_IN_BACKGROUND_FROM) return derive(text, NO_LAST_GOOD, DEFAULT_K8S_VERSION);
  queueMicrotask(() => store.set(deriveOrRead(text, store.get().k8sVersion, store)));
  return {
    text,
    values: [],
    documentCount: 0,
    view: EMPTY_VIEW,
    lastGood: EMPTY_VIEW,
    lastGoodValues: [],
    stale: true,
    reading: true,
    problems: [],
    diagnostics: null,
    documentStarts: null,
  };
}
