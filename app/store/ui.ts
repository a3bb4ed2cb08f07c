import type { Slice, UiSlice } from './types.ts';

export const createUiSlice: Slice<UiSlice> = (set, get) => {
  let seq = 0;
  return {
    notice: null,
    editorReady: false,
    editorFlush: null,
    notify: (tone, message, options = {}) =>
      set({
        notice: { id: ++seq, tone, message, ...(options.untilChange ? { untilChange: true } : {}) },
      }),
    clearNotice: () => set({ notice: null }),
    setEditorReady: (ready) => set({ editorReady: ready }),
    setEditorFlush: (flush) => set({ editorFlush: flush }),
    flushEditor: () => get().editorFlush?.(),
  };
};
