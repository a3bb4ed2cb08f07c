import { describe, expect, it } from 'vitest';
import { diagnosticMarkers, type Markable } from './markers.ts';

const LINES = ['apiVersion: v1', 'kind: Deploymnt', 'metadata:', '  name: web'];
const monaco = { MarkerSeverity: { Hint: 1, Info: 2, Warning: 4, Error: 8 } } as never;
const model = {
  getLineCount: () => LINES.length,
  getLineMaxColumn: (line: number) => LINES[line - 1]!.length + 1,
  getWordAtPosition: ({ lineNumber, column }: { lineNumber: number; column: number }) => {
    const text = LINES[lineNumber - 1]!;
    const start = text.slice(0, column - 1).search(/\w*$/);
    const end = column - 1 + (/^\w*/.exec(text.slice(column - 1))?.[0].length ?? 0);
    return end > start
      ? { word: text.slice(start, end), startColumn: start + 1, endColumn: end + 1 }
      : null;
  },
};
const item = (over: Partial<Markable>): Markable => ({
  ruleId: 'kind-unknown',
  severity: 'error',
  message: 'kind: Invalid value',
  line: 2,
  column: 1,
  ...over,
});

describe('diagnosticMarkers', () => {
  it('maps severities and keeps the rule id as the code', () => {
    const markers = diagnosticMarkers(monaco, model, [
      item({ endLine: 2, endColumn: 16 }),
      item({ severity: 'warning', ruleId: 'w' }),
      item({ severity: 'info', ruleId: 'i' }),
    ]);
    expect(markers.map((m) => [m.severity, m.code, m.source])).toEqual([
      [8, 'kind-unknown', 'Podsmith'],
      [4, 'w', 'Podsmith'],
      [2, 'i', 'Podsmith'],
    ]);
    // Squiggles differ by colour only: the message says the severity in a word.
    expect(markers.map((m) => m.message)).toEqual([
      'Error: kind: Invalid value',
      'Warning: kind: Invalid value',
      'Info: kind: Invalid value',
    ]);
    expect(markers[0]).toMatchObject({
      startLineNumber: 2,
      startColumn: 1,
      endLineNumber: 2,
      endColumn: 16,
    });
  });

  it('underlines a span over several lines on its first line, and a point on its word', () => {
    const [multi, point] = diagnosticMarkers(monaco, model, [
      item({ line: 3, column: 1, endLine: 4, endColumn: 12 }),
      item({ line: 4, column: 3 }),
    ]);
    expect(multi).toMatchObject({
      startLineNumber: 3,
      endLineNumber: 3,
      startColumn: 1,
      endColumn: 10,
    });
    expect(point).toMatchObject({ startLineNumber: 4, startColumn: 3, endColumn: 7 });
  });

  it('clamps positions outside the text', () => {
    const [m] = diagnosticMarkers(monaco, model, [item({ line: 99, column: 99 })]);
    expect(m).toMatchObject({ startLineNumber: 4, startColumn: 12, endColumn: 12 });
  });
});
