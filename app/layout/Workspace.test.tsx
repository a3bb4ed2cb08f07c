// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore, type AppStore } from '../store/index.ts';
import { renderWithStore } from '../testing/render.tsx';
import { LAYOUT_KEY } from './restore.ts';
import { LIMITS } from './sizes.ts';
import { STEP } from './useSplit.ts';
import { Workspace } from './Workspace.tsx';

// happy-dom lays nothing out: the workspace reports the size a test gives it.
let size = { width: 1440, height: 800 };
const proto = HTMLElement.prototype;
const real = {
  width: Object.getOwnPropertyDescriptor(proto, 'clientWidth')!,
  height: Object.getOwnPropertyDescriptor(proto, 'clientHeight')!,
};
beforeAll(async () => {
  // The chunks the workspace loads after its first paint: here at once.
  await Promise.all([import('./LiveSplitter.tsx'), import('./persist.ts')]);
});
beforeEach(() => {
  localStorage.clear();
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => size.width });
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => size.height });
});
afterEach(() => {
  Object.defineProperty(proto, 'clientWidth', real.width);
  Object.defineProperty(proto, 'clientHeight', real.height);
  delete document.documentElement.dataset.theme;
});

async function mount(width: number, text = STARTER_YAML) {
  size = { width, height: 800 };
  const store = createAppStore({ text });
  const el = renderWithStore(
    store,
    <Workspace
      palette={<aside aria-label="Palette">palette</aside>}
      canvas={<section aria-label="Pod canvas">canvas</section>}
      inspector={<section aria-label="Inspector">inspector</section>}
      editor={<section aria-label="YAML editor">editor</section>}
    />,
  );
  await act(async () => {}); // the lazy parts resolve
  return { el, store } as { el: HTMLElement; store: AppStore };
}

const splitter = (el: HTMLElement, name: string) =>
  el.querySelector<HTMLElement>(`[role="separator"][aria-label="${name}"]`);
const names = (el: HTMLElement) =>
  [...el.querySelectorAll('[role="separator"]')].map((s) => s.getAttribute('aria-label'));
const key = (target: HTMLElement, k: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
const click = (target: Element) =>
  act(() => {
    target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });

describe('Workspace', () => {
  it('shows the four panes side by side on a wide screen, a splitter between each two', async () => {
    const { el } = await mount(1440);
    expect(el.querySelector('main')!.dataset.mode).toBe('wide');
    expect(names(el)).toEqual([
      'Resize the palette',
      'Resize the inspector',
      'Resize the pod analysis',
      'Resize the editor',
    ]);
    const editor = splitter(el, 'Resize the editor')!;
    expect(editor.getAttribute('aria-orientation')).toBe('vertical');
    expect(editor.tabIndex).toBe(0);
    expect(Number(editor.getAttribute('aria-valuemin'))).toBe(LIMITS.editor.min);
    expect(Number(editor.getAttribute('aria-valuemax'))).toBeGreaterThan(
      Number(editor.getAttribute('aria-valuenow')),
    );
    expect(splitter(el, 'Resize the pod analysis')!.getAttribute('aria-orientation')).toBe(
      'horizontal',
    );
    expect(el.querySelector('.layout-tabs')).toBeNull();
    expect(el.querySelector('#side-panel')!.hasAttribute('role')).toBe(false);
    for (const pane of ['Palette', 'Pod canvas', 'Inspector', 'YAML editor'])
      expect(el.querySelector(`[aria-label="${pane}"]`)!.closest('[hidden]'), pane).toBeNull();
  });

  it('resizes a pane from the keyboard, and a double click goes back to the default', async () => {
    const { el, store } = await mount(1440);
    const editor = splitter(el, 'Resize the editor')!;
    const before = Number(editor.getAttribute('aria-valuenow'));
    key(editor, 'ArrowLeft'); // the editor is right of its splitter: left makes it wider
    expect(store.getState().paneSizes.editor).toBe(before + STEP);
    expect(Number(editor.getAttribute('aria-valuenow'))).toBe(before + STEP);
    key(editor, 'Home');
    expect(store.getState().paneSizes.editor).toBe(LIMITS.editor.min);
    key(editor, 'End');
    expect(store.getState().paneSizes.editor).toBe(Number(editor.getAttribute('aria-valuemax')));
    act(() => {
      editor.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    });
    expect(store.getState().paneSizes.editor).toBeNull();
    expect(Number(editor.getAttribute('aria-valuenow'))).toBe(before);
  });

  it('sets the grid from the sizes, and remembers them', async () => {
    const { el } = await mount(1440);
    const main = el.querySelector('main')!;
    const columns = main.style.gridTemplateColumns;
    key(splitter(el, 'Resize the palette')!, 'ArrowRight');
    expect(main.style.gridTemplateColumns).not.toBe(columns);
    expect(main.style.gridTemplateColumns.startsWith(`${184 + STEP}px`)).toBe(true);
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(JSON.parse(localStorage.getItem(LAYOUT_KEY)!)).toMatchObject({
      paneSizes: { palette: 184 + STEP },
    });
  });

  it('puts inspector and editor in one tabbed column on a narrow screen', async () => {
    const { el, store } = await mount(1024);
    expect(el.querySelector('main')!.dataset.mode).toBe('narrow');
    expect(names(el)).toEqual([
      'Resize the palette',
      'Resize the pod analysis',
      'Resize the inspector and editor column',
    ]);
    const tabs = [...el.querySelectorAll<HTMLElement>('.layout-tabs [role="tab"]')];
    expect(tabs.map((t) => t.textContent)).toEqual(['Inspector', 'YAML']);
    const panel = el.querySelector('#side-panel')!;
    expect(panel.getAttribute('role')).toBe('tabpanel');
    const inspector = el.querySelector('.layout-inspector')!;
    const editor = el.querySelector('.layout-editor')!;
    // The YAML first; the inspector a click (or a selection on the canvas) away.
    expect([inspector.hasAttribute('hidden'), editor.hasAttribute('hidden')]).toEqual([
      true,
      false,
    ]);
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[1]!.id);
    click(tabs[0]!);
    expect(store.getState().sideTab).toBe('inspector');
    expect([inspector.hasAttribute('hidden'), editor.hasAttribute('hidden')]).toEqual([
      false,
      true,
    ]);
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
  });

  it('folds the palette to a rail, and unfolds it', async () => {
    const { el, store } = await mount(1440);
    const hide = el.querySelector<HTMLButtonElement>('.layout-palette .layout-fold')!;
    expect(hide.textContent).toContain('Hide the palette');
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    click(hide);
    expect(store.getState().folded.palette).toBe(true);
    expect(el.querySelector('[aria-label="Palette"]')).toBeNull();
    expect(splitter(el, 'Resize the palette')).toBeNull();
    const show = el.querySelector<HTMLButtonElement>('.layout-palette .layout-fold')!;
    expect(show.textContent).toContain('Show the palette');
    expect(show.getAttribute('aria-expanded')).toBe('false');
    click(show);
    expect(el.querySelector('[aria-label="Palette"]')).not.toBeNull();
  });

  it('has no analysis pane while the design has no workload', async () => {
    const { el } = await mount(1440, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n');
    expect(el.querySelector('.layout-analysis')).toBeNull();
    expect(names(el)).not.toContain('Resize the pod analysis');
  });

  it('applies the remembered theme to the page', async () => {
    localStorage.setItem(LAYOUT_KEY, JSON.stringify({ theme: 'dark' }));
    await mount(1440);
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
