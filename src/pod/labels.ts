import { K8S_VERSIONS, type K8sVersion } from '../validate/versions.ts';
import { WORKLOADS } from './kinds.ts';
import type { LabelValue, PodView } from './types.ts';
import { getPath } from './view.ts';

/**
 * The labels every pod of a workload carries, as a Service or NetworkPolicy selector sees them:
 * what the controller or the API server adds (a Job's `job-name`, a StatefulSet pod's
 * `statefulset.kubernetes.io/pod-name`, …), then the template's own labels, which win where both
 * are set (the API adds a label only when the template lacks it). Without a version, the newest.
 */
export function podLabels(
  value: unknown,
  pod: PodView,
  k8s: K8sVersion = K8S_VERSIONS[K8S_VERSIONS.length - 1]!,
): Record<string, LabelValue> {
  const own = getPath(value, [...pod.templatePath, 'metadata', 'labels']);
  const added = Object.entries(WORKLOADS[pod.kind].controllerLabels(value, k8s));
  const template =
    typeof own === 'object' && own !== null && !Array.isArray(own)
      ? Object.entries(own).map(([k, v]) => [k, String(v)] as const)
      : [];
  // fromEntries makes own properties of every key, `__proto__` included (an assignment would not).
  return Object.fromEntries([...added, ...template]);
}
