import type { Diagnostic, Severity } from '../validate/types.ts';
import { formatPath } from '../yaml/path.ts';

/** The findings for one input file, named as it was given (`<stdin>` for standard input). */
export interface FileReport {
  file: string;
  diagnostics: readonly Diagnostic[];
}

/** One finding in `--format json`: positions 1-based, `path` in kubectl's notation. */
export interface JsonDiagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  path: string;
  line: number;
  column: number;
  document: number;
}

export interface JsonReport {
  files: { file: string; diagnostics: JsonDiagnostic[] }[];
}

/** The `--format json` document (keys in a fixed order, so the output is stable). */
export function toJsonReport(reports: readonly FileReport[]): JsonReport {
  return {
    files: reports.map(({ file, diagnostics }) => ({
      file,
      diagnostics: diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        path: formatPath(d.path),
        line: d.line,
        column: d.column,
        document: d.document,
      })),
    })),
  };
}

/** `--format json`: one line of JSON, then a newline. */
export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(toJsonReport(reports))}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `2 errors, 1 warning in 1 file` (notes are counted only when there are some). */
export function summaryLine(reports: readonly FileReport[]): string {
  const count = { error: 0, warning: 0, info: 0 };
  for (const r of reports) for (const d of r.diagnostics) count[d.severity]++;
  const parts = [plural(count.error, 'error'), plural(count.warning, 'warning')];
  if (count.info) parts.push(`${count.info} info`);
  return `${parts.join(', ')} in ${plural(reports.length, 'file')}`;
}

/**
 * `--format text`, like a compiler: `file:line:col severity rule-id message`, one finding a line,
 * in file order then position, then the summary line.
 */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const { file, diagnostics } of reports) {
    for (const d of diagnostics) {
      lines.push(`${file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);
    }
  }
  lines.push(summaryLine(reports));
  return `${lines.join('\n')}\n`;
}
