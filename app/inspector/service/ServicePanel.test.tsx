// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../testing/render.tsx';
import { parseAllDocuments } from 'yaml';
import { TEMPLATES } from '../../../src/templates/gallery.ts';
import { createAppStore, type AppStore } from '../../store/index.ts';
import { ServicePanel } from './ServicePanel.tsx';

const EMPTY_POD = TEMPLATES.find((t) => t.id === 'empty')!.yaml;
const docs = (text: string) => parseAllDocuments(text).map((d) => d.toJS() as any);

function mount(text: string): { store: AppStore; el: HTMLElement } {
  const store = createAppStore({ text });
  const el = renderWithStore(store, <ServicePanel />);
  return { store, el };
}

const button = (el: HTMLElement, name: string) =>
  [...el.querySelectorAll('button')].find((b) => b.textContent === name);

describe('Add Service for pods without labels', () => {
  it('offers the label with the Service, and adds both as one undo step', () => {
    const { store, el } = mount(EMPTY_POD);
    expect(button(el, 'Add Service')).toBeUndefined();
    const offer = button(el, 'Add label app.kubernetes.io/name: my-pod and the Service')!;
    expect(offer).toBeDefined();
    const hint = document.getElementById(offer.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toMatch(/these pods have none yet/);

    act(() => offer.click());
    const [pod, service] = docs(store.getState().text);
    expect(pod.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'my-pod' });
    expect(service.spec.selector).toEqual({ 'app.kubernetes.io/name': 'my-pod' });
    expect(store.getState().notice).toBeNull();
    expect(button(el, 'Add Service')).toBeDefined();
    expect(el.querySelector('[aria-label="Service my-pod"]')).not.toBeNull();

    act(() => store.getState().undo());
    expect(store.getState().text).toBe(EMPTY_POD);
  });
});
