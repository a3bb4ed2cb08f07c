import { describe, expect, it } from 'vitest';
import { STARTER_YAML } from '../../src/templates/starter.ts';
import { createAppStore } from './index.ts';
import { selectWorkload } from './selectors.ts';

const BROKEN = STARTER_YAML.replace('kind: Deployment', 'kind: Deployment\n  x: y');
const names = (store: ReturnType<typeof createAppStore>) =>
  selectWorkload(store.getState())?.containers.map((c) => `${c.name}:${c.role}`);

describe('canvas edits', () => {
  it('adds a container of each role as one step and selects it', () => {
    const store = createAppStore();
    expect(store.getState().addContainer('native-sidecar')).toEqual({ ok: true });
    expect(store.getState().text).toContain('restartPolicy: Always');
    expect(store.getState().selectedContainer).toBe('sidecar');
    expect(store.getState().notice?.message).toBe('Added native sidecar "sidecar".');
    store.getState().addContainer('init');
    store.getState().addContainer('sidecar');
    expect(names(store)).toEqual([
      'sidecar:native-sidecar',
      'init:init',
      'nginx:main',
      'sidecar-2:sidecar',
    ]);
    expect(store.getState().past).toHaveLength(3);
  });

  it('refuses edits while the text has errors, with a clear message, and keeps the text', () => {
    const store = createAppStore();
    store.getState().setText(BROKEN, 'typing');
    const result = store.getState().addContainer('sidecar');
    expect(result.ok).toBe(false);
    // Line 3, `  x: y`, is indented deeper than `kind: Deployment` above it allows.
    const message = 'Edit refused: the YAML has a syntax error at line 3 — fix it first.';
    expect(result).toEqual({ ok: false, message });
    expect(store.getState().notice).toMatchObject({ tone: 'error', message });
    expect(store.getState().text).toBe(BROKEN);
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().removeContainer({ list: 'containers', index: 0 }).ok).toBe(false);
    expect(store.getState().text).toBe(BROKEN);
  });

  it('refuses edits on a text past a limit, saying which', () => {
    const store = createAppStore();
    const deep = `${STARTER_YAML}x: ${'['.repeat(150)}${']'.repeat(150)}\n`;
    store.getState().setText(deep, 'api');
    const result = store.getState().addContainer('sidecar');
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(
      /^Edit refused: Maps and lists nest more than 100 levels deep[^.]*: [^.]*\.$/,
    );
    expect(store.getState().text).toBe(deep);
  });

  it('removes a container; its selection moves to the main container', () => {
    const store = createAppStore();
    store.getState().addContainer('sidecar');
    store.getState().selectContainer('sidecar');
    expect(store.getState().removeContainer({ list: 'containers', index: 1 })).toEqual({
      ok: true,
    });
    expect(store.getState().text).toBe(STARTER_YAML);
    expect(store.getState().selectedContainer).toBe('nginx');
  });

  it('renames, refusing empty, invalid and taken names without touching the YAML', () => {
    const store = createAppStore();
    store.getState().addContainer('sidecar');
    store.getState().selectContainer('nginx');
    const before = store.getState().text;
    const ref = { list: 'containers', index: 0 } as const;
    for (const bad of ['', '  ', 'Web Server', '-x', 'a'.repeat(64), 'sidecar']) {
      const result = store.getState().renameContainer(ref, bad);
      expect(result.ok, bad).toBe(false);
      expect(store.getState().text).toBe(before);
    }
    expect(store.getState().renameContainer(ref, 'web')).toEqual({ ok: true });
    expect(store.getState().text).toBe(before.replace('- name: nginx', '- name: web'));
    expect(store.getState().selectedContainer).toBe('web');
  });

  it('keeps a renamed sidecar selected (it does not give way to the main container)', () => {
    const store = createAppStore();
    store.getState().addContainer('sidecar');
    store.getState().selectContainer('sidecar');
    store.getState().renameContainer({ list: 'containers', index: 1 }, 'logshipper');
    expect(store.getState().selectedContainer).toBe('logshipper');
  });

  it('edits the workload chosen in the switcher', () => {
    const text = `${STARTER_YAML}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\nspec:\n  containers:\n    - name: app\n      image: busybox\n`;
    const store = createAppStore({ text });
    store.getState().selectWorkload(1);
    store.getState().addContainer('init');
    expect(store.getState().text.startsWith(STARTER_YAML)).toBe(true);
    expect(names(store)).toEqual(['init:init', 'app:main']);
  });

  it('refuses edits when there is no workload', () => {
    const store = createAppStore({ text: 'apiVersion: v1\nkind: Service\n' });
    const result = store.getState().addContainer('main');
    expect(result.ok).toBe(false);
    expect(store.getState().notice?.message).toMatch(/no workload \(Pod, Deployment/);
  });
});
