// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderWithStore } from '../testing/render.tsx';
import { createAppStore } from '../store/index.ts';
import { IntegerField, TextField } from './Field.tsx';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  terminationGracePeriodSeconds: 30
  containers:
    - name: app
      image: nginx:1.27 # pinned
      workingDir: /srv
`;
const BASE = ['spec', 'containers', 0];
const at = (text: string) => parse(text).spec;

function mount(field: 'image' | 'grace' | 'workingDir') {
  const store = createAppStore({ text: POD });
  const el = renderWithStore(
    store,
    field === 'grace' ? (
      <IntegerField label="Grace" path={['spec', 'terminationGracePeriodSeconds']} base={[]} />
    ) : (
      <TextField label={field} path={[...BASE, field]} base={BASE} />
    ),
  );
  return { store, input: el.querySelector('input')! };
}

/** One keystroke's worth of input, then the frame that writes what is still waiting. */
async function type(input: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}
const key = (input: HTMLInputElement, k: string) =>
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });

describe('a form field writes as the user types', () => {
  it('changes the YAML with every keystroke, before Enter, keeping the comment', async () => {
    const { store, input } = mount('image');
    await type(input, 'nginx:1.2');
    expect(at(store.getState().text).containers[0].image).toBe('nginx:1.2');
    await type(input, 'nginx:1.28');
    expect(store.getState().text).toContain('image: nginx:1.28 # pinned');
    key(input, 'Enter');
    expect(input.value).toBe('nginx:1.28');
  });

  it('makes the whole burst one undo step', async () => {
    const { store, input } = mount('image');
    for (const value of ['b', 'bu', 'bus', 'busybox']) await type(input, value);
    key(input, 'Enter');
    expect(store.getState().past).toEqual([POD]);
    act(() => store.getState().undo());
    expect(store.getState().text).toBe(POD);
  });

  it('shows text that is not acceptable yet inline, and the YAML keeps the last acceptable value', async () => {
    const { store, input } = mount('grace');
    await type(input, '4');
    await type(input, '4x');
    expect(at(store.getState().text).terminationGracePeriodSeconds).toBe(4);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('4x');
    await type(input, '45');
    expect(at(store.getState().text).terminationGracePeriodSeconds).toBe(45);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('removes an emptied field on Enter, not while it is empty for a moment', async () => {
    const { store, input } = mount('workingDir');
    await type(input, '');
    expect(at(store.getState().text).containers[0].workingDir).toBe('/srv');
    await type(input, '/app');
    await type(input, '');
    expect(at(store.getState().text).containers[0].workingDir).toBe('/app');
    key(input, 'Enter');
    expect(at(store.getState().text).containers[0]).not.toHaveProperty('workingDir');
  });

  it('takes the typing back on Escape', async () => {
    const { store, input } = mount('image');
    await type(input, 'redis');
    await type(input, 'redis:7');
    key(input, 'Escape');
    expect(store.getState().text).toBe(POD);
    expect(input.value).toBe('nginx:1.27');
    expect(store.getState().past).toEqual([]);
  });

  it('writes keystrokes of one frame once, the newest', async () => {
    const { store, input } = mount('image');
    act(() => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      for (const value of ['a', 'al', 'alp']) {
        set.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    // The first key of the frame is written at once; the others wait for the frame.
    expect(at(store.getState().text).containers[0].image).toBe('a');
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    expect(at(store.getState().text).containers[0].image).toBe('alp');
  });
});

describe('a form field in a design read in the background', () => {
  it('holds what is typed while the design is read, then writes the newest value', async () => {
    const big = `${POD}${'# padding\n'.repeat(21_000)}`;
    const store = createAppStore({ text: big });
    const read = () =>
      new Promise<void>((resolve) => {
        if (!store.getState().reading) return resolve();
        const stop = store.subscribe((s) => {
          if (s.reading) return;
          stop();
          resolve();
        });
      });
    await read();
    const el = renderWithStore(
      store,
      <TextField label="Image" path={[...BASE, 'image']} base={BASE} />,
    );
    const input = el.querySelector('input')!;
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    // Text typed in the editor: the design is read again, and the field's edit must wait for it.
    const typed = `${big}# typed\n`;
    act(() => store.getState().setText(typed, 'typing'));
    expect(store.getState().reading).toBe(true);
    act(() => {
      set.call(input, 'redis');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      set.call(input, 'redis:7');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(store.getState().text).toBe(typed);
    expect(input.getAttribute('aria-invalid')).toBeNull(); // waiting, not refused
    await act(read);
    expect(at(store.getState().text).containers[0].image).toBe('redis:7');
    expect(store.getState().past).toEqual([big, typed]);
  });
});
