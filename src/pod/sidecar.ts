import type { ContainerList } from './types.ts';

/**
 * The container-level `restartPolicy` values Kubernetes accepts in a list: only `Always`, and only
 * for `initContainers`, where it makes the entry a native sidecar (stable since 1.33). Regular
 * containers take none (per-container rules there are an alpha feature behind a gate).
 */
export function containerRestartPolicies(list: ContainerList): readonly string[] {
  return list === 'initContainers' ? ['Always'] : [];
}

/** Why a container in `list` cannot have `restartPolicy: policy`, or `undefined` (unset is always fine). */
export function containerRestartProblem(list: ContainerList, policy: unknown): string | undefined {
  if (policy === undefined || policy === null) return undefined;
  if (containerRestartPolicies(list).includes(String(policy))) return undefined;
  return list === 'initContainers'
    ? `An init container allows only restartPolicy Always (a native sidecar), not ${String(policy)}.`
    : 'A regular container takes no restartPolicy: the pod restartPolicy applies. Move it to the init containers with Always to make it a native sidecar.';
}
