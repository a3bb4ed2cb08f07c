import { formatPath } from '../../yaml/path.ts';
import { hostNetworkMismatches, hostPortClashes, type DeclaredPort } from '../../pod/port-clash.ts';
import { quote, type Report, type WorkloadContext } from '../context.ts';
import type { PortEntry } from './ports.ts';

// Host ports (AccumulateUniqueHostPorts, checkHostPortConflicts, validatePodHostNetworkDeps).

/** The entries as the shared port helpers (src/pod/port-clash.ts) take them. */
export const declared = (ports: readonly PortEntry[]): DeclaredPort[] =>
  ports.map((p) => ({ container: p.container.view, raw: p.raw }));

/**
 * Two declarations of the same host port. The API refuses it among `containers`, and within one
 * init container (init containers are checked one by one, since they run one by one). A native
 * sidecar runs beside the app containers and the other sidecars, though, so its host ports clash
 * with theirs at runtime: a warning, as the API lets it through.
 */
function conflicts(ctx: WorkloadContext, ports: PortEntry[], report: Report): void {
  for (const { index, other, key, severity } of hostPortClashes(declared(ports))) {
    const port = ports[index]!;
    const first = ports[other]!;
    report({
      ruleId: 'port-hostport-conflict',
      severity,
      document: ctx.document,
      path: [...port.path, 'hostPort'],
      detail:
        severity === 'error'
          ? `Duplicate value: ${quote(key)}`
          : `Duplicate value: ${quote(key)}: ${quote(first.container.view.name)} (${formatPath(first.path)}) runs at the same time and binds the same host port; the API checks each init container on its own, but a native sidecar runs beside the others`,
    });
  }
}

/** With `hostNetwork: true` a container's port is the node's port: a different hostPort is refused. */
function hostNetwork(ctx: WorkloadContext, ports: PortEntry[], report: Report): void {
  if (ctx.spec.hostNetwork !== true) return;
  for (const index of hostNetworkMismatches(declared(ports))) {
    const port = ports[index]!;
    report({
      ruleId: 'port-hostnetwork-hostport-mismatch',
      severity: 'error',
      document: ctx.document,
      path: [...port.path, 'hostPort'],
      detail: `Invalid value: ${String(port.raw.hostPort)}: must match \`containerPort\` when \`hostNetwork\` is true`,
    });
  }
}

/** Host port conflicts and the hostNetwork rule. */
export function hostPorts(ctx: WorkloadContext, ports: PortEntry[], report: Report): void {
  conflicts(ctx, ports, report);
  hostNetwork(ctx, ports, report);
}
