import {
  analyseDesign,
  inspectDesign,
  inspectWorkload,
  type InspectReport,
} from '../analysis/inspect.ts';
import type { K8sVersion } from '../validate/versions.ts';
import { parseDesign, parsedOk } from '../yaml/parse.ts';
import type { InspectOptions } from './args.ts';
import type { CliIO } from './io.ts';
import { inspectText } from './inspect-text.ts';
import { STDIN_NAME } from './lint.ts';

/**
 * The analysis of every workload of one YAML text, as `podsmith inspect --format json` prints it:
 * the programmatic face of the command. Documents that do not parse are skipped.
 */
export function inspect(text: string, options: { k8s?: K8sVersion } = {}): InspectReport {
  return inspectDesign(parseDesign(text), options);
}

/**
 * Runs `podsmith inspect`: reads one file, analyses each workload as the app does and prints the
 * report. Returns the exit code: 2 when the file cannot be read; 1 when it is not valid YAML or
 * goes past one of the limits (its problems go to stderr as `podsmith lint` prints them, and
 * nothing is analysed: a partial answer could pass for the whole pod); else 0, also for a file
 * without workloads.
 */
export async function runInspect(options: InspectOptions, io: CliIO): Promise<number> {
  const name = options.file === '-' ? STDIN_NAME : options.file;
  let text: string;
  try {
    text = options.file === '-' ? await io.readStdin() : await io.readFile(options.file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`podsmith: cannot read ${name}: ${reason}\n`);
    return 2;
  }
  const parsed = parseDesign(text);
  if (!parsedOk(parsed)) {
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    const why = errors.some((p) => p.ruleId === 'yaml-limit')
      ? 'it goes past a limit Podsmith sets'
      : 'it is not valid YAML';
    io.stderr(
      `podsmith: cannot inspect ${name}: ${why}\n` +
        errors
          .map((p) => `${name}:${p.line}:${p.column} error ${p.ruleId} ${p.message}\n`)
          .join(''),
    );
    return 1;
  }
  const analysis = analyseDesign(parsed, { k8s: options.k8s });
  if (options.format === 'json') {
    const report: InspectReport = { workloads: analysis.workloads.map(inspectWorkload) };
    io.stdout(`${JSON.stringify(report)}\n`);
  } else io.stdout(inspectText(analysis, name));
  return 0;
}
