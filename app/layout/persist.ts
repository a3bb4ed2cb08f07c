import { browserEnv, type SessionEnv } from '../library/env.ts';
import { SAVE_DELAY_MS } from '../library/session.ts';
import type { AppState, AppStore } from '../store/index.ts';
import type { LayoutPrefs } from '../store/layout.ts';
import { LAYOUT_KEY, showTheme, type ThemeRoot } from './restore.ts';

// Loaded after the first paint (app/layout/Workspace.tsx): nothing here is needed to draw.

/** Where the theme shows and where the system's preference comes from (fakes in tests). */
export interface ThemeHost {
  root: ThemeRoot;
  /** `(prefers-color-scheme: dark)`, or `null` where the browser cannot tell. */
  media: Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'> | null;
}

const browserHost = (): ThemeHost => ({
  root: document.documentElement,
  media: window.matchMedia?.('(prefers-color-scheme: dark)') ?? null,
});

const prefsOf = (s: LayoutPrefs): LayoutPrefs => ({
  paneSizes: s.paneSizes,
  folded: s.folded,
  sideTab: s.sideTab,
  theme: s.theme,
});
const layoutChanged = (s: AppState, p: AppState) =>
  s.paneSizes !== p.paneSizes ||
  s.folded !== p.folded ||
  s.sideTab !== p.sideTab ||
  s.theme !== p.theme;

/**
 * Keeps the layout going once the page is up: saves every change of it under its own key
 * (debounced like the design's autosave, at once when the page is hidden), keeps `data-theme` on
 * the root element, follows the system's colour preference (for Monaco: the CSS follows it by
 * itself), and on narrow screens turns the shared column to what the user does: a selection
 * shows the inspector (unless they are typing in the editor), showing a problem the YAML.
 * Storage that refuses is no error. Returns the stop; stopping saves what is pending.
 */
export function startLayout(
  store: AppStore,
  env: Pick<SessionEnv, 'local' | 'onHide'> = browserEnv(),
  host: ThemeHost = browserHost(),
): () => void {
  let saved = JSON.stringify(prefsOf(store.getState()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    const text = JSON.stringify(prefsOf(store.getState()));
    if (text === saved) return;
    try {
      env.local().setItem(LAYOUT_KEY, text);
      saved = text;
    } catch {
      // storage off or full: the layout lasts as long as the page
    }
  };
  const media = host.media;
  const follow = () => store.getState().setSystemDark(media?.matches ?? false);
  follow();
  showTheme(host.root, store.getState().theme);
  media?.addEventListener('change', follow);
  const stopHide = env.onHide(save);
  const unsubscribe = store.subscribe((s, p) => {
    if (s.theme !== p.theme) showTheme(host.root, s.theme);
    if (layoutChanged(s, p)) {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    }
    if (s.reveal !== p.reveal) s.setSideTab('editor');
    else if (
      (s.selectedContainer !== p.selectedContainer ||
        s.selectedVolume !== p.selectedVolume ||
        s.inspectorTab !== p.inspectorTab) &&
      !globalThis.document?.activeElement?.closest('.layout-editor')
    )
      s.setSideTab('inspector');
  });
  return () => {
    save();
    unsubscribe();
    stopHide();
    media?.removeEventListener('change', follow);
  };
}
