import type { Path } from '../yaml/path.ts';
import type { WorkloadKind } from './types.ts';

/**
 * Where each workload kind keeps its pod template, the apiVersion the API serves it under, and
 * whether it needs `spec.selector` (a Job generates its own; a Pod and a CronJob have none).
 */
export const WORKLOADS: Record<
  WorkloadKind,
  { apiVersion: string; templatePath: Path; needsSelector: boolean }
> = {
  Pod: { apiVersion: 'v1', templatePath: [], needsSelector: false },
  Deployment: { apiVersion: 'apps/v1', templatePath: ['spec', 'template'], needsSelector: true },
  StatefulSet: { apiVersion: 'apps/v1', templatePath: ['spec', 'template'], needsSelector: true },
  DaemonSet: { apiVersion: 'apps/v1', templatePath: ['spec', 'template'], needsSelector: true },
  Job: { apiVersion: 'batch/v1', templatePath: ['spec', 'template'], needsSelector: false },
  CronJob: {
    apiVersion: 'batch/v1',
    templatePath: ['spec', 'jobTemplate', 'spec', 'template'],
    needsSelector: false,
  },
};

export function isWorkloadKind(kind: unknown): kind is WorkloadKind {
  return typeof kind === 'string' && Object.hasOwn(WORKLOADS, kind);
}

/** The annotation kubectl uses to pick the default container of a pod (`kubectl logs`, `exec`). */
export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';
