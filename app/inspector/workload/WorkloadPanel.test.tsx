// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../testing/render.tsx';
import { parse } from 'yaml';
import { TEMPLATES } from '../../../src/templates/gallery.ts';
import { createAppStore, type AppStore } from '../../store/index.ts';
import { WorkloadPanel } from './WorkloadPanel.tsx';

const EMPTY_POD = TEMPLATES.find((t) => t.id === 'empty')!.yaml;

function mount(text: string): { store: AppStore; el: HTMLElement } {
  const store = createAppStore({ text });
  const el = renderWithStore(store, <WorkloadPanel />);
  return { store, el };
}

function control<T extends HTMLElement>(el: HTMLElement, label: string): T {
  const labelEl = [...el.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!labelEl) throw new Error(`no control labelled ${label}`);
  return el.querySelector<T>(`#${CSS.escape(labelEl.htmlFor)}`)!;
}

describe('the workload name', () => {
  it('after a kind switch, a rename moves the labels, the selector and serviceName', () => {
    const { store, el } = mount(EMPTY_POD);
    const kind = control<HTMLSelectElement>(el, 'Kind');
    act(() => {
      kind.value = 'StatefulSet';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const switched = store.getState().text;
    expect(parse(switched).spec.serviceName).toBe('my-pod');

    const name = control<HTMLInputElement>(el, 'Name');
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
        name,
        'sidecar-pingdirectory',
      );
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    const o = parse(store.getState().text);
    const labels = { 'app.kubernetes.io/name': 'sidecar-pingdirectory' };
    expect(o.metadata.name).toBe('sidecar-pingdirectory');
    expect(o.spec.template.metadata.labels).toEqual(labels);
    expect(o.spec.selector).toEqual({ matchLabels: labels });
    expect(o.spec.serviceName).toBe('sidecar-pingdirectory');

    act(() => store.getState().undo());
    expect(store.getState().text).toBe(switched);
  });
});
