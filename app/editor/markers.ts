import type * as Monaco from 'monaco-editor';
import { SEVERITY } from '../problems/words.ts';

/** What a marker needs: a diagnostic, or a YAML problem before the validator has loaded. */
export interface Markable {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

type Model = Pick<
  Monaco.editor.ITextModel,
  'getLineCount' | 'getLineMaxColumn' | 'getWordAtPosition'
>;

/**
 * Markers for our diagnostics, under the `podsmith` owner (DESIGN.md §3: one list). The rule id
 * is the marker's code, so the hover reads "Error: message Podsmith(rule-id)": the severity in a
 * word, since Monaco tells squiggles apart by colour alone and its hover names no severity.
 * A finding that spans lines (a whole container) is underlined on its first line only; a point
 * (a YAML problem) on its word.
 */
export function diagnosticMarkers(
  monaco: Pick<typeof Monaco, 'MarkerSeverity'>,
  model: Model,
  items: readonly Markable[],
): Monaco.editor.IMarkerData[] {
  const severity = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  return items.map((p) => {
    const line = Math.min(Math.max(p.line, 1), model.getLineCount());
    const maxColumn = model.getLineMaxColumn(line);
    const column = Math.min(Math.max(p.column, 1), maxColumn);
    let end: number;
    if (p.endLine !== undefined && p.endLine > line) end = maxColumn;
    else if (p.endLine === line && p.endColumn !== undefined && p.endColumn > column)
      end = Math.min(p.endColumn, maxColumn);
    else {
      const word = model.getWordAtPosition({ lineNumber: line, column });
      end = word && word.endColumn > column ? word.endColumn : Math.min(column + 1, maxColumn);
    }
    return {
      severity: severity[p.severity],
      message: `${SEVERITY[p.severity].title}: ${p.message}`,
      source: 'Podsmith',
      code: p.ruleId,
      startLineNumber: line,
      startColumn: column,
      endLineNumber: line,
      endColumn: Math.max(end, column),
    };
  });
}
