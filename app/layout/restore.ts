import { browserEnv, type SessionEnv } from '../library/env.ts';
import type { AppStore } from '../store/index.ts';
import {
  DEFAULT_LAYOUT,
  THEMES,
  type LayoutPrefs,
  type Pane,
  type Theme,
} from '../store/layout.ts';

/** Pane sizes, folds and theme live under their own key, beside the designs (one per origin). */
export const LAYOUT_KEY = 'podsmith:layout';

/** The element that carries `data-theme` (the root element in the app, a fake in tests). */
export type ThemeRoot = { dataset: Record<string, string | undefined> };

/** `data-theme="light"` or `"dark"` for a chosen theme; none while following the system. */
export function showTheme(root: ThemeRoot, theme: Theme): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/**
 * Reads stored layout preferences defensively (the storage is shared with older versions and
 * anything an extension put there): what is unreadable keeps its default. Sizes are clamped
 * again where they are used (app/layout/sizes.ts).
 */
export function parseLayout(raw: string | null): LayoutPrefs {
  let value: unknown = null;
  try {
    value = JSON.parse(raw ?? 'null');
  } catch {
    // unreadable: the defaults
  }
  const of = (x: unknown) => Object(x) as Record<string, unknown>;
  const v = of(value);
  const sizes = of(v.paneSizes);
  const folded = of(v.folded);
  const size = (x: unknown) => (typeof x === 'number' && x > 0 && x < 1e4 ? Math.round(x) : null);
  const panes = Object.keys(DEFAULT_LAYOUT.paneSizes) as Pane[];
  return {
    paneSizes: Object.fromEntries(
      panes.map((p) => [p, size(sizes[p])]),
    ) as LayoutPrefs['paneSizes'],
    folded: { palette: folded.palette === true, analysis: folded.analysis === true },
    sideTab: v.sideTab === 'inspector' ? 'inspector' : 'editor',
    theme: THEMES.find((t) => t === v.theme) ?? 'system',
  };
}

/**
 * Puts the layout this browser remembers into the store and shows its theme: run before the first
 * paint, so nothing jumps or flashes. Saving and following the system come later (persist.ts).
 * Storage that refuses is no error: the layout is a convenience, and the design's autosave
 * already says why storage fails.
 */
export function restoreLayout(
  store: AppStore,
  env: Pick<SessionEnv, 'local'> = browserEnv(),
  root: ThemeRoot = document.documentElement,
): void {
  try {
    const raw = env.local().getItem(LAYOUT_KEY);
    if (raw !== null) store.setState(parseLayout(raw));
  } catch {
    // storage off: the defaults
  }
  showTheme(root, store.getState().theme);
}
