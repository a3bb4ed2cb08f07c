import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditError } from '../../src/edit/errors.ts';
import { setField } from '../../src/edit/fields.ts';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore, type AppStore } from '../store/index.ts';
import { currentText, withEditorFlushed } from './flush.ts';
import { runCommand } from './run.ts';

const BROKEN = STARTER_YAML.replace('kind: Deployment', 'kind: Deployment\n  x: y');
const SYNTAX_REFUSAL = 'Edit refused: the YAML has a syntax error at line 3 — fix it first.';
const setReplicas = (n: number) => (text: string, document: number) =>
  setField(text, { document, path: ['spec', 'replicas'], value: n });

/** A store whose editor holds `pending` back until it is flushed (as the Monaco binding does). */
function withPendingTyping(store: AppStore, pending: string) {
  let held: string | null = pending;
  const flush = vi.fn(() => {
    if (held !== null) store.getState().setText(held, 'typing');
    held = null;
  });
  store.getState().setEditorFlush(flush);
  return flush;
}

afterEach(() => vi.restoreAllMocks());

describe('runCommand', () => {
  it('commits the text the editor holds back before the op reads it', () => {
    const store = createAppStore();
    const typed = STARTER_YAML.replace('replicas: 1', 'replicas: 2');
    const flush = withPendingTyping(store, typed);
    const seen: string[] = [];
    const result = runCommand(store, {
      op: (text, document) => {
        seen.push(text);
        return setReplicas(3)(text, document);
      },
    });
    expect(result).toEqual({ ok: true });
    expect(flush).toHaveBeenCalled();
    expect(seen).toEqual([typed]);
    expect(store.getState().text).toBe(STARTER_YAML.replace('replicas: 1', 'replicas: 3'));
    // The typing is a step of its own, the command another: undo walks back one at a time.
    store.getState().undo();
    expect(store.getState().text).toBe(typed);
    store.getState().undo();
    expect(store.getState().text).toBe(STARTER_YAML);
  });

  it('refuses, with the notice and no text change, when the flushed text has a syntax error', () => {
    const store = createAppStore();
    withPendingTyping(store, BROKEN);
    const op = vi.fn(setReplicas(3));
    const result = runCommand(store, { op, notice: 'never shown' });
    expect(result).toEqual({ ok: false, message: SYNTAX_REFUSAL });
    expect(op).not.toHaveBeenCalled();
    expect(store.getState().text).toBe(BROKEN);
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      message: SYNTAX_REFUSAL,
      untilChange: true,
    });
  });

  it('returns a refusal without a notice when quiet', () => {
    const store = createAppStore({ text: BROKEN });
    expect(runCommand(store, { op: setReplicas(3), quiet: true })).toEqual({
      ok: false,
      message: SYNTAX_REFUSAL,
    });
    expect(store.getState().notice).toBeNull();
  });

  it('refuses workload commands when the design has none; design commands still run', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n';
    const store = createAppStore({ text });
    const refused = runCommand(store, { op: (t) => `${t}# more\n` });
    expect(!refused.ok && refused.message).toMatch(
      /^Edit refused: the design has no workload \(Pod, /,
    );
    expect(runCommand(store, { on: 'design', op: (t) => `${t}# more\n` })).toEqual({ ok: true });
    expect(store.getState().text).toBe(`${text}# more\n`);
  });

  it('refuses design commands while the YAML has a syntax error', () => {
    const store = createAppStore({ text: BROKEN });
    const op = vi.fn((t: string) => `${t}# more\n`);
    expect(runCommand(store, { on: 'design', op }).ok).toBe(false);
    expect(op).not.toHaveBeenCalled();
    expect(store.getState().text).toBe(BROKEN);
  });

  it('records each command as one undo step', () => {
    const store = createAppStore();
    runCommand(store, { op: setReplicas(2) });
    runCommand(store, { op: setReplicas(3) });
    expect(store.getState().past).toEqual([
      STARTER_YAML,
      STARTER_YAML.replace('replicas: 1', 'replicas: 2'),
    ]);
    store.getState().undo();
    expect(store.getState().text).toBe(STARTER_YAML.replace('replicas: 1', 'replicas: 2'));
  });

  it("shows the command's notice and applies its selection", () => {
    const store = createAppStore();
    store.getState().selectContainer(null);
    const result = runCommand(store, {
      op: setReplicas(2),
      notice: 'Two replicas.',
      select: { container: 'nginx' },
    });
    expect(result).toEqual({ ok: true });
    expect(store.getState().notice).toMatchObject({ tone: 'info', message: 'Two replicas.' });
    expect(store.getState().selectedContainer).toBe('nginx');
    expect(store.getState().inspectorTab).toBe('container');
  });

  it("prefers the op's outcome, read from the state after the edit", () => {
    const store = createAppStore();
    store.getState().selectVolume('data');
    runCommand(store, {
      op: (text, document, pod) => ({
        text: setReplicas(4)(text, document),
        notice: (after) => `${pod.name}: ${after.text.includes('replicas: 4') ? 'four' : '?'}.`,
        select: { volume: null },
      }),
      notice: 'not this one',
      select: { volume: 'other' },
    });
    expect(store.getState().notice?.message).toBe('web: four.');
    expect(store.getState().selectedVolume).toBeNull();
  });

  it('shows nothing when a lazy notice or selection has nothing to say', () => {
    const store = createAppStore();
    store.getState().notify('info', 'before');
    runCommand(store, { op: setReplicas(2), notice: () => undefined, select: () => undefined });
    expect(store.getState().notice?.message).toBe('before');
    expect(store.getState().selectedContainer).toBe('nginx');
  });

  it("turns an EditError into a refusal and any other error into 'Edit failed'", () => {
    const store = createAppStore();
    const refused = runCommand(store, {
      op: () => {
        throw new EditError('No room.');
      },
    });
    expect(refused).toEqual({ ok: false, message: 'No room.' });
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = runCommand(store, {
      op: () => {
        throw new Error('boom');
      },
    });
    expect(failed).toEqual({ ok: false, message: 'Edit failed: boom' });
    expect(log).toHaveBeenCalled();
    expect(store.getState().text).toBe(STARTER_YAML);
  });
});

describe('withEditorFlushed', () => {
  it('hands over the state once pending typing is committed', () => {
    const store = createAppStore();
    const typed = `${STARTER_YAML}# typed\n`;
    withPendingTyping(store, typed);
    expect(withEditorFlushed(store, (s) => s.text)).toBe(typed);
    store.getState().setEditorFlush(null);
    expect(currentText(store)).toBe(typed);
  });
});
