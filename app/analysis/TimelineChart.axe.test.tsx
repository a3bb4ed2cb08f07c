// @vitest-environment happy-dom
import axe from 'axe-core';
import { act, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { JOB_CLASSIC, JOB_NATIVE, MESH } from '../../src/analysis/lifecycle-fixtures.ts';
import { container, deployment } from '../../src/analysis/resource-designs.ts';
import type { K8sVersion } from '../../src/validate/versions.ts';
import { createAppStore } from '../store/index.ts';
import { renderWithStore } from '../testing/render.tsx';
import LifecycleView from './LifecycleView.tsx';
import ResourcesView from './ResourcesView.tsx';

// axe-core over the two charts without a browser: the structure rules (names, roles, lists).
// Contrast needs a real layout; e2e/accessibility.spec.ts runs axe over these views in Chromium.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function findings(text: string, view: ReactNode, k8s: K8sVersion = '1.34') {
  const store = createAppStore({ text });
  const el = renderWithStore(store, <main>{view}</main>);
  act(() => store.getState().setK8sVersion(k8s));
  const result = await axe.run(el, {
    runOnly: TAGS,
    rules: { 'color-contrast': { enabled: false } },
  });
  const ids = (list: axe.Result[]) => list.map((v) => `${v.id} (${v.impact ?? 'review'})`);
  return { violations: ids(result.violations), review: ids(result.incomplete) };
}

const RESOURCES = deployment(
  [
    container('setup', { requests: 'cpu: 1' }),
    container('proxy', { requests: 'memory: 1Gi', sidecar: true }),
  ],
  [container('app', { requests: 'cpu: 2' })],
);

describe('the charts under axe-core', () => {
  it.each([
    ['a Deployment with init steps and sidecars', MESH, '1.34'],
    ['a Job that completes', JOB_NATIVE, '1.34'],
    ['a Job that never completes', JOB_CLASSIC, '1.34'],
    ['a pod stuck in Init', MESH, '1.28'],
    ['a pod the API server rejects', MESH, '1.27'],
  ] as const)('the timeline of %s has no findings', async (_, text, k8s) => {
    expect(await findings(text, <LifecycleView />, k8s)).toEqual({ violations: [], review: [] });
  });

  it('the requests by phase have no findings', async () => {
    expect(await findings(RESOURCES, <ResourcesView />)).toEqual({ violations: [], review: [] });
  });
});
