// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../testing/render.tsx';
import { container, deployment } from '../../src/analysis/resource-designs.ts';
import { createAppStore, type AppStore } from '../store/index.ts';
import ResourcesView from './ResourcesView.tsx';

const initDb = container('init-db', { requests: 'cpu: 500m, memory: 256Mi' });
const mesh = container('mesh-proxy', { requests: 'cpu: 100m, memory: 128Mi', sidecar: true });
const migrate = container('migrate', {
  requests: 'cpu: 1, memory: 512Mi',
  limits: 'cpu: 1, memory: 512Mi',
});
const app = container('app', { requests: 'cpu: 250m, memory: 256Mi', limits: 'cpu: 2' });
const overhead = 'overhead: {cpu: 10m, memory: 20Mi}';

function mount(text: string): { store: AppStore; el: HTMLElement } {
  const store = createAppStore({ text });
  const el = renderWithStore(store, <ResourcesView />);
  return { store, el };
}

/** The totals table as `[resource, request, limit]` rows. */
function totals(el: HTMLElement): string[][] {
  const table = [...el.querySelectorAll('table')].find(
    (t) => t.caption?.textContent === 'Pod totals',
  );
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
    [...tr.children].map((c) => c.textContent ?? ''),
  );
}

describe('ResourcesView', () => {
  it('shows the totals, the reason, each container and the QoS class', () => {
    const { el } = mount(deployment([initDb, mesh, migrate], [app], overhead));
    expect(totals(el)).toEqual([
      ['CPU', '1110m', 'no limit'],
      ['Memory', '660Mi', 'no limit'],
    ]);
    expect(el.textContent).toContain(
      'CPU request 1110m: the init phase of migrate with the native sidecar started before it (mesh-proxy) needs the most',
    );
    expect(el.textContent).toContain('CPU: no limit, since init-db and mesh-proxy set none.');
    expect(el.textContent).toContain('QoS class: Burstable.');
    const rows = [...el.querySelectorAll('table')][1]!.querySelectorAll('tbody tr');
    expect([...rows[2]!.children].map((c) => c.textContent)).toEqual([
      'migrate init container',
      'CPU 1, memory 512Mi',
      'CPU 1, memory 512Mi',
      "CPU 1100m, memory 640Mi Sets the pod's CPU and memory request.",
    ]);
    expect([...rows[3]!.children].map((c) => c.textContent)).toEqual([
      'app main container',
      'CPU 250m, memory 256Mi',
      'CPU 2, memory no limit',
      'runs all along',
    ]);
  });

  it('follows edits and the target version', () => {
    const { store, el } = mount(deployment([initDb, mesh, migrate], [app], overhead));
    act(() =>
      store.getState().setText(deployment([initDb, migrate, mesh], [app], overhead), 'api'),
    );
    expect(totals(el)[0]).toEqual(['CPU', '1010m', 'no limit']);
    act(() => store.getState().setK8sVersion('1.28'));
    expect(el.textContent).toContain('mesh-proxy native sidecar (runs as init container)');
    expect(el.textContent).toContain('Kubernetes 1.28 does not run native sidecars');
  });
});
