import type { Path } from '../yaml/path.ts';
import type { WorkloadKind } from './types.ts';

/** Where each workload kind keeps its pod template, and the apiVersion the API serves it under. */
export const WORKLOADS: Record<WorkloadKind, { apiVersion: string; templatePath: Path }> = {
  Pod: { apiVersion: 'v1', templatePath: [] },
  Deployment: { apiVersion: 'apps/v1', templatePath: ['spec', 'template'] },
  StatefulSet: { apiVersion: 'apps/v1', templatePath: ['spec', 'template'] },
  DaemonSet: { apiVersion: 'apps/v1', templatePath: ['spec', 'template'] },
  Job: { apiVersion: 'batch/v1', templatePath: ['spec', 'template'] },
  CronJob: { apiVersion: 'batch/v1', templatePath: ['spec', 'jobTemplate', 'spec', 'template'] },
};

export function isWorkloadKind(kind: unknown): kind is WorkloadKind {
  return typeof kind === 'string' && Object.hasOwn(WORKLOADS, kind);
}

/** The annotation kubectl uses to pick the default container of a pod (`kubectl logs`, `exec`). */
export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';
