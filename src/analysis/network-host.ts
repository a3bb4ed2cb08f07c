import { WORKLOADS } from '../pod/kinds.ts';
import type { PodView } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import type { NetworkPort } from './network.ts';

/** A port opened on the node by the pod. */
export interface HostBinding {
  container: string;
  /** The node's port. */
  hostPort: number;
  /** The container port it leads to. */
  port: number | string;
  protocol: string;
  /** The node address it binds, when one is set (else every address). */
  hostIP?: string;
}

/** What hostNetwork and hostPort do on the node. */
export interface HostNetworkEffects {
  hostNetwork: boolean;
  /** Ports opened on the node: with hostNetwork every declared port, else those with a hostPort. */
  bindings: HostBinding[];
  /** What follows for the pod, in sentences, most important first. */
  effects: string[];
}

/** How many pods the workload asks for at once, when the kind says (`undefined`: one per node or not told). */
function podsWanted(pod: PodView, value: unknown): number | undefined {
  const field = WORKLOADS[pod.kind].podsWantedPath;
  if (!field) return undefined;
  const n = getPath(value, field);
  return typeof n === 'number' && Number.isInteger(n) ? n : 1;
}

const list = (ports: string[]) =>
  ports.length <= 1
    ? (ports[0] ?? '')
    : `${ports.slice(0, -1).join(', ')} and ${ports[ports.length - 1]}`;

/** One pod per node per port: what that means for this workload's pod count. */
function spreading(pod: PodView, value: unknown, ports: string[]): string {
  const them = list(ports);
  const base = `One pod per node per port: a node can run only one pod that binds ${them}, so the scheduler places each of these pods on a different node (its NodePorts check)`;
  if (WORKLOADS[pod.kind].perNode) return `${base}; a ${pod.kind} runs one pod per node anyway.`;
  const n = podsWanted(pod, value);
  if (n !== undefined && n > 1)
    return `${base}: ${n} pods need ${n} nodes with ${ports.length > 1 ? 'these ports' : 'that port'} free, or the rest stay Pending. A rolling update needs a free node too, as the new pod cannot start beside the old one.`;
  return `${base}. A rolling update needs a free node, as the new pod cannot start beside the old one on the same node.`;
}

const bindingWords = (b: HostBinding) => `${b.hostPort}/${b.protocol}`;

/**
 * What the pod does to its node's network. With `hostNetwork` the pod shares the node's network
 * namespace: its ports bind on the node, a hostPort must equal its containerPort, one pod per node
 * per port. Without it, a hostPort forwards a node port to the container port, again one pod per
 * node per host port. `ports` are the pod's ports (a hostNetwork pod's hostPort already filled in).
 */
export function hostEffects(
  pod: PodView,
  value: unknown,
  ports: NetworkPort[],
): HostNetworkEffects {
  const hostNetwork = pod.namespaces.hostNetwork;
  const bindings: HostBinding[] = ports
    .filter((p) => p.hostPort !== undefined)
    .map((p) => ({
      container: p.container,
      hostPort: p.hostPort!,
      port: p.port,
      protocol: p.protocol,
      ...(p.hostIP ? { hostIP: p.hostIP } : {}),
    }));
  const unique = [...new Set(bindings.map(bindingWords))];
  const effects: string[] = [];
  if (hostNetwork) {
    effects.push(
      "The pod uses the node's network (hostNetwork): it has the node's IP, and every port a container listens on opens on the node itself, declared or not.",
      'A hostPort must equal its containerPort (an unset one is set to it when the pod is created).',
    );
    if (unique.length) effects.push(spreading(pod, value, unique));
    effects.push(
      "The containers reach the node's own services on localhost, and anything on the node reaches theirs; they also share the node's ports with every other hostNetwork pod and with the node's daemons.",
    );
    const dns = getPath(value, [...pod.specPath, 'dnsPolicy']);
    if (dns !== 'ClusterFirstWithHostNet' && dns !== 'None')
      effects.push(
        `dnsPolicy is ${typeof dns === 'string' ? dns : 'ClusterFirst (the default)'}: with hostNetwork that uses the node's DNS settings, so cluster Service names do not resolve; set ClusterFirstWithHostNet.`,
      );
    return { hostNetwork, bindings, effects };
  }
  if (!unique.length) {
    effects.push(
      'Nothing binds on the node: the pod has its own network namespace, one IP its containers share, and they reach each other on localhost. Other pods reach it through the pod IP or a Service.',
    );
    return { hostNetwork, bindings, effects };
  }
  effects.push(
    `Host ports open on the node's IP and forward to the container: ${bindings.map((b) => `node ${bindingWords(b)}${b.hostIP ? ` on ${b.hostIP}` : ''} → ${JSON.stringify(b.container)} ${String(b.port)}`).join('; ')}.`,
    spreading(pod, value, unique),
    "The rest of the pod's network is its own: one IP its containers share, reached through the pod IP or a Service.",
  );
  return { hostNetwork, bindings, effects };
}
