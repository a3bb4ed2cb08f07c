import type { Path } from '../yaml/path.ts';

/** How a container takes part in the pod, derived only from Kubernetes fields (DESIGN.md §1). */
export type Role = 'main' | 'sidecar' | 'native-sidecar' | 'init';

/** The two container lists of a pod spec. */
export type ContainerList = 'containers' | 'initContainers';

/** The workload kinds whose pod Podsmith can show. */
export type WorkloadKind =
  | 'Pod'
  | 'Deployment'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'ReplicaSet'
  | 'ReplicationController'
  | 'Job'
  | 'CronJob';

/**
 * What one pod label may hold across a workload's pods: one value, one of several (a StatefulSet's
 * pod names), or any (a hash or uid the controller makes).
 */
export type LabelValue = string | { readonly oneOf: readonly string[] } | { readonly any: true };

export interface MountView {
  volume: string;
  mountPath: string;
  readOnly: boolean;
  subPath?: string;
}

export interface PortView {
  name?: string;
  containerPort: number | string;
  protocol: string;
}

export interface ContainerView {
  name: string;
  image?: string;
  role: Role;
  list: ContainerList;
  /** Index in its list (`containers` or `initContainers`). */
  index: number;
  /** Path of the container inside its document, e.g. `spec.template.spec.containers[1]`. */
  path: Path;
  ports: PortView[];
  mounts: MountView[];
}

export interface VolumeView {
  name: string;
  /** The volume source key (`emptyDir`, `configMap`, `persistentVolumeClaim`, …), or `volumeClaimTemplate`. */
  source: string;
  path: Path;
  /** Names of containers that mount this volume. */
  mountedBy: string[];
}

export interface NamespaceFlags {
  shareProcessNamespace: boolean;
  hostNetwork: boolean;
  hostPID: boolean;
  hostIPC: boolean;
  /** `undefined` when the field is not set (the default: true). */
  hostUsers?: boolean;
  /** The Kubernetes namespace (`metadata.namespace`), if set. */
  namespace?: string;
}

/** One workload's pod, as the canvas shows it. */
export interface PodView {
  /** Index of the document in the multi-document text. */
  document: number;
  kind: WorkloadKind;
  apiVersion: string;
  name: string;
  /** Path of the pod template (`[]` for a Pod, `['spec','template']` for a Deployment, …). */
  templatePath: Path;
  /** Path of the pod spec. */
  specPath: Path;
  /** Init containers (and native sidecars) in list order, then `containers` in list order. */
  containers: ContainerView[];
  volumes: VolumeView[];
  namespaces: NamespaceFlags;
}

/** A document of the design that is not a workload (Service, ConfigMap, …) or not Kubernetes at all. */
export interface ObjectView {
  document: number;
  apiVersion?: string;
  kind?: string;
  name?: string;
}

export interface DesignView {
  workloads: PodView[];
  /** Every document that is not a workload, in order. */
  objects: ObjectView[];
}
