import { describe, expect, it } from 'vitest';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore } from './index.ts';
import { selectShownValues, selectShownView, selectWorkload } from './selectors.ts';

const BROKEN = STARTER_YAML.replace('  replicas: 1\n', '  replicas: 1\n   bad: [\n');

describe('design slice', () => {
  it('derives the parse and the view once per text', () => {
    const store = createAppStore();
    const s = store.getState();
    expect(s.stale).toBe(false);
    expect(s.view.workloads[0]?.containers.map((c) => c.name)).toEqual(['nginx']);
    expect(s.lastGood).toBe(s.view);
    const values = s.values;
    s.selectContainer('nginx');
    expect(store.getState().values).toBe(values);
  });

  it('keeps the last good view while the text has errors, and every typed character', () => {
    const store = createAppStore();
    const good = store.getState().view;
    store.getState().setText(BROKEN, 'typing');
    const s = store.getState();
    expect(s.text).toBe(BROKEN);
    expect(s.stale).toBe(true);
    expect(s.lastGood).toBe(good);
    expect(selectShownView(s)).toBe(good);
    expect(s.problems[0]?.severity).toBe('error');
    // The inspector reads the values behind that view, not the half-parsed ones.
    expect(selectShownValues(s)).toBe(s.lastGoodValues);
    expect(selectShownValues(s)[0]).toMatchObject({ spec: { replicas: 1 } });
    expect(s.lastGoodValues).not.toBe(s.values);
    store.getState().setText(STARTER_YAML.replace('nginx:1.27', 'nginx:1.28'), 'typing');
    expect(store.getState().stale).toBe(false);
    expect(selectWorkload(store.getState())?.containers[0]?.image).toBe('nginx:1.28');
  });

  it('keeps what an edit did not change identical, so cards and fields need not render', () => {
    const store = createAppStore();
    store.getState().addContainer('sidecar');
    const before = store.getState();
    const [main, side] = before.view.workloads[0]!.containers;
    store.getState().setField([...side!.path, 'image'], 'busybox:1.37');
    const after = store.getState();
    expect(after.view.workloads[0]!.containers[0]).toBe(main);
    expect(after.view.workloads[0]!.containers[1]).not.toBe(side);
    expect(after.lastGood).toBe(after.view);
    const spec = (s: typeof after) =>
      (s.values[0] as { spec: { selector: unknown } }).spec.selector;
    expect(spec(after)).toBe(spec(before));
  });

  it('opens on the main container, and moves there when the selected container is gone', () => {
    const store = createAppStore();
    expect(store.getState()).toMatchObject({
      selectedContainer: 'nginx',
      inspectorTab: 'container',
    });
    store.getState().setText(STARTER_YAML.replaceAll('nginx', 'web'), 'typing');
    expect(store.getState().selectedContainer).toBe('web');
  });

  it('starts stale with an empty view when the first text is broken', () => {
    const store = createAppStore({ text: 'a: [\n' });
    expect(store.getState().stale).toBe(true);
    expect(selectShownView(store.getState()).workloads).toEqual([]);
  });
});
