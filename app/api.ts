import type { AppStore } from './store/index.ts';

/** The scripting API on `window.podsmith`, present in every build (e2e tests load designs with it). */
export interface PodsmithApi {
  /** The design text exactly, including text typed in the editor a moment ago. */
  getYaml(): string;
  /** Replaces the design as if the user had typed it: one undo step. */
  setYaml(text: string): void;
  undo(): void;
  redo(): void;
  /** True once the YAML editor has mounted and is in sync. */
  readonly ready: boolean;
  /** Resolves once the YAML editor has mounted. */
  whenEditorReady(): Promise<void>;
}

declare global {
  interface Window {
    podsmith: PodsmithApi;
  }
}

export function createApi(store: AppStore): PodsmithApi {
  return Object.freeze({
    getYaml() {
      store.getState().flushEditor();
      return store.getState().text;
    },
    setYaml(text: string) {
      if (typeof text !== 'string') throw new TypeError('podsmith.setYaml expects a string.');
      store.getState().setText(text, 'api');
    },
    undo: () => store.getState().undo(),
    redo: () => store.getState().redo(),
    get ready() {
      return store.getState().editorReady;
    },
    whenEditorReady() {
      return new Promise<void>((resolve) => {
        if (store.getState().editorReady) return resolve();
        const stop = store.subscribe((s) => {
          if (!s.editorReady) return;
          stop();
          resolve();
        });
      });
    },
  });
}

export function installApi(store: AppStore, target: Window = window): PodsmithApi {
  const api = createApi(store);
  Object.defineProperty(target, 'podsmith', { value: api, configurable: true });
  return api;
}
