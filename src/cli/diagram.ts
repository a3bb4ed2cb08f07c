import { diagramInputs } from '../diagram/inputs.ts';
import { diagramOf } from '../diagram/layout.ts';
import { diagramSvg } from '../diagram/svg.ts';
import type { Diagram } from '../diagram/types.ts';
import { validateDesign } from '../validate/index.ts';
import type { K8sVersion } from '../validate/versions.ts';
import { parseDesign, type ParsedDesign } from '../yaml/parse.ts';
import type { DiagramOptions } from './args.ts';
import type { CliIO } from './io.ts';
import { readDesign } from './read-design.ts';

/**
 * The diagram of the first workload of a parsed design, with the diagnostics `podsmith lint`
 * finds for the same version, or `undefined` when the design holds no workload.
 */
export function designDiagram(
  parsed: ParsedDesign,
  options: { k8s?: K8sVersion } = {},
): Diagram | undefined {
  const inputs = diagramInputs(parsed, validateDesign(parsed, options), options.k8s);
  return inputs[0] && diagramOf(inputs[0]);
}

/**
 * The SVG `podsmith diagram` prints for a YAML text: the programmatic face of the command.
 * `undefined` when the text holds no workload.
 */
export function diagram(
  text: string,
  options: { k8s?: K8sVersion; theme?: 'light' | 'dark' } = {},
): string | undefined {
  const d = designDiagram(parseDesign(text), options);
  return d && diagramSvg(d, { theme: options.theme });
}

/**
 * Runs `podsmith diagram`: reads one file and prints the SVG of its first workload's pod. Returns
 * the exit code: 2 when the file cannot be read; 1 when it is not valid YAML or goes past a limit
 * (its problems go to stderr, as for inspect) or holds no workload; else 0.
 */
export async function runDiagram(options: DiagramOptions, io: CliIO): Promise<number> {
  const read = await readDesign(options.file, io, 'draw');
  if ('exit' in read) return read.exit;
  const { parsed, name } = read;
  const d = designDiagram(parsed, { k8s: options.k8s });
  if (!d) {
    io.stderr(
      `podsmith: cannot draw ${name}: it holds no workload (Pod, Deployment, StatefulSet, DaemonSet, Job or CronJob)\n`,
    );
    return 1;
  }
  io.stdout(diagramSvg(d, { theme: options.theme }));
  return 0;
}
