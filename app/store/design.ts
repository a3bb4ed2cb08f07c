import { DEFAULT_K8S_VERSION } from '../../src/validate/versions.ts';
import type { K8sVersion } from '../../src/validate/versions.ts';
import {
  derive,
  diagnoseText,
  deriveEdited,
  deriveOrRead,
  EMPTY_VIEW,
  NO_LAST_GOOD,
  type Derived,
} from './derive.ts';
import { READ_IN_BACKGROUND_FROM } from './reader.ts';
import { recordStep } from './history.ts';
import { share } from './share.ts';
import type { AppState, DesignSlice, Slice } from './types.ts';

export function createDesignSlice(
  initialText: string,
  now: () => number,
  checkLater?: (check: () => void) => void,
): Slice<DesignSlice> {
  return (set, get) => {
    /** Checks typed text once it is drawn, if it is still the design's text then. */
    const checkTyped = (text: string, k8s: K8sVersion) =>
      checkLater?.(() => {
        const s = get();
        if (s.text !== text || s.k8sVersion !== k8s || s.reading) return;
        set({ diagnostics: share(s.diagnostics, diagnoseText(text, k8s)) });
      });
    return {
      ...firstState(initialText, { get, set }),
      setText: (text, origin, burst, edited) => {
        // Text the editor still holds back is the user's: commit it as its own step first.
        if (origin !== 'typing') get().flushEditor();
        const s = get();
        if (text === s.text) {
          if (origin !== 'typing') set({ typingAt: null, typingIn: null });
          return;
        }
        // Typed text is drawn first and checked right after (StoreOptions.checkLater).
        const later = origin === 'typing' && checkLater !== undefined;
        const derived = edited
          ? deriveEdited(text, edited, { get, set })
          : deriveOrRead(text, s.k8sVersion, { get, set }, later);
        set({
          ...derived,
          ...recordStep(s, s.text, origin, now(), burst),
          // A refused edit's notice spoke of the text before: it goes once the text changes.
          ...(s.notice?.untilChange ? { notice: null } : {}),
        });
        if (later && !edited && !derived.reading && !derived.stale) checkTyped(text, s.k8sVersion);
      },
    };
  };
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
