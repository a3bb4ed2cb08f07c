// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { JOB_CLASSIC, JOB_NATIVE, MESH } from '../../src/analysis/lifecycle-fixtures.ts';
import { createAppStore, type AppStore } from '../store/index.ts';
import { renderWithStore } from '../testing/render.tsx';
import LifecycleView from './LifecycleView.tsx';

function mount(text: string): { store: AppStore; el: HTMLElement } {
  const store = createAppStore({ text });
  const el = renderWithStore(store, <LifecycleView />);
  return { store, el };
}

const chart = (el: HTMLElement): SVGSVGElement => {
  const svg = el.querySelector<SVGSVGElement>('.timeline-chart svg[role="group"]');
  if (!svg) throw new Error('no chart');
  return svg;
};

/** Each bar's accessible name, top to bottom. */
const bars = (el: HTMLElement): string[] =>
  [...chart(el).querySelectorAll('.timeline-row')].map((g) => g.getAttribute('aria-label') ?? '');

/** The words drawn in the chart, one string per text element. */
const words = (el: HTMLElement): string[] =>
  [...chart(el).querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('TimelineChart in the lifecycle view', () => {
  it('draws a bar per container before the steps in words, each with its name and title', () => {
    const { el } = mount(MESH);
    const svg = chart(el);
    expect(svg.getAttribute('aria-label')).toBe(
      'Timeline. Start and stop of web: 5 containers: 4 start-up steps, app containers at step 4. Shut-down in 2 steps, within a grace period of 30 s.',
    );
    expect(bars(el)).toEqual([
      'init-db, init container: starts 1st, exits before step 2 starts',
      'mesh-proxy, native sidecar: starts 2nd, runs beside the app containers, stops after the app containers',
      'migrate, init container: starts 3rd, exits before step 4 starts',
      'app, main container: starts 4th together with log, runs until shut-down, stops first',
      'log, classic sidecar: starts 4th together with app, runs until shut-down, stops first',
    ]);
    const mesh = svg.querySelectorAll('.timeline-row')[1]!;
    expect(mesh.querySelector('title')?.textContent).toBe(mesh.getAttribute('aria-label'));
    expect(words(el)).toEqual(
      expect.arrayContaining([
        'Start-up',
        'Running',
        'Shut-down',
        'mesh-proxy',
        'native sidecar',
        'stops 2nd',
        'grace period 30 s (the default)',
      ]),
    );
    expect(el.querySelector('.timeline-legend')?.textContent).toContain('native sidecar (striped)');
    // The picture first, the steps in words after it.
    const list = el.querySelector('[aria-label="Start-up steps"]')!;
    expect(svg.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('marks the moment a Job completes', () => {
    const { el } = mount(JOB_NATIVE);
    const marker = chart(el).querySelector('.timeline-marker[data-kind="completes"]');
    expect(marker?.querySelector('text')?.textContent).toBe('✔ Job completes');
    expect(marker?.getAttribute('aria-label')).toBe(
      'Job completes when report exits; native sidecar log-tail is stopped then.',
    );
  });

  it('draws what holds a Job open running off the end, with the cause', () => {
    const { el } = mount(JOB_CLASSIC);
    const marker = chart(el).querySelector('.timeline-marker[data-kind="never-completes"]');
    expect([...(marker?.querySelectorAll('text') ?? [])].map((t) => t.textContent)).toEqual([
      '✖ Job never completes',
      'log-tail keeps running',
    ]);
    const held = chart(el).querySelector('.timeline-row[data-holds]');
    expect(held?.getAttribute('data-end')).toBe('open');
    expect(held?.querySelector('.timeline-arrow')).not.toBeNull();
    expect(held?.getAttribute('aria-label')).toBe(
      'log-tail, classic sidecar: starts 1st together with report, keeps running: the Job never completes',
    );
    // The one status line stays the Job's line in words.
    expect(el.querySelectorAll('[role="status"]')).toHaveLength(1);
  });

  it('follows the target version: on 1.28 the dropped sidecar blocks the steps after it', () => {
    const { store, el } = mount(JOB_NATIVE);
    act(() => store.getState().setK8sVersion('1.28'));
    const blocked = chart(el).querySelector('.timeline-row[data-state="blocked"]');
    expect(blocked?.getAttribute('aria-label')).toBe(
      'report, main container: never starts: step 1 never finishes',
    );
    expect(words(el)).toEqual(expect.arrayContaining(['never exits', 'never starts']));
    expect(el.querySelector('.timeline-legend')?.textContent).toContain('never starts (dashed)');
  });
});
