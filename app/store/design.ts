import { DEFAULT_K8S_VERSION } from '../../src/validate/versions.ts';
import { derive, EMPTY_VIEW } from './derive.ts';
import { recordStep } from './history.ts';
import type { DesignSlice, Slice } from './types.ts';

export function createDesignSlice(initialText: string, now: () => number): Slice<DesignSlice> {
  return (set, get) => ({
    ...derive(initialText, EMPTY_VIEW, DEFAULT_K8S_VERSION),
    setText: (text, origin) => {
      // Text the editor still holds back is the user's: commit it as its own step first.
      if (origin !== 'typing') get().flushEditor();
      const s = get();
      if (text === s.text) {
        if (origin !== 'typing') set({ typingAt: null });
        return;
      }
      set({ ...derive(text, s.lastGood, s.k8sVersion), ...recordStep(s, s.text, origin, now()) });
    },
  });
}
