import {
  hostNetworkMismatches,
  hostPortClashes,
  hostPortOf,
  isPortNumber,
  protocolOf,
  samePorts,
  type DeclaredPort,
} from '../pod/port-clash.ts';
import type { PodView, Role } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import { DEFAULT_K8S_VERSION, nativeSidecarsOn, type K8sVersion } from '../validate/versions.ts';
import type { Path } from '../yaml/path.ts';
import { hostEffects, type HostNetworkEffects } from './network-host.ts';
import { processMap, type ProcessMap } from './processes.ts';
import { serviceRoutes, type ServiceDocument, type ServiceRoute } from './network-services.ts';

export type { HostNetworkEffects, HostBinding } from './network-host.ts';
export type { ProcessMap, ProcessVisibility } from './processes.ts';
export type { ServiceDocument, ServiceRoute, RouteTarget } from './network-services.ts';
export { designServices } from './network-services.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One entry of a container's `ports`, in the pod's shared network namespace. */
export interface NetworkPort {
  container: string;
  /** The container's role in the design. */
  role: Role;
  name?: string;
  /** The containerPort as written (not a number when the YAML holds something else). */
  port: number | string;
  protocol: string;
  /** The node port it binds: its hostPort, or with hostNetwork its containerPort. */
  hostPort?: number;
  hostIP?: string;
  /**
   * Runs at the same time as the pod's other long-running containers. A regular init container
   * does not (it exits before the next starts), nor does a native sidecar on a version without
   * native sidecars (it runs as a regular init container there).
   */
  concurrent: boolean;
  /** Where the port is in its document. */
  path: Path;
  /** Each conflict this port takes part in, in words; empty when none. */
  conflicts: string[];
}

/** Two or more declarations that cannot all hold. */
export interface PortConflict {
  /**
   * `same-port`: one containerPort and protocol in two containers that run together (or twice in
   * one container); `host-port`: one host port bound twice; `host-network`: a hostPort other than
   * the containerPort with hostNetwork.
   */
  kind: 'same-port' | 'host-port' | 'host-network';
  /** `error`: the API refuses the pod; `warning`: it is accepted but fails when the pod runs. */
  severity: 'error' | 'warning';
  /** Indexes into {@link NetworkMap.ports}, the earlier declaration first. */
  ports: number[];
  message: string;
}

/** A port as `podsmith inspect` prints it. */
export interface PortSummary {
  container: string;
  port: number;
  protocol: string;
  name?: string;
}

/** Who can reach and see whom in one workload's pod. */
export interface NetworkMap {
  /** Every port of every container, init containers first, in list order (the pod view's order). */
  ports: NetworkPort[];
  conflicts: PortConflict[];
  /** Each port of each Service of the design that selects the pod, and where it lands. */
  services: ServiceRoute[];
  host: HostNetworkEffects;
  processes: ProcessMap;
  /** The ports with a valid number, for the CLI's JSON `ports`. */
  portList: PortSummary[];
}

/**
 * The pod as a cluster of version `k8s` runs it: where native sidecars are off, `restartPolicy:
 * Always` is dropped (or refused) and a native sidecar is a regular init container.
 */
export function podAsRun(pod: PodView, k8s: K8sVersion): PodView {
  if (nativeSidecarsOn(k8s) || !pod.containers.some((c) => c.role === 'native-sidecar')) return pod;
  return {
    ...pod,
    containers: pod.containers.map((c) =>
      c.role === 'native-sidecar' ? { ...c, role: 'init' } : c,
    ),
  };
}

const q = (s: string) => JSON.stringify(s);
const portWords = (p: NetworkPort) => `${String(p.port)}/${p.protocol}`;

/** Every object entry of every container's `ports`, aligned with the declarations the helpers take. */
function declaredPorts(run: PodView, design: PodView, value: unknown) {
  const ports: NetworkPort[] = [];
  const declared: DeclaredPort[] = [];
  run.containers.forEach((c, i) => {
    const raw = getPath(value, c.path);
    const list = isObj(raw) && Array.isArray(raw.ports) ? raw.ports : [];
    list.forEach((p: unknown, n) => {
      if (!isObj(p)) return;
      const hostPort = hostPortOf(p);
      const containerPort = p.containerPort;
      ports.push({
        container: c.name,
        role: design.containers[i]!.role,
        ...(typeof p.name === 'string' && p.name !== '' ? { name: p.name } : {}),
        port:
          typeof containerPort === 'number' || typeof containerPort === 'string'
            ? containerPort
            : '',
        protocol: protocolOf(p),
        ...(hostPort !== 0 ? { hostPort } : {}),
        ...(typeof p.hostIP === 'string' && p.hostIP !== '' ? { hostIP: p.hostIP } : {}),
        concurrent: c.role !== 'init',
        path: [...c.path, 'ports', n],
        conflicts: [],
      });
      declared.push({ container: c, raw: p });
    });
  });
  return { ports, declared };
}

