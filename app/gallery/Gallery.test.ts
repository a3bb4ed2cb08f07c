import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/templates/gallery.ts';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore } from '../store/index.ts';
import { startFrom } from './GalleryDialog.tsx';

const template = (id: string) => TEMPLATES.find((t) => t.id === id)!;

describe('startFrom', () => {
  it('replaces the design as one undo step and says so', () => {
    const store = createAppStore();
    store.getState().selectContainer('nginx');
    startFrom(store, template('content-sidecar'));

    const s = store.getState();
    expect(s.text).toBe(template('content-sidecar').yaml);
    expect(s.selectedContainer).toBeNull();
    expect(s.notice?.message).toMatch(/^Started a new design from "Content sidecar/);
    s.undo();
    expect(store.getState().text).toBe(STARTER_YAML);
    expect(store.getState().past).toEqual([]);
  });

  it('shows the first workload of the new design', () => {
    const store = createAppStore();
    store.getState().selectWorkload(3);
    startFrom(store, template('empty'));
    expect(store.getState().workloadDocument).toBe(0);
  });

  it('adds no undo step when the design already is the template', () => {
    const store = createAppStore();
    startFrom(store, template('starter'));
    expect(store.getState().past).toEqual([]);
    expect(store.getState().notice?.message).toMatch(/already is/);
  });
});
