// Imported only by the lazy editor component, so Monaco stays out of the initial bundle.
// NOTE: order matters. `loader.config` must run before the first <Editor> mounts, or
// @monaco-editor/react fetches Monaco from a CDN (tech-scout §2).
import { loader } from '@monaco-editor/react';
// The editor API alone, not `monaco-editor` (editor.main): that one brings every contribution,
// the TypeScript, JSON, CSS and HTML language services and ~80 languages. The features a YAML
// editor uses follow, picked from monaco-editor/esm/vs/editor/editor.all.js and edcore.main.js.
// Left out, as nothing here provides them or a YAML design never needs them: colour picker,
// code lens, inlay hints, inline completions, parameter hints, rename, go to definition and
// references, links, semantic tokens, linked editing, paste and drop providers, document
// symbols, the diff editor's actions, token inspection.
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import 'monaco-editor/esm/vs/editor/browser/coreCommands.js';
import 'monaco-editor/esm/vs/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/esm/vs/editor/contrib/caretOperations/browser/caretOperations.js';
import 'monaco-editor/esm/vs/editor/contrib/caretOperations/browser/transpose.js';
import 'monaco-editor/esm/vs/editor/contrib/clipboard/browser/clipboard.js';
// Quick fixes (app/editor/quickFixes.ts): Ctrl+. and the marker hover's "Quick Fix…".
import 'monaco-editor/esm/vs/editor/contrib/codeAction/browser/codeActionContributions.js';
import 'monaco-editor/esm/vs/editor/contrib/comment/browser/comment.js';
import 'monaco-editor/esm/vs/editor/contrib/contextmenu/browser/contextmenu.js';
import 'monaco-editor/esm/vs/editor/contrib/cursorUndo/browser/cursorUndo.js';
import 'monaco-editor/esm/vs/editor/contrib/dnd/browser/dnd.js';
import 'monaco-editor/esm/vs/editor/contrib/find/browser/findController.js';
import 'monaco-editor/esm/vs/editor/contrib/folding/browser/folding.js';
import 'monaco-editor/esm/vs/editor/contrib/fontZoom/browser/fontZoom.js';
import 'monaco-editor/esm/vs/editor/contrib/format/browser/formatActions.js';
// F8 / Alt+F8: the next and previous problem, with its message and fixes.
import 'monaco-editor/esm/vs/editor/contrib/gotoError/browser/gotoError.js';
import 'monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-editor/esm/vs/editor/contrib/indentation/browser/indentation.js';
import 'monaco-editor/esm/vs/editor/contrib/lineSelection/browser/lineSelection.js';
import 'monaco-editor/esm/vs/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/esm/vs/editor/contrib/longLinesHelper/browser/longLinesHelper.js';
import 'monaco-editor/esm/vs/editor/contrib/multicursor/browser/multicursor.js';
import 'monaco-editor/esm/vs/editor/contrib/smartSelect/browser/smartSelect.js';
import 'monaco-editor/esm/vs/editor/contrib/snippet/browser/snippetController2.js';
import 'monaco-editor/esm/vs/editor/contrib/stickyScroll/browser/stickyScrollContribution.js';
import 'monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestController.js';
// Ctrl+M: the editor's way out for keyboard users (the aria label says so).
import 'monaco-editor/esm/vs/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js';
// Invisible and look-alike characters matter in YAML (a no-break space is not indentation).
import 'monaco-editor/esm/vs/editor/contrib/unicodeHighlighter/browser/unicodeHighlighter.js';
import 'monaco-editor/esm/vs/editor/contrib/unusualLineTerminators/browser/unusualLineTerminators.js';
import 'monaco-editor/esm/vs/editor/contrib/wordHighlighter/browser/wordHighlighter.js';
import 'monaco-editor/esm/vs/editor/contrib/wordOperations/browser/wordOperations.js';
import 'monaco-editor/esm/vs/editor/contrib/wordPartOperations/browser/wordPartOperations.js';
import 'monaco-editor/esm/vs/editor/common/standaloneStrings.js';
import 'monaco-editor/esm/vs/base/browser/ui/codicons/codiconStyles.js';
import 'monaco-editor/esm/vs/editor/standalone/browser/iPadShowKeyboard/iPadShowKeyboard.js';
// F1 and Ctrl+G: the command list and "go to line" (a problem names its line).
import 'monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneCommandsQuickAccess.js';
import 'monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneGotoLineQuickAccess.js';
import 'monaco-editor/esm/vs/editor/standalone/browser/quickAccess/standaloneHelpQuickAccess.js';
// YAML's colours and language configuration (indentation folding, indent after `key:`), loaded
// when the first YAML model is made.
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import { configureMonacoYaml, type MonacoYamlOptions } from 'monaco-yaml';
import { schemaForVersion } from '../../src/validate/schema-version.ts';
import { DEFAULT_K8S_VERSION, type K8sVersion } from '../../src/validate/versions.ts';
import type { AppStore } from '../store/index.ts';
import YamlWorker from './yaml.worker.ts?worker';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'editorWorkerService') return new EditorWorker();
    throw new Error(`Podsmith bundles no Monaco worker for "${label}".`);
  },
};

