import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS } from '../library/session.ts';
import { FakeBrowser } from '../library/testing.ts';
import { createAppStore } from '../store/index.ts';
import { DEFAULT_LAYOUT, selectDark } from '../store/layout.ts';
import { startLayout, type ThemeHost } from './persist.ts';
import { LAYOUT_KEY, parseLayout, restoreLayout } from './restore.ts';

/** A root element and a `prefers-color-scheme: dark` query the test can flip. */
function fakeHost(dark = false) {
  const listeners = new Set<() => void>();
  const media = {
    matches: dark,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  const host = { root: { dataset: {} as Record<string, string | undefined> }, media };
  return {
    host: host as unknown as ThemeHost,
    dataset: host.root.dataset,
    listeners,
    setDark(value: boolean) {
      media.matches = value;
      listeners.forEach((l) => l());
    },
  };
}

let browser: FakeBrowser;
const stops: (() => void)[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  browser = new FakeBrowser();
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
});

/** What the workspace does: restore before the first paint, then start saving and following. */
function start(host = fakeHost().host, tab = browser.tab()) {
  const store = createAppStore();
  restoreLayout(store, tab.env, host.root);
  stops.push(startLayout(store, tab.env, host));
  return { store, tab };
}
const stored = () => JSON.parse(browser.local.getItem(LAYOUT_KEY) ?? 'null') as unknown;

describe('parseLayout', () => {
  it('reads what it wrote', () => {
    const prefs = {
      paneSizes: { ...DEFAULT_LAYOUT.paneSizes, editor: 512, analysis: 240 },
      folded: { palette: true, analysis: false },
      sideTab: 'inspector' as const,
      theme: 'dark' as const,
    };
    expect(parseLayout(JSON.stringify(prefs))).toEqual(prefs);
  });

  it('keeps the default for whatever it cannot read', () => {
    expect(parseLayout(null)).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('not json')).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('[1,2]')).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('"text"')).toEqual(DEFAULT_LAYOUT);
    const odd = parseLayout(
      JSON.stringify({
        paneSizes: { palette: 'wide', editor: -5, inspector: 1e9, side: 333.6, canvas: 10 },
        folded: { palette: 'yes', analysis: true },
        sideTab: 'problems',
        theme: 'sepia',
      }),
    );
    expect(odd).toEqual({
      ...DEFAULT_LAYOUT,
      paneSizes: { ...DEFAULT_LAYOUT.paneSizes, side: 334 },
      folded: { palette: false, analysis: true },
    });
  });
});

describe('restoreLayout and startLayout', () => {
  it('saves pane sizes, folds, the side tab and the theme under its own key, debounced', () => {
    const { store } = start();
    store.getState().setPaneSize('editor', 480.4);
    store.getState().setPaneSize('editor', 500);
    expect(browser.local.getItem(LAYOUT_KEY)).toBeNull();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(stored()).toMatchObject({ paneSizes: { editor: 500, palette: null } });
    store.getState().toggleFolded('palette');
    store.getState().setTheme('dark');
    store.getState().setSideTab('inspector');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(stored()).toMatchObject({
      folded: { palette: true, analysis: false },
      theme: 'dark',
      sideTab: 'inspector',
    });
  });

  it('restores them in the next page, and leaves the design alone', () => {
    const first = start();
    first.store.getState().setPaneSize('analysis', 250);
    first.store.getState().setTheme('light');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    const text = first.store.getState().text;

    const { store } = start(fakeHost().host, browser.reload(first.tab));
    expect(store.getState().paneSizes.analysis).toBe(250);
    expect(store.getState().theme).toBe('light');
    expect(store.getState().text).toBe(text);
  });

  it('saves at once when the page is hidden, and when stopped', () => {
    const { store, tab } = start();
    store.getState().setPaneSize('palette', 220);
    tab.hide();
    expect(stored()).toMatchObject({ paneSizes: { palette: 220 } });
    store.getState().setPaneSize('palette', 240);
    stops.pop()!();
    expect(stored()).toMatchObject({ paneSizes: { palette: 240 } });
  });

  it('writes nothing for changes that are not the layout', () => {
    const { store } = start();
    store.getState().setK8sVersion('1.30');
    store.getState().notify('info', 'hello');
    vi.advanceTimersByTime(SAVE_DELAY_MS * 10);
    expect(browser.local.getItem(LAYOUT_KEY)).toBeNull();
  });

  it('keeps working in memory when the browser refuses storage', () => {
    browser.localThrows = new DOMException('denied', 'SecurityError');
    const { store } = start();
    store.getState().setPaneSize('editor', 450);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(store.getState().paneSizes.editor).toBe(450);
    expect(store.getState().notice).toBeNull();
  });

  it('sets data-theme for a chosen theme and none while following the system', () => {
    const fake = fakeHost();
    const { store } = start(fake.host);
    expect(fake.dataset.theme).toBeUndefined();
    store.getState().setTheme('dark');
    expect(fake.dataset.theme).toBe('dark');
    store.getState().setTheme('light');
    expect(fake.dataset.theme).toBe('light');
    store.getState().setTheme('system');
    expect('theme' in fake.dataset).toBe(false);
  });

  it('follows the system colour preference while the theme is "System"', () => {
    const fake = fakeHost(true);
    const { store } = start(fake.host);
    expect(selectDark(store.getState())).toBe(true);
    fake.setDark(false);
    expect(selectDark(store.getState())).toBe(false);
    store.getState().setTheme('dark');
    expect(selectDark(store.getState())).toBe(true);
    fake.setDark(true);
    store.getState().setTheme('light');
    expect(selectDark(store.getState())).toBe(false);
    stops.pop()!();
    expect(fake.listeners.size).toBe(0);
  });

  it('applies a stored theme and sizes before anything is drawn', () => {
    browser.local.setItem(
      LAYOUT_KEY,
      JSON.stringify({ theme: 'dark', paneSizes: { editor: 420 }, folded: { analysis: true } }),
    );
    const fake = fakeHost();
    const store = createAppStore();
    restoreLayout(store, browser.tab().env, fake.host.root);
    expect(fake.dataset.theme).toBe('dark');
    expect(store.getState().paneSizes.editor).toBe(420);
    expect(store.getState().folded).toEqual({ palette: false, analysis: true });
  });

  it('turns the shared column to the inspector for a selection, to the YAML for a problem', () => {
    const { store } = start();
    store.getState().setSideTab('editor');
    store.getState().selectVolume('data');
    expect(store.getState().sideTab).toBe('inspector');
    store.getState().showDiagnostic({
      ruleId: 'x',
      severity: 'info',
      message: 'm',
      path: [],
      document: 0,
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 5,
    } as never);
    expect(store.getState().sideTab).toBe('editor');
  });
});
