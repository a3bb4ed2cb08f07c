import { describe, expect, it } from 'vitest';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore, type AppStore } from '../store/index.ts';
import { selectWorkload } from '../store/selectors.ts';
import { duplicateContainer, placeContainer, stepContainer } from './arrange.ts';
import { addContainer, renameContainer } from './containers.ts';

const names = (store: AppStore) =>
  selectWorkload(store.getState())?.containers.map((c) => `${c.name}:${c.role}`);

/** The starter with two init containers, `init` then `init-2`. */
function withInits(): AppStore {
  const store = createAppStore();
  addContainer(store, 'init');
  addContainer(store, 'init');
  store.setState({ past: [], notice: null });
  return store;
}

describe('arrange commands', () => {
  it('steps a container in start order and says where it is now', () => {
    const store = withInits();
    const result = stepContainer(store, { list: 'initContainers', index: 1 }, 'init-2', -1);
    expect(result).toEqual({ ok: true });
    expect(names(store)).toEqual(['init-2:init', 'init:init', 'nginx:main']);
    expect(store.getState().notice?.message).toBe(
      '"init-2" is now an init container, starting 1st of 2. Undo puts it back.',
    );
    expect(store.getState().past).toHaveLength(1);
  });

  it('says nothing when a move changes nothing', () => {
    const store = withInits();
    const result = placeContainer(store, { list: 'initContainers', index: 1 }, 'init-2', 'init');
    expect(result).toEqual({ ok: true });
    expect(store.getState().notice).toBeNull();
    expect(store.getState().past).toHaveLength(0);
  });

  it('places a container into another role', () => {
    const store = withInits();
    placeContainer(store, { list: 'initContainers', index: 0 }, 'init', 'native-sidecar', 'end');
    expect(names(store)).toContain('init:native-sidecar');
    expect(store.getState().notice?.message).toMatch(/^"init" is now a native sidecar/);
  });

  it('duplicates under a free name, selects the copy and names it for the caller', () => {
    const store = createAppStore();
    const result = duplicateContainer(store, { list: 'containers', index: 0 }, 'nginx');
    expect(result).toEqual({ ok: true, copy: 'nginx-2' });
    expect(store.getState().selectedContainer).toBe('nginx-2');
    expect(store.getState().notice?.message).toBe(
      'Duplicated "nginx" as "nginx-2", a classic sidecar. Undo removes it.',
    );
  });
});

describe('container commands', () => {
  it('adds a container, selects it and says so, as one undo step', () => {
    const store = createAppStore();
    expect(addContainer(store, 'native-sidecar')).toEqual({ ok: true });
    expect(store.getState().selectedContainer).toBe('sidecar');
    expect(store.getState().notice?.message).toBe('Added native sidecar "sidecar".');
    store.getState().undo();
    expect(store.getState().text).toBe(STARTER_YAML);
  });

  it('refuses a rename without a notice, checking the editor text first', () => {
    const store = createAppStore();
    const before = store.getState().text;
    const ref = { list: 'containers', index: 0 } as const;
    expect(renameContainer(store, ref, 'Web Server').ok).toBe(false);
    expect(store.getState().notice).toBeNull();
    expect(store.getState().text).toBe(before);
    expect(renameContainer(store, ref, ' nginx ')).toEqual({ ok: true });
    expect(store.getState().past).toHaveLength(0);
  });
});
