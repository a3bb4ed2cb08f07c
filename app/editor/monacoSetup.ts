// Imported only by the lazy editor component, so Monaco stays out of the initial bundle.
// NOTE: order matters. `loader.config` must run before the first <Editor> mounts, or
// @monaco-editor/react fetches Monaco from a CDN (tech-scout §2).
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import { configureMonacoYaml } from 'monaco-yaml';
import YamlWorker from './yaml.worker.ts?worker';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'yaml') return new YamlWorker();
    if (label === 'editorWorkerService') return new EditorWorker();
    throw new Error(`Podsmith bundles no Monaco worker for "${label}".`);
  },
};

loader.config({ monaco });

/** The one monaco-yaml instance; schemas arrive later through `monacoYaml.update()`. */
export const monacoYaml = configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  isKubernetes: true,
  schemas: [],
  validate: true,
});

export { monaco };