function findConflicts(ports: NetworkPort[], declared: DeclaredPort[], hostNetwork: boolean) {
  const out: PortConflict[] = [];
  for (const s of samePorts(declared)) {
    const [a, b] = [ports[s.other]!, ports[s.index]!];
    // One container may expose one port on two host addresses: not a conflict.
    if (s.sameContainer && !s.sameHost) continue;
    // The same host port too: the host port clash below says it.
    if (s.sameHost && hostPortOf(declared[s.index]!.raw) !== 0) continue;
    out.push({
      kind: 'same-port',
      severity: 'warning',
      ports: [s.other, s.index],
      message: s.sameContainer
        ? `${q(a.container)} declares ${s.key} twice`
        : `${q(a.container)} and ${q(b.container)} both listen on ${s.key}: containers share the ${hostNetwork ? "node's" : "pod's"} network, so only one of them can bind it and the other fails to start listening`,
    });
  }
  for (const h of hostPortClashes(declared)) {
    const [a, b] = [ports[h.other]!, ports[h.index]!];
    const port = `host port ${b.hostPort}/${b.protocol}${b.hostIP ? ` on ${b.hostIP}` : ''}`;
    out.push({
      kind: 'host-port',
      severity: h.severity,
      ports: [h.other, h.index],
      message:
        a.container === b.container
          ? `${q(a.container)} binds ${port} twice: the API refuses the pod`
          : h.severity === 'error'
            ? `${q(a.container)} and ${q(b.container)} both bind ${port}: the API refuses the pod`
            : `${q(a.container)} and ${q(b.container)} both bind ${port} and run at the same time: the API accepts it, but the second cannot bind it`,
    });
  }
  if (hostNetwork)
    for (const i of hostNetworkMismatches(declared)) {
      const p = ports[i]!;
      out.push({
        kind: 'host-network',
        severity: 'error',
        ports: [i],
        message: `${q(p.container)} port ${portWords(p)} has hostPort ${p.hostPort}: with hostNetwork the hostPort must equal the containerPort, so the API refuses the pod`,
      });
    }
  for (const c of out) for (const i of c.ports) ports[i]!.conflicts.push(c.message);
  return out;
}

/**
 * The network and process map of one workload's pod: every port of every container in the pod's
 * shared network namespace with its conflicts (the same port in two containers that run together,
 * host port clashes, hostNetwork mismatches, found by the same helpers as the validation rules),
 * where each port of the design's Services that select the pod lands, what hostNetwork and
 * hostPort do on the node, and which containers see each other's processes.
 *
 * `value` is the workload's document; `services` the design's Service documents (see
 * {@link designServices}); `k8s` the target version (native sidecars run beside the app
 * containers from 1.29 only).
 */
export function networkMap(
  pod: PodView,
  value: unknown,
  services: readonly ServiceDocument[] = [],
  k8s: K8sVersion = DEFAULT_K8S_VERSION,
): NetworkMap {
  const run = podAsRun(pod, k8s);
  const { ports, declared } = declaredPorts(run, pod, value);
  const hostNetwork = pod.namespaces.hostNetwork;
  if (hostNetwork)
    for (const p of ports)
      if (p.hostPort === undefined && isPortNumber(p.port)) p.hostPort = p.port;
  const conflicts = findConflicts(ports, declared, hostNetwork);
  return {
    ports,
    conflicts,
    services: serviceRoutes(run, value, services, k8s),
    host: hostEffects(pod, value, ports),
    processes: processMap(run),
    portList: ports
      .filter((p): p is NetworkPort & { port: number } => isPortNumber(p.port))
      .map((p) => ({
        container: p.container,
        port: p.port,
        protocol: p.protocol,
        ...(p.name ? { name: p.name } : {}),
      })),
  };
}
