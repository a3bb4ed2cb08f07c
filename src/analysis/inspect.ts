// One place that runs every analysis of a design, for `podsmith inspect`: the same functions the
// app's "Pod analysis" region calls, so the CLI and the app cannot disagree.

import type { PodView, Role, WorkloadKind } from '../pod/types.ts';
import { designView } from '../pod/view.ts';
import { DEFAULT_K8S_VERSION, type K8sVersion } from '../validate/versions.ts';
import type { ParsedDesign } from '../yaml/parse.ts';
import { podLifecycle, type Lifecycle } from './lifecycle.ts';
import { designServices, networkMap, type NetworkMap } from './network.ts';
import { podQos, type PodQos, type QosClass } from './qos.ts';
import {
  RESOURCE_NAMES,
  podResources,
  type LimitAmounts,
  type PodResources,
  type RequestAmounts,
} from './resources.ts';

/** Every analysis of one workload's pod, for one target version. */
export interface WorkloadAnalysis {
  pod: PodView;
  resources: PodResources;
  qos: PodQos;
  lifecycle: Lifecycle;
  network: NetworkMap;
}

/** Every workload of a design, analysed for one target version. */
export interface DesignAnalysis {
  k8s: K8sVersion;
  /** In document order. */
  workloads: WorkloadAnalysis[];
}

/** One workload in `podsmith inspect --format json`. */
export interface InspectWorkload {
  /** Index of the YAML document in its file, from 0. */
  document: number;
  kind: WorkloadKind;
  name: string;
  /** Every container, init containers first, in list order, with its role in the design. */
  containers: { name: string; role: Role }[];
  /**
   * The pod's effective requests and limits, printed as Kubernetes prints them; a `null` limit
   * means no limit. cpu and memory always; ephemeral-storage only when a container or the
   * overhead sets it.
   */
  resources: { requests: RequestAmounts; limits: LimitAmounts };
  qos: QosClass;
  /** Container names grouped by start-up step, in order. */
  startup: string[][];
  /** Container names grouped by shut-down step, in order. */
  shutdown: string[][];
  /** Every declared port with a valid number. */
  ports: { container: string; port: number; protocol: string; name?: string }[];
}

/** The whole of `podsmith inspect --format json`. */
export interface InspectReport {
  workloads: InspectWorkload[];
}

/**
 * Analyses every workload of a parsed design for a target version (default 1.34): effective
 * resources, QoS class, start-up and shut-down, ports and the Services that reach them.
 * Documents that failed to parse are skipped (they have no value); callers that must not give a
 * partial answer check `parsedOk` first.
 */
export function analyseDesign(
  parsed: ParsedDesign,
  { k8s = DEFAULT_K8S_VERSION }: { k8s?: K8sVersion } = {},
): DesignAnalysis {
  const view = designView(parsed);
  const services = designServices(parsed.values, view.objects);
  const workloads = view.workloads.map((pod): WorkloadAnalysis => {
    const value = parsed.values[pod.document];
    return {
      pod,
      resources: podResources(pod, value, k8s),
      qos: podQos(pod, value, k8s),
      lifecycle: podLifecycle(pod, value, k8s),
      network: networkMap(pod, value, services, k8s),
    };
  });
  return { k8s, workloads };
}

/** One workload's analysis in the JSON shape, keys in a fixed order so the output is stable. */
export function inspectWorkload(analysis: WorkloadAnalysis): InspectWorkload {
  const { pod, resources, qos, lifecycle, network } = analysis;
  const requests: RequestAmounts = {};
  const limits: LimitAmounts = {};
  for (const r of RESOURCE_NAMES) {
    if (r in resources.requests) requests[r] = resources.requests[r];
    if (r in resources.limits) limits[r] = resources.limits[r];
  }
  return {
    document: pod.document,
    kind: pod.kind,
    name: pod.name,
    containers: pod.containers.map((c) => ({ name: c.name, role: c.role })),
    resources: { requests, limits },
    qos: qos.qosClass,
    startup: lifecycle.startup,
    shutdown: lifecycle.shutdown,
    ports: network.portList.map((p) => ({
      container: p.container,
      port: p.port,
      protocol: p.protocol,
      ...(p.name !== undefined ? { name: p.name } : {}),
    })),
  };
}

/**
 * What `podsmith inspect --format json` prints for a parsed design: per workload, its containers
 * and roles, effective requests and limits (`null`: no limit), QoS class, start-up and shut-down
 * steps, and ports, on the target version (default 1.34).
 */
export function inspectDesign(
  parsed: ParsedDesign,
  options: { k8s?: K8sVersion } = {},
): InspectReport {
  return { workloads: analyseDesign(parsed, options).workloads.map(inspectWorkload) };
}
