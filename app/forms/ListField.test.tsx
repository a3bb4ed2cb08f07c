// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../testing/render.tsx';
import { createAppStore } from '../store/index.ts';
import { StringListField } from './ListField.tsx';

const POD = (args: string) => `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: busybox:1.36
      args:
${args}
`;
const ARGS = ['spec', 'containers', 0, 'args'];
const BASE = ['spec', 'containers', 0];

function mount(text: string) {
  const store = createAppStore({ text });
  expect(store.getState().stale).toBe(false);
  const el = renderWithStore(store, <StringListField label="Arguments" path={ARGS} base={BASE} />);
  return { store, area: el.querySelector('textarea')! };
}

function edit(area: HTMLTextAreaElement, value: string) {
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => area.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
}

describe('StringListField', () => {
  it('writes one item per line', () => {
    const { store, area } = mount(POD('        - -c\n        - echo hi'));
    expect(area.readOnly).toBe(false);
    expect(area.value).toBe('-c\necho hi');
    edit(area, '-c\necho bye');
    expect(store.getState().text).toContain('- echo bye');
  });

  it('keeps a list whose item spans several lines read-only, so the script is not split', () => {
    const text = POD(
      '        - -c\n        - |\n          while true; do\n            sleep 60\n          done',
    );
    const { store, area } = mount(text);
    expect(area.readOnly).toBe(true);
    expect(area.getAttribute('aria-describedby')).toBeTruthy();
    edit(area, 'x\ny');
    expect(store.getState().text).toBe(text);
  });
});
