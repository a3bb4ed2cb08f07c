import type * as Monaco from 'monaco-editor';

/**
 * monaco-yaml re-reports the syntax errors our own parse already marks (owner `podsmith`). Drop its
 * copies so the editor shows one list; its other findings (schema, unused anchors) stay.
 */
export function dropDuplicateSyntaxMarkers(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
): Monaco.IDisposable {
  return monaco.editor.onDidChangeMarkers((uris) => {
    if (model.isDisposed() || !uris.some((u) => u.toString() === model.uri.toString())) return;
    const markers = monaco.editor.getModelMarkers({ owner: 'yaml', resource: model.uri });
    const kept = markers.filter(
      (m) => !(m.source === 'YAML' && m.severity === monaco.MarkerSeverity.Error),
    );
    if (kept.length !== markers.length) monaco.editor.setModelMarkers(model, 'yaml', kept);
  });
}
