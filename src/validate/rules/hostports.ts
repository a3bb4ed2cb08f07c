import { formatPath } from '../../yaml/path.ts';
import { quote, type Report, type WorkloadContext } from '../context.ts';
import type { PodContainer } from './each.ts';
import type { PortEntry } from './ports.ts';

// Host ports (AccumulateUniqueHostPorts, checkHostPortConflicts, validatePodHostNetworkDeps).

/** `protocol/hostIP/hostPort`, the API's key for a host port, or `undefined` when none is set. */
function hostKey(port: PortEntry): string | undefined {
  const { hostPort, hostIP, protocol } = port.raw;
  if (typeof hostPort !== 'number' || hostPort === 0) return undefined;
  const proto = typeof protocol === 'string' && protocol !== '' ? protocol : 'TCP';
  return `${proto}/${typeof hostIP === 'string' ? hostIP : ''}/${hostPort}`;
}

/**
 * Two declarations of the same host port. The API refuses it among `containers`, and within one
 * init container (init containers are checked one by one, since they run one by one). A native
 * sidecar runs beside the app containers and the other sidecars, though, so its host ports clash
 * with theirs at runtime: a warning, as the API lets it through.
 */
function conflicts(ctx: WorkloadContext, ports: PortEntry[], report: Report): void {
  const apps = new Map<string, PortEntry>();
  const own = new Map<PodContainer, Set<string>>();
  const running = new Map<string, PortEntry>();
  for (const port of ports) {
    const key = hostKey(port);
    if (!key) continue;
    const { view } = port.container;
    const path = [...port.path, 'hostPort'];
    const mine = own.get(port.container) ?? new Set<string>();
    own.set(port.container, mine);
    const error = view.list === 'containers' ? apps.get(key) : mine.has(key) ? port : undefined;
    if (error) {
      report({
        ruleId: 'port-hostport-conflict',
        severity: 'error',
        document: ctx.document,
        path,
        detail: `Duplicate value: ${quote(key)}`,
      });
    } else if (view.role !== 'init') {
      const other = running.get(key);
      if (other && other.container !== port.container)
        report({
          ruleId: 'port-hostport-conflict',
          severity: 'warning',
          document: ctx.document,
          path,
          detail: `Duplicate value: ${quote(key)}: ${quote(other.container.view.name)} (${formatPath(other.path)}) runs at the same time and binds the same host port; the API checks each init container on its own, but a native sidecar runs beside the others`,
        });
    }
    mine.add(key);
    if (view.list === 'containers' && !apps.has(key)) apps.set(key, port);
    if (view.role !== 'init' && !running.has(key)) running.set(key, port);
  }
}

/** With `hostNetwork: true` a container's port is the node's port: a different hostPort is refused. */
function hostNetwork(ctx: WorkloadContext, ports: PortEntry[], report: Report): void {
  if (ctx.spec.hostNetwork !== true) return;
  for (const port of ports) {
    if (port.container.view.list !== 'containers') continue; // the API checks these only
    const { hostPort, containerPort } = port.raw;
    // 0 (unset) is defaulted to containerPort when the pod is created.
    if (typeof hostPort !== 'number' || hostPort === 0 || hostPort === containerPort) continue;
    if (typeof containerPort !== 'number') continue;
    report({
      ruleId: 'port-hostnetwork-hostport-mismatch',
      severity: 'error',
      document: ctx.document,
      path: [...port.path, 'hostPort'],
      detail: `Invalid value: ${hostPort}: must match \`containerPort\` when \`hostNetwork\` is true`,
    });
  }
}

/** Host port conflicts and the hostNetwork rule. */
export function hostPorts(ctx: WorkloadContext, ports: PortEntry[], report: Report): void {
  conflicts(ctx, ports, report);
  hostNetwork(ctx, ports, report);
}
