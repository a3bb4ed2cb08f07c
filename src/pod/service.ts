import type { PodView } from './types.ts';
import { getPath } from './view.ts';

/** The Service types a form offers; Headless is a ClusterIP Service with `clusterIP: None`. */
export type ServiceKind = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'Headless' | 'ExternalName';

/** What kind of Service a Service document is (type ClusterIP by default). */
export function serviceTypeOf(service: unknown): ServiceKind {
  const type = getPath(service, ['spec', 'type']);
  if (type === 'NodePort' || type === 'LoadBalancer' || type === 'ExternalName') return type;
  return getPath(service, ['spec', 'clusterIP']) === 'None' ? 'Headless' : 'ClusterIP';
}

/** The range the API server allocates node ports from by default (--service-node-port-range). */
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

/** Why `raw` is not a usable nodePort, or `undefined`. */
export function nodePortProblem(raw: string): string | undefined {
  if (!/^\d+$/.test(raw)) return 'Enter a whole number.';
  const n = Number(raw);
  if (n < NODE_PORT_MIN || n > NODE_PORT_MAX)
    return `A nodePort must be between ${NODE_PORT_MIN} and ${NODE_PORT_MAX}.`;
  return undefined;
}

/** A container port a Service can send traffic to. */
export interface PortTarget {
  /** What `targetPort` holds to reach it: the port's name when it has one (it survives renumbering). */
  value: string | number;
  container: string;
  containerPort: number | string;
  protocol: string;
  name?: string;
}

/** Ports of the pod's long-running containers (not init containers), named ones first-class. */
export function portTargets(pod: PodView): PortTarget[] {
  return pod.containers
    .filter((c) => c.role !== 'init')
    .flatMap((c) =>
      c.ports.map((p) => ({
        value: p.name ?? p.containerPort,
        container: c.name,
        containerPort: p.containerPort,
        protocol: p.protocol,
        ...(p.name ? { name: p.name } : {}),
      })),
    );
}

/**
 * The container port a Service port's `targetPort` reaches (by name or number), or `undefined`
 * when no container of the pod offers it. A missing targetPort means the same number as `port`.
 * Like the endpoints controller (FindPort), a name is looked up in `containers` first, then in the
 * native sidecars; with `protocol`, only ports of that protocol count (the Service port's own).
 */
export function resolveTargetPort(
  pod: PodView,
  targetPort: unknown,
  port: unknown,
  protocol?: string,
): PortTarget | undefined {
  const wanted = targetPort ?? port;
  const apps = pod.containers.filter((c) => c.list === 'containers');
  const others = pod.containers.filter((c) => c.list !== 'containers');
  const targets = portTargets({ ...pod, containers: [...apps, ...others] }).filter(
    (t) => protocol === undefined || t.protocol === protocol,
  );
  if (typeof wanted === 'string' && !/^\d+$/.test(wanted))
    return targets.find((t) => t.name === wanted);
  return targets.find((t) => Number(t.containerPort) === Number(wanted));
}
