import { formatPath, type Path } from '../../yaml/path.ts';
import { isObj, listOf, quote, type Obj, type Report, type RuleFamily } from '../context.ts';
import type { WorkloadContext } from '../context.ts';
import { PORT_NUMBER_MESSAGE, portNameError } from '../messages.ts';
import { hostPortOf, isPortNumber, samePorts } from '../../pod/port-clash.ts';
import { freePortName, portNamesOf } from '../remedies.ts';
import { podContainers, runsAlongside, type PodContainer } from './each.ts';
import { declared, hostPorts } from './hostports.ts';

// Container ports: validateContainerPorts (numbers, names, uniqueness of names within a container)
// and the API warnings of pkg/api/pod/warnings.go about the same port declared twice. All
// containers of a pod share one network namespace, so a port is the pod's, not the container's.

/** One entry of a container's `ports`, with where it is. */
export interface PortEntry {
  container: PodContainer;
  raw: Obj;
  path: Path;
}

/** Every port object of every container, in the API's visiting order. */
export function portEntries(all: PodContainer[]): PortEntry[] {
  const out: PortEntry[] = [];
  for (const container of all)
    listOf(container.raw.ports).forEach((raw, i) => {
      if (isObj(raw)) out.push({ container, raw, path: [...container.view.path, 'ports', i] });
    });
  return out;
}

/** containerPort and hostPort ranges (types and the protocol enum are the schema's). */
function numbers(ctx: WorkloadContext, port: PortEntry, report: Report): void {
  const { containerPort, hostPort } = port.raw;
  const at = (field: string) => [...port.path, field];
  // A missing containerPort is the API's `Required value` too (the schema's finding is dropped).
  if (containerPort === undefined || containerPort === null || containerPort === 0)
    report({
      ruleId: 'port-basic-fields',
      severity: 'error',
      document: ctx.document,
      path: at('containerPort'),
      detail: 'Required value',
    });
  else if (typeof containerPort === 'number' && !isPortNumber(containerPort))
    report({
      ruleId: 'port-basic-fields',
      severity: 'error',
      document: ctx.document,
      path: at('containerPort'),
      detail: `Invalid value: ${containerPort}: ${PORT_NUMBER_MESSAGE}`,
    });
  if (typeof hostPort === 'number' && hostPort !== 0 && !isPortNumber(hostPort))
    report({
      ruleId: 'port-basic-fields',
      severity: 'error',
      document: ctx.document,
      path: at('hostPort'),
      detail: `Invalid value: ${hostPort}: ${PORT_NUMBER_MESSAGE}`,
    });
}

/**
 * Port names: each an IANA service name, unique within its container (error). The API checks no
 * further, but a named port stands for the pod (a Service's `targetPort: http`), so the same name
 * in two running containers is ambiguous (warning).
 */
function portNames(ctx: WorkloadContext, ports: PortEntry[], report: Report): void {
  const inPod = new Map<string, PortEntry>();
  const inContainer = new Map<PodContainer, Set<string>>();
  const taken = portNamesOf(ports.map((p) => p.raw));
  for (const port of ports) {
    const name = port.raw.name;
    if (typeof name !== 'string' || name === '') continue;
    const path = [...port.path, 'name'];
    const problem = portNameError(name);
    if (problem) {
      report({
        ruleId: 'port-name-iana',
        severity: 'error',
        document: ctx.document,
        path,
        detail: `Invalid value: ${quote(name)}: ${problem}`,
      });
      continue;
    }
    const own = inContainer.get(port.container) ?? new Set<string>();
    inContainer.set(port.container, own);
    if (own.has(name)) {
      // Within one container the later port is the duplicate: references to the name (probes,
      // Services) keep meaning the first. Across containers neither is clearly the one to rename.
      report({
        ruleId: 'port-name-duplicate',
        severity: 'error',
        document: ctx.document,
        path,
        detail: `Duplicate value: ${quote(name)}`,
        ...(freePortName(name, taken) ? { fix: 'rename-duplicate-port' as const } : {}),
      });
      continue;
    }
    own.add(name);
    if (!runsAlongside(port.container.view)) continue;
    const other = inPod.get(name);
    if (other)
      report({
        ruleId: 'port-name-duplicate',
        severity: 'warning',
        document: ctx.document,
        path,
        detail: `Duplicate value: ${quote(name)}: already the name of a port of container ${quote(other.container.view.name)} (${formatPath(other.path)}); port names should be unique within the pod, or a Service's named targetPort is ambiguous`,
      });
    else inPod.set(name, port);
  }
}

/**
 * The same containerPort and protocol declared twice among the containers that run together (the
 * API warns about every pair; a regular init container never runs beside the others, so its ports
 * cannot clash). Declarations that differ by hostPort or hostIP are not duplicates; a shared
 * hostPort is {@link hostPorts}'s error.
 */
function duplicatePorts(ctx: WorkloadContext, ports: PortEntry[], report: Report): void {
  for (const { index, other, key, sameContainer, sameHost } of samePorts(declared(ports))) {
    const port = ports[index]!;
    const same = ports[other]!;
    if (!sameHost || hostPortOf(port.raw) !== 0) continue;
    report({
      ruleId: 'port-duplicate-across-containers',
      severity: 'warning',
      document: ctx.document,
      path: port.path,
      detail:
        `duplicate port definition with ${formatPath(same.path)}` +
        (sameContainer
          ? ''
          : `: containers share the pod's network, so ${quote(port.container.view.name)} and ${quote(same.container.view.name)} cannot both listen on ${key}`),
    });
  }
}

/** Container ports: numbers, names, duplicates, host ports. */
export const ports: RuleFamily = {
  ids: [
    'port-basic-fields',
    'port-name-iana',
    'port-name-duplicate',
    'port-duplicate-across-containers',
    'port-hostport-conflict',
    'port-hostnetwork-hostport-mismatch',
  ],
  workload(ctx, report) {
    const entries = portEntries(podContainers(ctx));
    if (entries.length === 0) return;
    for (const port of entries) numbers(ctx, port, report);
    portNames(ctx, entries, report);
    duplicatePorts(ctx, entries, report);
    hostPorts(ctx, entries, report);
  },
};