loader.config({ monaco });

/** The version each schema address in monaco-yaml's options stands for. */
const versionOfSchema = new Map<string, K8sVersion>();

/**
 * monaco-yaml's options for a target version: completion and hover from what it serves. The
 * schema itself is left out here and put in when the worker starts (`startYamlWorker`), so it is
 * loaded, derived and sent only if completion or hover is ever asked for.
 */
function yamlOptions(version: K8sVersion): MonacoYamlOptions {
  const uri = `podsmith:kubernetes-${version}.schema.json`;
  versionOfSchema.set(uri, version);
  return {
    enableSchemaRequest: false,
    isKubernetes: true,
    hoverSchemaSource: false,
    schemas: [{ uri, fileMatch: ['**/*.k8s.yaml'] }],
    validate: false,
  };
}

let schemaVersion: K8sVersion = DEFAULT_K8S_VERSION;
let apiSchema: Promise<object> | undefined;

/**
 * The Kubernetes schema for `version`: the API's (generated by scripts/gen-schema.mjs, with its
 * field descriptions) narrowed by schemaForVersion. Its own chunk, fetched when first needed.
 */
async function k8sSchema(version: K8sVersion): Promise<object> {
  // Raw text, so TypeScript infers no type for 300 kB of JSON; parsed once, since
  // schemaForVersion memoizes per schema object. A failed fetch is tried again next time.
  apiSchema ??= import('./apiSchemaText.ts').then(
    (m) => JSON.parse(m.API_SCHEMA_TEXT) as object,
    (error: unknown) => {
      apiSchema = undefined;
      throw error;
    },
  );
  return schemaForVersion(await apiSchema, version);
}

/**
 * Starts monaco-yaml's worker with the schema its options name. monaco-yaml asks for the worker
 * only when a provider needs an answer (completion, hover, a code action…), and stops it after
 * two idle minutes or when the options change (another version): each start sends it once.
 */
async function startYamlWorker(createData: MonacoYamlOptions): Promise<Worker> {
  // The worker's script loads while the schema does: the first answer comes sooner. Messages
  // wait in the worker's queue until its code listens.
  const worker = new YamlWorker();
  const schemas = await Promise.all(
    (createData.schemas ?? []).map(async (s) => {
      const version = versionOfSchema.get(s.uri);
      return s.schema || !version ? s : { ...s, schema: await k8sSchema(version) };
    }),
  );
  // The start-up editor.main's createWebWorker does, which editor.api leaves out: one message
  // that starts the worker's server, then the options monaco-yaml's worker is created with.
  worker.postMessage('ignore');
  worker.postMessage({ ...createData, schemas });
  return worker;
}

/**
 * The Monaco API as monaco-yaml sees it. Its worker manager calls `editor.createWebWorker` with
 * a module id and the options to create the worker with: editor.main's form of it, which
 * editor.api's types declare but its code leaves out. Here that form starts `startYamlWorker`.
 */
const monacoForYaml: typeof monaco = {
  ...monaco,
  editor: {
    ...monaco.editor,
    createWebWorker<T extends object>(
      options: monaco.editor.IInternalWebWorkerOptions | monaco.editor.IWebWorkerOptions,
    ) {
      if ('worker' in options) return monaco.editor.createWebWorker<T>(options);
      return monaco.editor.createWebWorker<T>({
        host: options.host as unknown,
        keepIdleModels: options.keepIdleModels,
        worker: startYamlWorker(options.createData as MonacoYamlOptions),
      });
    },
  },
};

/**
 * The one monaco-yaml instance: completion and hover from the Kubernetes schema of the target
 * version (src/validate/schema-version.ts). Its own validation is off: the editor shows one list
 * of problems, Podsmith's (src/validate), which knows the rules beyond the schema and kubectl's
 * wording.
 */
export const monacoYaml = configureMonacoYaml(monacoForYaml, yamlOptions(schemaVersion));

/**
 * Monaco's dark theme with comments one step lighter: vs-dark's #608B4E reads at 4.2:1 on its
 * background, under the 4.5:1 text needs. The editor's class stays `vs-dark`.
 */
monaco.editor.defineTheme('podsmith-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '6A9955' }],
  colors: {},
});

/** The Monaco theme for the app's: light `vs`, dark `podsmith-dark` (vs-dark based). */
export const monacoTheme = (dark: boolean): string => (dark ? 'podsmith-dark' : 'vs');

/**
 * Keeps completion and hover on the store's target version; returns the unsubscribe. A change
 * of version stops monaco-yaml's worker, if it runs; the next request starts one with the new
 * version's schema, so the schema is sent once per worker.
 */
export function followTargetVersion(store: AppStore): () => void {
  const show = (version: K8sVersion) => {
    if (version === schemaVersion) return;
    schemaVersion = version;
    void monacoYaml.update(yamlOptions(version));
  };
  show(store.getState().k8sVersion);
  return store.subscribe((s, prev) => {
    if (s.k8sVersion !== prev.k8sVersion) show(s.k8sVersion);
  });
}

export { monaco };
