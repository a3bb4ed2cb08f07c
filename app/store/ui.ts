import type { Slice, UiSlice } from './types.ts';

export const createUiSlice: Slice<UiSlice> = (set, get) => {
  let seq = 0;
  return {
    notice: null,
    editorReady: false,
    editorFlush: null,
    notify: (tone, message) => set({ notice: { id: ++seq, tone, message } }),
    clearNotice: () => set({ notice: null }),
    setEditorReady: (ready) => set({ editorReady: ready }),
    setEditorFlush: (flush) => set({ editorFlush: flush }),
    flushEditor: () => get().editorFlush?.(),
  };
};
