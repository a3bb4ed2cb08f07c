// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../testing/render.tsx';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore } from '../store/index.ts';
import { ContainerPanel } from './container/ContainerPanel.tsx';

function mount(): HTMLElement {
  const store = createAppStore({ text: STARTER_YAML });
  store.getState().selectContainer('nginx');
  const el = renderWithStore(store, <ContainerPanel />);
  return el;
}

const links = (el: HTMLElement) => [
  ...el.querySelectorAll<HTMLButtonElement>('nav[aria-label="Jump to a section"] button'),
];
const headings = (el: HTMLElement) =>
  [...el.querySelectorAll('details.form-section > summary h3')].map((h) => h.textContent);

describe('the container form\'s "Jump to" links', () => {
  it('name every section of the form, in order', () => {
    const el = mount();
    expect(links(el).map((b) => b.textContent)).toEqual(headings(el));
    expect(headings(el)).toContain('Probes');
  });

  it('move the focus to the section heading, opening a collapsed section', () => {
    const el = mount();
    const probes = [...el.querySelectorAll('details.form-section')].find(
      (d) => d.querySelector('h3')?.textContent === 'Probes',
    ) as HTMLDetailsElement;
    probes.open = false;
    const link = links(el).find((b) => b.textContent === 'Probes')!;
    act(() => link.click());
    expect(probes.open).toBe(true);
    expect(document.activeElement).toBe(probes.querySelector('summary'));
  });
});
