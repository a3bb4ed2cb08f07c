import type { SelectionSlice, Slice } from './types.ts';

export const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  workloadDocument: null,
  selectedContainer: null,
  selectedVolume: null,
  inspectorTab: 'pod',
  selectWorkload: (document) =>
    set({ workloadDocument: document, selectedContainer: null, selectedVolume: null }),
  selectContainer: (name) =>
    set((s) => ({
      selectedContainer: name,
      inspectorTab:
        name !== null ? 'container' : s.inspectorTab === 'container' ? 'pod' : s.inspectorTab,
    })),
  selectVolume: (name) =>
    set((s) => ({
      selectedVolume: name,
      inspectorTab: name !== null ? 'volume' : s.inspectorTab === 'volume' ? 'pod' : s.inspectorTab,
    })),
  setInspectorTab: (tab) => set({ inspectorTab: tab }),
});
