import { validateDesign, type ValidateOptions } from '../validate/index.ts';
import type { Diagnostic } from '../validate/types.ts';
import { parseDesign } from '../yaml/parse.ts';
import type { LintOptions } from './args.ts';
import { formatJson, formatText, type FileReport } from './format.ts';
import type { CliIO } from './io.ts';

/** How standard input is named in the output. */
export const STDIN_NAME = '<stdin>';

/**
 * Every diagnostic for one YAML text (one or more documents), as the app shows them: the same
 * parse and the same rules (`profile: 'strict'` reports the security profile's findings as
 * warnings). The programmatic face of `podsmith lint`.
 */
export function lint(text: string, options: ValidateOptions = {}): Diagnostic[] {
  return validateDesign(parseDesign(text), options);
}

/**
 * Runs `podsmith lint`: reads every file (a file that cannot be read is reported on stderr and
 * the others are still checked), prints the findings, and returns the exit code: 2 when a file
 * could not be read, else 1 when any finding is an error, else 0 (warnings, the strict profile's
 * included, do not fail the run).
 */
export async function runLint(options: LintOptions, io: CliIO): Promise<number> {
  const reports: FileReport[] = [];
  let unreadable = false;
  for (const file of options.files) {
    let text: string;
    try {
      text = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`podsmith: cannot read ${file === '-' ? STDIN_NAME : file}: ${reason}\n`);
      unreadable = true;
      continue;
    }
    const name = file === '-' ? STDIN_NAME : file;
    reports.push({
      file: name,
      diagnostics: lint(text, { k8s: options.k8s, profile: options.profile }),
    });
  }
  if (options.format === 'json') io.stdout(formatJson(reports));
  // A summary of nothing ("in 0 files") would read like a clean run: the stderr lines say it all.
  else if (reports.length > 0) io.stdout(formatText(reports));
  if (unreadable) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
