// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../testing/render.tsx';
import { parse } from 'yaml';
import { useApp } from '../../store/context.tsx';
import { createAppStore, type AppStore } from '../../store/index.ts';
import { selectSelected } from '../../store/selectors.ts';
import { EnvSection } from './EnvSection.tsx';
import { ResourcesSection } from './ResourcesSection.tsx';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
    - name: app
      image: app:1
      env:
        - name: MODE # how the app runs
          value: fast
        - name: TOKEN
          valueFrom:
            secretKeyRef:
              name: api
              key: token
      resources:
        limits:
          memory: 1Gi
`;

/** The sections under test, for the selected container (the panel adds other helpers' sections). */
function Sections() {
  const c = useApp(selectSelected);
  return c ? (
    <>
      <EnvSection container={c} />
      <ResourcesSection container={c} />
    </>
  ) : null;
}

function mount(text: string): { store: AppStore; el: HTMLElement } {
  const store = createAppStore({ text });
  store.getState().selectContainer('app');
  const el = renderWithStore(store, <Sections />);
  return { store, el };
}

/** The control labelled `label` inside the element named `scope` (a list row), or the form. */
function control(
  el: HTMLElement,
  label: string,
  scope?: string,
): HTMLInputElement | HTMLSelectElement {
  const root = scope ? el.querySelector<HTMLElement>(`[aria-label="${scope}"]`)! : el;
  const byAria = root.querySelector<HTMLInputElement>(`[aria-label="${label}"]`);
  if (byAria) return byAria;
  const labelEl = [...root.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!labelEl) throw new Error(`no control labelled ${label}`);
  return root.querySelector<HTMLInputElement>(`#${CSS.escape(labelEl.htmlFor)}`)!;
}

function choose(select: HTMLInputElement | HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function type(input: HTMLInputElement | HTMLSelectElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
}

const container = (text: string) =>
  (parse(text) as { spec: { containers: Record<string, unknown>[] } }).spec.containers[0]!;

describe('env variables', () => {
  it('switching the source rewrites that entry only', () => {
    const { store, el } = mount(POD);
    choose(control(el, 'Source', 'Variable 2'), 'configMapKeyRef');
    const text = store.getState().text;
    expect(text).toContain('- name: MODE # how the app runs\n          value: fast\n');
    expect(container(text).env).toEqual([
      { name: 'MODE', value: 'fast' },
      { name: 'TOKEN', valueFrom: { configMapKeyRef: { name: 'api', key: 'token' } } },
    ]);
  });

  it('reads a label through the field path picker once its key is typed', () => {
    const { store, el } = mount(POD);
    choose(control(el, 'Source', 'Variable 1'), 'fieldRef');
    expect(container(store.getState().text).env).toContainEqual({
      name: 'MODE',
      valueFrom: { fieldRef: { fieldPath: 'metadata.name' } },
    });
    const before = store.getState().text;
    choose(control(el, 'Pod field', 'Variable 1'), 'labels');
    expect(store.getState().text).toBe(before);
    type(control(el, 'Label key', 'Variable 1'), 'bad key');
    expect(store.getState().text).toBe(before);
    expect(el.textContent).toMatch(/name part of a key/);
    type(control(el, 'Label key', 'Variable 1'), 'app.kubernetes.io/name');
    expect(container(store.getState().text).env).toContainEqual({
      name: 'MODE',
      valueFrom: { fieldRef: { fieldPath: "metadata.labels['app.kubernetes.io/name']" } },
    });
  });

  it('refuses an env name with "=" inline', () => {
    const { store, el } = mount(POD);
    type(control(el, 'Name', 'Variable 1'), 'A=B');
    expect(store.getState().text).toBe(POD);
    expect(el.textContent).toMatch(/cannot contain "="/);
  });
});

describe('resources', () => {
  it('writes a number and a unit, refuses garbage, prunes resources when emptied', () => {
    const { store, el } = mount(POD);
    type(control(el, 'CPU request'), 'abc');
    expect(store.getState().text).toBe(POD);
    expect(el.textContent).toMatch(/Enter a number/);

    type(control(el, 'CPU request'), '2');
    choose(control(el, 'CPU request unit'), '');
    expect(container(store.getState().text).resources).toEqual({
      limits: { memory: '1Gi' },
      requests: { cpu: '2' },
    });
    expect(store.getState().text).toContain('cpu: "2"');

    choose(control(el, 'Memory limit unit'), 'Mi');
    expect(container(store.getState().text).resources).toMatchObject({ limits: { memory: '1Mi' } });

    type(control(el, 'CPU request'), '');
    type(control(el, 'Memory limit'), '');
    expect(container(store.getState().text)).not.toHaveProperty('resources');
    expect(container(store.getState().text).env).toHaveLength(2);
  });
});
