// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { container, deployment } from '../../src/analysis/resource-designs.ts';
import { createAppStore, type AppStore } from '../store/index.ts';
import { renderWithStore } from '../testing/render.tsx';
import ResourcesView from './ResourcesView.tsx';

const initDb = container('init-db', { requests: 'cpu: 500m, memory: 256Mi' });
const mesh = container('mesh-proxy', { requests: 'cpu: 100m, memory: 128Mi', sidecar: true });
const migrate = container('migrate', { requests: 'cpu: 1, memory: 512Mi' });
const app = container('app', { requests: 'cpu: 250m, memory: 256Mi' });
const overhead = 'overhead: {cpu: 10m, memory: 20Mi}';

function mount(text: string): { store: AppStore; el: HTMLElement } {
  const store = createAppStore({ text });
  const el = renderWithStore(store, <ResourcesView />);
  return { store, el };
}

/** A resource's bars as the words each one says: "migrate … 1100m sets the pod's request". */
function bars(el: HTMLElement, label: string): string[] {
  const list = el.querySelector(`ul[aria-label="${label} requests by phase"]`);
  return [...(list?.querySelectorAll('li') ?? [])].map((li) =>
    (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** The drawn bar's width in a row, or `undefined` when none is drawn. */
const width = (li: Element | undefined): string | undefined =>
  li?.querySelector<HTMLElement>('.reserves-bar')?.style.width;

describe('ReservesChart in the resources view', () => {
  it('draws a bar per phase above the table, and says which sets the pod request', () => {
    const { el } = mount(deployment([initDb, mesh, migrate], [app], overhead));
    expect(bars(el, 'CPU')).toEqual([
      'init-db init container, on its own 500m',
      "migrate init container, with native sidecar mesh-proxy 1100m sets the pod's request",
      'Running app containers and native sidecars: mesh-proxy and app 350m',
    ]);
    expect(bars(el, 'Memory')[1]).toContain("640Mi sets the pod's request");
    expect(el.textContent).toContain(
      'CPU requests by phase. Pod request 1110m: the phase that sets it plus 10m pod overhead.',
    );
    const rows = el.querySelectorAll('ul[aria-label="CPU requests by phase"] li');
    expect(rows[1]?.hasAttribute('data-sets')).toBe(true);
    expect(width(rows[1])).toBe('100.00%');
    expect(width(rows[0])).toBe('45.45%');
    // Above the words and tables.
    const chart = el.querySelector('.reserves-chart')!;
    const table = el.querySelector('table')!;
    expect(chart.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('moves the mark with an edit, and says "not set" rather than drawing nothing as zero', () => {
    const { store, el } = mount(deployment([initDb, mesh, migrate], [app], overhead));
    const bigApp = container('app', { requests: 'cpu: 2' });
    act(() => store.getState().setText(deployment([container('setup')], [bigApp]), 'api'));
    expect(bars(el, 'CPU')).toEqual([
      'setup init container, on its own not set',
      "Running app containers: app 2 sets the pod's request",
    ]);
    expect(bars(el, 'Memory')).toEqual([
      'setup init container, on its own not set',
      'Running app containers: app not set',
    ]);
    const unset = el.querySelector('ul[aria-label="Memory requests by phase"] li');
    expect(unset?.hasAttribute('data-unset')).toBe(true);
    expect(width(unset ?? undefined)).toBeUndefined();
    expect(el.textContent).toContain('No container requests memory: the pod reserves none.');
  });
});
