import { describe, expect, it } from 'vitest';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { HISTORY_LIMIT, TYPING_WINDOW_MS } from './history.ts';
import { createAppStore } from './index.ts';

function clock() {
  let t = 1_000;
  return { now: () => t, tick: (ms: number) => (t += ms) };
}

describe('undo history', () => {
  it('coalesces typing commits within the window into one step', () => {
    const c = clock();
    const store = createAppStore({ now: c.now });
    const { setText } = store.getState();
    setText(STARTER_YAML + '#a', 'typing');
    c.tick(300);
    setText(STARTER_YAML + '#ab', 'typing');
    c.tick(TYPING_WINDOW_MS);
    setText(STARTER_YAML + '#abc', 'typing');
    expect(store.getState().past).toEqual([STARTER_YAML]);
    store.getState().undo();
    expect(store.getState().text).toBe(STARTER_YAML);
  });

  it('starts a new step after a pause in typing', () => {
    const c = clock();
    const store = createAppStore({ now: c.now });
    store.getState().setText('a: 1\n', 'typing');
    c.tick(TYPING_WINDOW_MS + 1);
    store.getState().setText('a: 12\n', 'typing');
    expect(store.getState().past).toEqual([STARTER_YAML, 'a: 1\n']);
  });

  it('makes every canvas and api change its own step, even right after typing', () => {
    const c = clock();
    const store = createAppStore({ now: c.now });
    const s = store.getState();
    s.setText('a: 1\n', 'typing');
    s.setText('a: 2\n', 'api');
    s.setText('a: 3\n', 'typing');
    s.addContainer('sidecar'); // refused: no workload, so no step
    s.setText(STARTER_YAML, 'api');
    s.addContainer('sidecar');
    s.addContainer('init');
    expect(store.getState().past).toHaveLength(6);
  });

  it('undoes everything back to the exact original text, and redoes it all', () => {
    const c = clock();
    const original = '# my pod\n' + STARTER_YAML.replace('replicas: 1', 'replicas:   1 # keep');
    const store = createAppStore({ text: original, now: c.now });
    const s = store.getState();
    s.addContainer('native-sidecar');
    s.addContainer('init');
    c.tick(5_000);
    s.setText(store.getState().text + '# typed\n', 'typing');
    s.addContainer('main');
    const final = store.getState().text;
    while (store.getState().past.length) store.getState().undo();
    expect(store.getState().text).toBe(original);
    while (store.getState().future.length) store.getState().redo();
    expect(store.getState().text).toBe(final);
  });

  it('drops redo after a new change and ignores no-op changes', () => {
    const store = createAppStore();
    const s = store.getState();
    s.setText('a: 1\n', 'api');
    s.undo();
    expect(store.getState().future).toEqual(['a: 1\n']);
    s.setText(STARTER_YAML, 'api');
    expect(store.getState().future).toEqual(['a: 1\n']);
    s.setText('b: 1\n', 'api');
    expect(store.getState().future).toEqual([]);
    expect(store.getState().past).toEqual([STARTER_YAML]);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    const store = createAppStore();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) store.getState().setText(`n: ${i}\n`, 'api');
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    expect(store.getState().past.at(-1)).toBe(`n: ${HISTORY_LIMIT + 18}\n`);
  });

  it('flushes text the editor holds back before undoing', () => {
    const store = createAppStore();
    let pending: string | null = 'a: typed\n';
    store.getState().setEditorFlush(() => {
      if (pending !== null) store.getState().setText(pending, 'typing');
      pending = null;
    });
    store.getState().undo();
    expect(store.getState().text).toBe(STARTER_YAML);
    expect(store.getState().future).toEqual(['a: typed\n']);
  });
});

describe('typing bursts in form fields', () => {
  it('joins a field burst into one step however slowly it is typed, until it is closed', () => {
    const c = clock();
    const store = createAppStore({ now: c.now });
    const s = () => store.getState();
    s().setText('a: 1\n', 'typing', 'field-a');
    c.tick(5 * TYPING_WINDOW_MS);
    s().setText('a: 12\n', 'typing', 'field-a');
    expect(s().past).toEqual([STARTER_YAML]);
    s().endTyping('field-a');
    s().setText('a: 123\n', 'typing', 'field-a');
    expect(s().past).toEqual([STARTER_YAML, 'a: 12\n']);
  });

  it('keeps the bursts of two fields, and of the editor, apart', () => {
    const c = clock();
    const store = createAppStore({ now: c.now });
    const s = () => store.getState();
    s().setText('a: 1\n', 'typing', 'field-a');
    s().setText('a: 1\nb: 2\n', 'typing', 'field-b');
    s().setText('a: 1\nb: 2\n#\n', 'typing');
    expect(s().past).toEqual([STARTER_YAML, 'a: 1\n', 'a: 1\nb: 2\n']);
  });

  it('closing another field’s burst leaves the open one alone', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setText('a: 1\n', 'typing', 'field-a');
    s().endTyping('field-b');
    s().setText('a: 12\n', 'typing', 'field-a');
    expect(s().past).toEqual([STARTER_YAML]);
  });

  it('reverting a burst brings back the text before it and leaves no step behind', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setText('a: 0\n', 'api');
    s().setText('a: 1\n', 'typing', 'field-a');
    s().setText('a: 12\n', 'typing', 'field-a');
    s().revertTyping('field-a');
    expect(s().text).toBe('a: 0\n');
    expect(s().past).toEqual([STARTER_YAML]);
    expect(s().future).toEqual([]);
    s().revertTyping('field-a'); // closed: nothing more to take back
    expect(s().text).toBe('a: 0\n');
  });
});
