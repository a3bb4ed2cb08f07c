import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/validate/types.ts';
import { diagnosticMarkers } from './markers.ts';
import { fixesFor } from './quickFixes.ts';

const LINES = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  x: 1'];
const monaco = { MarkerSeverity: { Hint: 1, Info: 2, Warning: 4, Error: 8 } } as never;
const model = {
  getLineCount: () => LINES.length,
  getLineMaxColumn: (line: number) => LINES[line - 1]!.length + 1,
  getWordAtPosition: () => null,
};
const diagnostic = (over: Partial<Diagnostic>): Diagnostic => ({
  ruleId: 'volume-mount-unknown-volume',
  severity: 'error',
  message: 'spec.containers[0].volumeMounts[0].name: Not found: "cache"',
  path: ['spec', 'containers', 0, 'volumeMounts', 0, 'name'],
  document: 0,
  line: 4,
  column: 3,
  endLine: 4,
  endColumn: 13,
  ...over,
});

describe('fixesFor', () => {
  const withFix = diagnostic({ fix: 'create-missing-volume' });
  const noFix = diagnostic({ ruleId: 'probe-missing', severity: 'info', line: 6 });
  const other = diagnostic({ fix: 'align-selector', ruleId: 'workload-selector', line: 2 });
  const markers = diagnosticMarkers(monaco, model, [withFix, noFix, other]);

  it('finds the fixable diagnostic behind each marker of a code-action request', () => {
    expect(fixesFor(monaco, model, [withFix, noFix, other], [markers[0]!])).toEqual([
      { diagnostic: withFix, marker: markers[0] },
    ]);
    expect(
      fixesFor(monaco, model, [withFix, noFix, other], markers).map((f) => f.diagnostic),
    ).toEqual([withFix, other]);
  });

  it('offers nothing for markers without a fix or of another owner', () => {
    expect(fixesFor(monaco, model, [withFix, noFix, other], [markers[1]!])).toEqual([]);
    const foreign = { ...markers[0]!, message: 'Property x is not allowed.', code: undefined };
    expect(fixesFor(monaco, model, [withFix], [foreign])).toEqual([]);
  });
});
