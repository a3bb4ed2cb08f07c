import { selectWorkloads } from './selectors.ts';
import type { AppState, SelectionSlice, Slice } from './types.ts';

/** The main container of the workload at `document` (the first workload when `null`). */
export function mainContainer(s: AppState, document: number | null): string | null {
  const workloads = selectWorkloads(s);
  const pod = workloads.find((w) => w.document === document) ?? workloads[0];
  return pod?.containers.find((c) => c.role === 'main')?.name ?? null;
}

export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  workloadDocument: null,
  selectedContainer: null,
  selectedVolume: null,
  inspectorTab: 'container',
  selectWorkload: (document) => {
    // A workload is shown with its main container selected, so the inspector opens on it.
    const main = mainContainer(get(), document);
    set((s) => ({
      workloadDocument: document,
      selectedContainer: main,
      selectedVolume: null,
      inspectorTab: main !== null && s.inspectorTab === 'volume' ? 'container' : s.inspectorTab,
    }));
  },
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
