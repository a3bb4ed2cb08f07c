import type { AppState, Slice } from './types.ts';

/** Panes sized with a splitter; the canvas takes whatever room is left. */
export type Pane = 'palette' | 'inspector' | 'editor' | 'side' | 'analysis';
/** Panes that fold away to a narrow bar. */
export type Foldable = 'palette' | 'analysis';
export type Theme = 'system' | 'light' | 'dark';
/** What the shared column shows when the window is too narrow for inspector and editor side by side. */
export type SideTab = 'inspector' | 'editor';

/** What the layout remembers between visits (app/layout/persist.ts): UI state, never in the YAML. */
export interface LayoutPrefs {
  /**
   * Width in CSS pixels (height for the analysis) the user chose; `null` is the default for the
   * window's size. app/layout/sizes.ts clamps every value to what the window has room for.
   */
  paneSizes: Record<Pane, number | null>;
  folded: Record<Foldable, boolean>;
  sideTab: SideTab;
  theme: Theme;
}

export interface LayoutSlice extends LayoutPrefs {
  /** The system asks for dark colours (`prefers-color-scheme`); followed while `theme` is `system`. */
  systemDark: boolean;
  /** `null` goes back to the default size. */
  setPaneSize: (pane: Pane, size: number | null) => void;
  toggleFolded: (pane: Foldable) => void;
  setSideTab: (tab: SideTab) => void;
  setTheme: (theme: Theme) => void;
  setSystemDark: (dark: boolean) => void;
}

export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export const DEFAULT_LAYOUT: LayoutPrefs = {
  paneSizes: { palette: null, inspector: null, editor: null, side: null, analysis: null },
  folded: { palette: false, analysis: false },
  sideTab: 'editor',
  theme: 'system',
};

export const createLayoutSlice: Slice<LayoutSlice> = (set) => ({
  ...DEFAULT_LAYOUT,
  systemDark: false,
  setPaneSize: (pane, size) =>
    set((s) => ({
      paneSizes: {
        ...s.paneSizes,
        [pane]: size === null || !isFinite(size) ? null : Math.round(size),
      },
    })),
  toggleFolded: (pane) => set((s) => ({ folded: { ...s.folded, [pane]: !s.folded[pane] } })),
  setSideTab: (sideTab) => set({ sideTab }),
  setTheme: (theme) => set({ theme }),
  setSystemDark: (systemDark) => set({ systemDark }),
});

export const selectTheme = (s: AppState): Theme => s.theme;
/** True when the app shows its dark colours: chosen, or followed from the system. */
export const selectDark = (s: AppState): boolean =>
  s.theme === 'dark' || (s.theme === 'system' && s.systemDark);
