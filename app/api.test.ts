// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { STARTER_YAML } from '../src/templates/starter.ts';
import { installApi } from './api.ts';
import { createAppStore } from './store/index.ts';

describe('window.podsmith', () => {
  it('reads and replaces the design text exactly, as one undo step', () => {
    const store = createAppStore();
    installApi(store);
    expect(window.podsmith.getYaml()).toBe(STARTER_YAML);
    const text = '# kept as is\r\nkind:   Pod   \n';
    window.podsmith.setYaml(text);
    expect(window.podsmith.getYaml()).toBe(text);
    window.podsmith.undo();
    expect(window.podsmith.getYaml()).toBe(STARTER_YAML);
    window.podsmith.redo();
    expect(window.podsmith.getYaml()).toBe(text);
    expect(() => window.podsmith.setYaml(42 as unknown as string)).toThrow(TypeError);
  });

  it('returns text the editor still holds back', () => {
    const store = createAppStore();
    const api = installApi(store);
    store.getState().setEditorFlush(() => store.getState().setText('kind: Pod\n', 'typing'));
    expect(api.getYaml()).toBe('kind: Pod\n');
  });

  it('reports when the editor is ready', async () => {
    const store = createAppStore();
    const api = installApi(store);
    expect(api.ready).toBe(false);
    const ready = api.whenEditorReady();
    store.getState().setEditorReady(true);
    await ready;
    expect(api.ready).toBe(true);
    await api.whenEditorReady();
  });

  it('reads and sets the Kubernetes version beside the text', () => {
    const store = createAppStore();
    const api = installApi(store);
    expect(api.getK8sVersion()).toBe('1.34');
    api.setK8sVersion('1.27');
    expect(api.getK8sVersion()).toBe('1.27');
    expect(api.getYaml()).toBe(STARTER_YAML);
    expect(() => api.setK8sVersion('1.20' as never)).toThrow(TypeError);
    expect(api.getK8sVersion()).toBe('1.27');
  });
});
