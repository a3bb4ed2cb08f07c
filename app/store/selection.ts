import type { SelectionSlice, Slice } from './types.ts';

export const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  workloadDocument: null,
  selectedContainer: null,
  selectWorkload: (document) => set({ workloadDocument: document, selectedContainer: null }),
  selectContainer: (name) => set({ selectedContainer: name }),
});
