import type * as Monaco from 'monaco-editor';
import { FIX_TITLES } from '../../src/validate/fix-titles.ts';
import type { Diagnostic } from '../../src/validate/types.ts';
import type { AppStore } from '../store/index.ts';
import { diagnosticMarkers } from './markers.ts';

const APPLY_FIX = 'podsmith.applyFix';

type Model = Monaco.editor.ITextModel;

/** The same marker: what Monaco hands back in a code-action request is the data it was given. */
const sameMarker = (a: Monaco.editor.IMarkerData, b: Monaco.editor.IMarkerData) =>
  a.code === b.code &&
  a.message === b.message &&
  a.startLineNumber === b.startLineNumber &&
  a.startColumn === b.startColumn;

/**
 * The diagnostics with a quick fix whose markers are among `markers`, each once. Markers are
 * made from diagnostics by `diagnosticMarkers`, so a fixable diagnostic is matched by the marker
 * it makes.
 */
export function fixesFor(
  monaco: Pick<typeof Monaco, 'MarkerSeverity'>,
  model: Pick<Model, 'getLineCount' | 'getLineMaxColumn' | 'getWordAtPosition'>,
  diagnostics: readonly Diagnostic[],
  markers: readonly Monaco.editor.IMarkerData[],
): { diagnostic: Diagnostic; marker: Monaco.editor.IMarkerData }[] {
  const fixable = diagnostics.filter((d) => d.fix);
  const made = diagnosticMarkers(monaco, model, fixable);
  const found: { diagnostic: Diagnostic; marker: Monaco.editor.IMarkerData }[] = [];
  fixable.forEach((diagnostic, i) => {
    const marker = markers.find((m) => sameMarker(m, made[i]!));
    if (marker) found.push({ diagnostic, marker });
  });
  return found;
}

/**
 * The problems panel's quick fixes where the cursor is: Monaco's lightbulb, Ctrl+. (Cmd+. on a
 * Mac) and the marker hover offer "Fix: …" for a marker whose diagnostic has a fix. Choosing it
 * runs the store's applyFix, exactly as the panel's button does (one undo step, a notice).
 */
export function registerQuickFixes(
  monaco: typeof Monaco,
  model: Model,
  store: AppStore,
): Monaco.IDisposable {
  const command = monaco.editor.registerCommand(APPLY_FIX, (_accessor, d: Diagnostic) => {
    store.getState().applyFix(d);
  });
  const provider = monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(target, _range, context) {
      const diagnostics = store.getState().diagnostics;
      if (target !== model || !diagnostics) return { actions: [], dispose() {} };
      const actions = fixesFor(monaco, model, diagnostics, context.markers).map(
        ({ diagnostic, marker }): Monaco.languages.CodeAction => {
          const title = `Fix: ${FIX_TITLES[diagnostic.fix!]}`;
          return {
            title,
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: true,
            command: { id: APPLY_FIX, title, arguments: [diagnostic] },
          };
        },
      );
      return { actions, dispose() {} };
    },
  });
  return {
    dispose() {
      provider.dispose();
      command.dispose();
    },
  };
}
