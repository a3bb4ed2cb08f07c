import type * as Monaco from 'monaco-editor';
import type { YamlProblem } from '../../src/yaml/parse.ts';

/** The smallest single edit that turns `from` into `to`: the common prefix and suffix stay. */
export function minimalEdit(
  from: string,
  to: string,
): { start: number; end: number; text: string } {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let endFrom = from.length;
  let endTo = to.length;
  while (
    endFrom > start &&
    endTo > start &&
    from.charCodeAt(endFrom - 1) === to.charCodeAt(endTo - 1)
  ) {
    endFrom--;
    endTo--;
  }
  return { start, end: endFrom, text: to.slice(start, endTo) };
}

/** Markers for our own parse problems, under the `podsmith` owner (DESIGN.md §3: one list). */
export function problemMarkers(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  problems: readonly YamlProblem[],
): Monaco.editor.IMarkerData[] {
  return problems.map((p) => {
    const line = Math.min(Math.max(p.line, 1), model.getLineCount());
    const maxColumn = model.getLineMaxColumn(line);
    const column = Math.min(Math.max(p.column, 1), maxColumn);
    const word = model.getWordAtPosition({ lineNumber: line, column });
    const end = word && word.endColumn > column ? word.endColumn : Math.min(column + 1, maxColumn);
    return {
      severity:
        p.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      message: p.message,
      source: 'Podsmith',
      code: p.ruleId,
      startLineNumber: line,
      startColumn: column,
      endLineNumber: line,
      endColumn: Math.max(end, column),
    };
  });
}
