import { designView } from '../pod/view.ts';
import type { Diagnostic } from '../validate/types.ts';
import { DEFAULT_K8S_VERSION, type K8sVersion } from '../validate/versions.ts';
import type { ParsedDesign } from '../yaml/parse.ts';
import type { DiagramInput } from './types.ts';

/**
 * What {@link diagramOf} takes for each workload of a parsed design, in document order: the
 * workload's pod, the design's values and other documents, the design's diagnostics and the
 * target version.
 */
export function diagramInputs(
  parsed: ParsedDesign,
  diagnostics: readonly Diagnostic[],
  k8s: K8sVersion = DEFAULT_K8S_VERSION,
): DiagramInput[] {
  const view = designView(parsed);
  return view.workloads.map((pod) => ({
    pod,
    values: parsed.values,
    objects: view.objects,
    diagnostics,
    k8s,
  }));
}
