// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { TextField } from '../forms/Field.tsx';
import { renderWithStore } from '../testing/render.tsx';
import { useApp } from './context.tsx';
import { createAppStore } from './index.ts';
import { selectText } from './selectors.ts';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: nginx:1.27
`;
const BASE = ['spec', 'containers', 0];

/** What the rest of the page draws from the store: here, whether the YAML holds `image`. */
function Shows({ image }: { image: string }) {
  const has = useApp((s) => selectText(s).includes(`image: ${image}`));
  return <output>{has ? 'shown' : 'not yet'}</output>;
}

function mount() {
  const draws: (() => void)[] = [];
  const store = createAppStore({ text: POD });
  const el = renderWithStore(
    store,
    <>
      <TextField label="Image" path={[...BASE, 'image']} base={BASE} />
      <Shows image="nginx:1.28" />
    </>,
    (draw) => draws.push(draw),
  );
  const input = el.querySelector('input')!;
  const output = () => el.querySelector('output')!.textContent;
  const drawn = () => act(() => draws.splice(0).forEach((draw) => draw()));
  return { store, input, output, drawn, draws };
}

function typeInto(input: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('StoreProvider pace', () => {
  it("draws a form's keystroke in the rest of the page at its pace, the store having it at once", () => {
    const { store, input, output, drawn, draws } = mount();
    typeInto(input, 'nginx:1.28');
    expect(store.getState().text).toContain('image: nginx:1.28');
    expect(input.value).toBe('nginx:1.28');
    expect(output()).toBe('not yet');
    expect(draws).toHaveLength(1);
    drawn();
    expect(output()).toBe('shown');
  });

  it('draws any other change at once, with a keystroke still waiting', () => {
    const { store, input, output, draws } = mount();
    typeInto(input, 'nginx:1.2');
    act(() => store.getState().setText(POD.replace('1.27', '1.28'), 'canvas'));
    expect(output()).toBe('shown');
    expect(draws).toHaveLength(1); // its draw, when it comes, finds nothing left to draw
  });
});
