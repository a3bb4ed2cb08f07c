import { describe, expect, it, vi } from 'vitest';
import { TEMPLATES } from '../../src/templates/gallery.ts';
import type { Opened } from '../library/replace.ts';
import { createAppStore, type AppStore } from '../store/index.ts';
import { startFrom } from './GalleryDialog.tsx';

const template = (id: string) => TEMPLATES.find((t) => t.id === id)!;

/** A session whose openAsNew shows the text (as the real one does) and answers `opened`. */
function session(store: AppStore, opened: Opened | null = { kept: 'web', undoable: false }) {
  return {
    openAsNew: vi.fn((text: string) => {
      if (opened) store.getState().setText(text, 'api');
      return opened;
    }),
  };
}

describe('startFrom', () => {
  it('starts a new design and says where the previous one is kept', () => {
    const store = createAppStore();
    const s = session(store);
    store.getState().selectVolume('html');
    startFrom(store, template('content-sidecar'), s);

    expect(s.openAsNew).toHaveBeenCalledWith(template('content-sidecar').yaml, '1.34', undefined);
    const state = store.getState();
    expect(state.text).toBe(template('content-sidecar').yaml);
    expect(state.selectedVolume).toBeNull();
    expect(state.notice?.message).toBe(
      'Started a new design from "Content sidecar behind a NodePort". "web" is kept in Designs.',
    );
  });

  it('shows the first workload of the new design, its main container selected', () => {
    const store = createAppStore();
    store.getState().selectWorkload(3);
    startFrom(store, template('empty'), session(store));
    expect(store.getState().workloadDocument).toBeNull();
    expect(store.getState().selectedContainer).toBe('app');
  });

  it('changes nothing when the current design could not be kept', () => {
    const store = createAppStore();
    const text = store.getState().text;
    startFrom(store, template('empty'), session(store, null));
    expect(store.getState().text).toBe(text);
  });

  it('does nothing but say so when the design already is the template', () => {
    const store = createAppStore();
    const s = session(store);
    startFrom(store, template('starter'), s);
    expect(s.openAsNew).not.toHaveBeenCalled();
    expect(store.getState().notice?.message).toMatch(/already is/);
  });
});
