// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../testing/render.tsx';
import { parse } from 'yaml';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore } from '../store/index.ts';
import { PresetDialog } from './PresetDialog.tsx';

type Obj = Record<string, any>;
const spec = (text: string): Obj => (parse(text) as Obj).spec.template.spec;

function mount(id: string) {
  const store = createAppStore({ text: STARTER_YAML });
  const onClose = vi.fn();
  const el = renderWithStore(store, <PresetDialog id={id} onClose={onClose} />);
  return { store, el, onClose };
}

/** The input a visible label names. */
function field(el: HTMLElement, label: string): HTMLInputElement {
  const found = [...el.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!found) throw new Error(`no field labelled ${label}`);
  return el.querySelector<HTMLInputElement>(`#${CSS.escape(found.htmlFor)}`)!;
}

function type(input: HTMLInputElement, value: string) {
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const submit = (el: HTMLElement) => act(() => el.querySelector('form')!.requestSubmit());

describe('the preset dialog asks for the shared volume', () => {
  it('shows today’s defaults, and adds what the user chose as one undo step', () => {
    const { store, el, onClose } = mount('credential-refresher');
    expect(field(el, 'Volume name').value).toBe('credentials');
    expect(field(el, 'Mount path in the sidecar').value).toBe('/credentials');
    expect(field(el, 'Mount path in the main container').value).toBe('/var/run/credentials');

    type(field(el, 'Volume name'), 'shared-app');
    type(field(el, 'Mount path in the sidecar'), '/shared');
    type(field(el, 'Mount path in the main container'), '/shared');
    expect(el.textContent).toContain('nginx reads the token at /shared/token');
    submit(el);

    expect(onClose).toHaveBeenCalled();
    const s = spec(store.getState().text);
    expect(s.volumes).toEqual([
      { name: 'shared-app', emptyDir: { medium: 'Memory', sizeLimit: '1Mi' } },
    ]);
    expect(s.initContainers[0].args[0]).toContain('mv /shared/token.tmp /shared/token');
    act(() => store.getState().undo());
    expect(store.getState().text).toBe(STARTER_YAML);
  });

  it('shows a refused value next to its field, in plain words, and changes nothing', () => {
    const { store, el, onClose } = mount('log-shipper');
    const path = field(el, 'Mount path in the sidecar');
    type(path, 'logs');
    type(field(el, 'Volume name'), 'App_Logs');
    submit(el);

    expect(onClose).not.toHaveBeenCalled();
    expect(store.getState().text).toBe(STARTER_YAML);
    const name = field(el, 'Volume name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name); // the first refused field
    const note = (input: HTMLInputElement) =>
      el.querySelector(`#${CSS.escape(input.getAttribute('aria-describedby')!)}`)!;
    expect(note(name).getAttribute('role')).toBe('alert');
    expect(note(name).textContent).toContain('A volume name must be lowercase letters');
    expect(note(path).textContent).toContain('Use an absolute path');
    // Typing clears that field's error only.
    type(path, '/logs');
    expect(path.getAttribute('aria-invalid')).toBe(null);
    expect(name.getAttribute('aria-invalid')).toBe('true');
  });

  it('content sync says nginx will serve the checkout under current/', () => {
    const { store, el } = mount('content-sync');
    type(field(el, 'Mount path in the main container'), '/srv/www');
    expect(el.textContent).toContain(
      'git-sync publishes the checkout at /srv/www/current in nginx',
    );
    submit(el);
    expect(spec(store.getState().text).containers[0].args[0]).toContain('|/srv/www/current;|');
  });

  it('a preset without a volume asks for none', () => {
    const { el } = mount('metrics-exporter');
    expect([...el.querySelectorAll('label')].map((l) => l.textContent)).not.toContain(
      'Volume name',
    );
  });
});
