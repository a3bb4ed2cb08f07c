import {
  analyseDesign,
  inspectDesign,
  inspectWorkload,
  type InspectReport,
} from '../analysis/inspect.ts';
import type { K8sVersion } from '../validate/versions.ts';
import { parseDesign } from '../yaml/parse.ts';
import type { InspectOptions } from './args.ts';
import type { CliIO } from './io.ts';
import { inspectText } from './inspect-text.ts';
import { readDesign } from './read-design.ts';

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
  const read = await readDesign(options.file, io, 'inspect');
  if ('exit' in read) return read.exit;
  const { parsed, name } = read;
  const analysis = analyseDesign(parsed, { k8s: options.k8s });
  if (options.format === 'json') {
    const report: InspectReport = { workloads: analysis.workloads.map(inspectWorkload) };
    io.stdout(`${JSON.stringify(report)}\n`);
  } else io.stdout(inspectText(analysis, name));
  return 0;
}
