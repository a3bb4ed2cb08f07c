import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../validate/types.ts';
import { formatJson, formatText, summaryLine, toJsonReport, type FileReport } from './format.ts';

function diag(over: Partial<Diagnostic>): Diagnostic {
  return {
    ruleId: 'kind-unknown',
    severity: 'error',
    message: 'kind: something',
    path: ['kind'],
    document: 0,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
    ...over,
  };
}

const port = diag({
  ruleId: 'port-name-too-long',
  severity: 'warning',
  message: 'spec.template.spec.containers[1].ports[0].name: Invalid value: "metrics-endpoint"',
  path: ['spec', 'template', 'spec', 'containers', 1, 'ports', 0, 'name'],
  document: 2,
  line: 12,
  column: 9,
  fix: 'create-missing-volume',
});

describe('toJsonReport / formatJson', () => {
  it('gives exactly the documented keys, path in kubectl notation, in a fixed order', () => {
    const json = toJsonReport([{ file: 'x.yaml', diagnostics: [port] }]);
    expect(json).toEqual({
      files: [
        {
          file: 'x.yaml',
          diagnostics: [
            {
              ruleId: 'port-name-too-long',
              severity: 'warning',
              message: port.message,
              path: 'spec.template.spec.containers[1].ports[0].name',
              line: 12,
              column: 9,
              document: 2,
            },
          ],
        },
      ],
    });
    expect(Object.keys(json.files[0]!.diagnostics[0]!)).toEqual([
      'ruleId',
      'severity',
      'message',
      'path',
      'line',
      'column',
      'document',
    ]);
  });

  it('writes one line of JSON that parses back, with an empty path for YAML problems', () => {
    const reports: FileReport[] = [
      { file: 'a.yaml', diagnostics: [diag({ ruleId: 'yaml-syntax', path: [] })] },
      { file: 'b.yaml', diagnostics: [] },
    ];
    const out = formatJson(reports);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.trim().includes('\n')).toBe(false);
    const back = JSON.parse(out);
    expect(back.files.map((f: { file: string }) => f.file)).toEqual(['a.yaml', 'b.yaml']);
    expect(back.files[0].diagnostics[0].path).toBe('');
    expect(back.files[1].diagnostics).toEqual([]);
  });
});

describe('formatText', () => {
  it('prints file:line:col severity rule-id message, then the summary', () => {
    const out = formatText([
      { file: 'x.yaml', diagnostics: [diag({ line: 3, column: 1 }), port] },
      { file: '<stdin>', diagnostics: [diag({ severity: 'info', ruleId: 'probe-missing' })] },
    ]);
    expect(out.split('\n')).toEqual([
      'x.yaml:3:1 error kind-unknown kind: something',
      `x.yaml:12:9 warning port-name-too-long ${port.message}`,
      '<stdin>:1:1 info probe-missing kind: something',
      '1 error, 1 warning, 1 info in 2 files',
      '',
    ]);
  });

  it('prints only the summary for clean files', () => {
    expect(formatText([{ file: 'ok.yaml', diagnostics: [] }])).toBe(
      '0 errors, 0 warnings in 1 file\n',
    );
  });
});

describe('summaryLine', () => {
  it('counts by severity with plurals', () => {
    const reports = [
      { file: 'a', diagnostics: [diag({}), diag({}), port] },
      { file: 'b', diagnostics: [port, port] },
    ];
    expect(summaryLine(reports)).toBe('2 errors, 3 warnings in 2 files');
  });
});
