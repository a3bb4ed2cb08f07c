import { describe, expect, it } from 'vitest';
import { createAppStore } from './index.ts';
import { DEFAULT_LAYOUT, selectDark } from './layout.ts';

describe('the layout slice', () => {
  it('starts from the defaults: every size the window default, nothing folded, the system theme', () => {
    const s = createAppStore().getState();
    expect({
      paneSizes: s.paneSizes,
      folded: s.folded,
      sideTab: s.sideTab,
      theme: s.theme,
    }).toEqual(DEFAULT_LAYOUT);
  });

  it('keeps whole pixels, and null (or nonsense) as "the default"', () => {
    const store = createAppStore();
    store.getState().setPaneSize('inspector', 351.6);
    expect(store.getState().paneSizes.inspector).toBe(352);
    store.getState().setPaneSize('inspector', Number.NaN);
    expect(store.getState().paneSizes.inspector).toBeNull();
    store.getState().setPaneSize('editor', 400);
    store.getState().setPaneSize('editor', null);
    expect(store.getState().paneSizes.editor).toBeNull();
  });

  it('folds and unfolds one pane at a time', () => {
    const store = createAppStore();
    store.getState().toggleFolded('analysis');
    expect(store.getState().folded).toEqual({ palette: false, analysis: true });
    store.getState().toggleFolded('analysis');
    expect(store.getState().folded.analysis).toBe(false);
  });

  it('is dark when chosen, or when following a dark system', () => {
    const store = createAppStore();
    const dark = () => selectDark(store.getState());
    expect(dark()).toBe(false);
    store.getState().setSystemDark(true);
    expect(dark()).toBe(true);
    store.getState().setTheme('light');
    expect(dark()).toBe(false);
    store.getState().setSystemDark(false);
    store.getState().setTheme('dark');
    expect(dark()).toBe(true);
  });

  it('leaves the design text alone', () => {
    const store = createAppStore();
    const text = store.getState().text;
    store.getState().setPaneSize('palette', 200);
    store.getState().setTheme('dark');
    expect(store.getState().text).toBe(text);
    expect(store.getState().past).toEqual([]);
  });
});
