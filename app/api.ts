import { isK8sVersion, K8S_VERSIONS, type K8sVersion } from '../src/validate/versions.ts';
import { currentText } from './commands/flush.ts';
import type { AppStore } from './store/index.ts';

/** The scripting API on `window.podsmith`, present in every build (e2e tests load designs with it). */
export interface PodsmithApi {
  /** The design text exactly, including text typed in the editor a moment ago. */
  getYaml(): string;
  /** Replaces the design as if the user had typed it: one undo step. */
  setYaml(text: string): void;
  undo(): void;
  redo(): void;
  /** The Kubernetes version the design is validated for (`'1.34'`). */
  getK8sVersion(): K8sVersion;
  /** Targets another Kubernetes version, `'1.27'` to `'1.36'`; it is kept beside the text, not in it. */
  setK8sVersion(version: K8sVersion): void;
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
    getYaml: () => currentText(store),
    setYaml(text: string) {
      if (typeof text !== 'string') throw new TypeError('podsmith.setYaml expects a string.');
      store.getState().setText(text, 'api');
    },
    undo: () => store.getState().undo(),
    getK8sVersion: () => store.getState().k8sVersion,
    setK8sVersion(version: K8sVersion) {
      if (!isK8sVersion(version))
        throw new TypeError(`podsmith.setK8sVersion expects one of ${K8S_VERSIONS.join(', ')}.`);
      store.getState().setK8sVersion(version);
    },
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
