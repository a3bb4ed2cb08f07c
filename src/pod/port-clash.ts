import type { ContainerView } from './types.ts';

// Which declared container ports clash, shared by the validation rules (src/validate/rules/ports.ts,
// hostports.ts) and the network analysis (src/analysis/network.ts). All containers of a pod share
// one network namespace, so a port is the pod's, not the container's. Keys follow the API's
// (AccumulateUniqueHostPorts, pkg/api/pod/warnings.go).

type Obj = Record<string, unknown>;

/** One entry of a container's `ports`: the container it belongs to and the plain value. */
export interface DeclaredPort {
  container: ContainerView;
  raw: Obj;
}

/** Two declarations that clash: indexes into the list given, `other` the earlier one. */
export interface PortPair {
  index: number;
  other: number;
}

/** True for a container port or host port number the API accepts (1-65535). */
export const isPortNumber = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 65535;

/** A port's protocol, TCP when unset (the API's default). */
export function protocolOf(raw: Obj): string {
  return typeof raw.protocol === 'string' && raw.protocol !== '' ? raw.protocol : 'TCP';
}

/** The host port a declaration binds, or 0 when none (unset, null and 0 all mean none). */
export function hostPortOf(raw: Obj): number {
  return typeof raw.hostPort === 'number' ? raw.hostPort : 0;
}

/** `containerPort/protocol` as the API keys ports, or `undefined` when the number is not valid. */
export function portKey(raw: Obj): string | undefined {
  const port = raw.containerPort;
  return isPortNumber(port) ? `${port}/${protocolOf(raw)}` : undefined;
}

/** `protocol/hostIP/hostPort`, the API's key for a host port, or `undefined` when none is set. */
export function hostPortKey(raw: Obj): string | undefined {
  const hostPort = hostPortOf(raw);
  if (hostPort === 0) return undefined;
  return `${protocolOf(raw)}/${typeof raw.hostIP === 'string' ? raw.hostIP : ''}/${hostPort}`;
}

/** The default notion of "runs beside the others": every container but a regular init container. */
const longRunning = (c: ContainerView) => c.role !== 'init';

/** A repeat of a containerPort and protocol among the containers that run at the same time. */
export interface SamePort extends PortPair {
  /** `containerPort/protocol`. */
  key: string;
  /** Both declarations are in one container (a repeat, not two listeners). */
  sameContainer: boolean;
  /** Both also name the same hostPort and hostIP (the API's notion of a duplicate). */
  sameHost: boolean;
}

/**
 * Every later declaration of a containerPort and protocol already declared by a container running
 * at the same time, paired with the first such declaration (the one of the same host mapping when
 * there is one). A regular init container never runs beside the others, so its ports cannot clash;
 * `runs` decides what runs beside the others (by default all but regular init containers).
 */
export function samePorts(
  ports: readonly DeclaredPort[],
  runs: (c: ContainerView) => boolean = longRunning,
): SamePort[] {
  const seen = new Map<string, number[]>();
  const out: SamePort[] = [];
  ports.forEach((port, index) => {
    if (!runs(port.container)) return;
    const key = portKey(port.raw);
    if (!key) return;
    const earlier = seen.get(key) ?? [];
    const host = (p: DeclaredPort) =>
      `${hostPortOf(p.raw)}/${typeof p.raw.hostIP === 'string' ? p.raw.hostIP : ''}`;
    const same = earlier.find((i) => host(ports[i]!) === host(port));
    const other = same ?? earlier[0];
    if (other !== undefined)
      out.push({
        index,
        other,
        key,
        sameContainer: ports[other]!.container === port.container,
        sameHost: same !== undefined,
      });
    earlier.push(index);
    seen.set(key, earlier);
  });
  return out;
}

/** A host port bound twice. */
export interface HostPortClash extends PortPair {
  /** `protocol/hostIP/hostPort`. */
  key: string;
  /**
   * `error`: the API refuses it (twice among `containers`, or twice in one init container, which
   * the API checks one by one as they run one by one); `warning`: the API lets it through but the
   * two run at the same time (a native sidecar beside the app containers), so one fails to bind.
   */
  severity: 'error' | 'warning';
}

/**
 * Host ports declared twice. The API refuses a repeat among `containers` and within one init
 * container; a native sidecar runs beside the app containers and the other sidecars, though, so
 * its host ports clash with theirs at runtime. `runs` decides what runs beside the others.
 */
export function hostPortClashes(
  ports: readonly DeclaredPort[],
  runs: (c: ContainerView) => boolean = longRunning,
): HostPortClash[] {
  const apps = new Map<string, number>();
  const own = new Map<ContainerView, Map<string, number>>();
  const running = new Map<string, number>();
  const out: HostPortClash[] = [];
  ports.forEach((port, index) => {
    const key = hostPortKey(port.raw);
    if (!key) return;
    const view = port.container;
    const mine = own.get(view) ?? new Map<string, number>();
    own.set(view, mine);
    const refused = view.list === 'containers' ? apps.get(key) : mine.get(key);
    if (refused !== undefined) out.push({ index, other: refused, key, severity: 'error' });
    else if (runs(view)) {
      const other = running.get(key);
      if (other !== undefined && ports[other]!.container !== view)
        out.push({ index, other, key, severity: 'warning' });
    }
    if (!mine.has(key)) mine.set(key, index);
    if (view.list === 'containers' && !apps.has(key)) apps.set(key, index);
    if (runs(view) && !running.has(key)) running.set(key, index);
  });
  return out;
}

/**
 * With `hostNetwork: true` a container's port is the node's port, so a hostPort other than the
 * containerPort is refused. The API checks `containers` only; 0 (unset) is defaulted to the
 * containerPort when the pod is created. Returns the indexes of the refused declarations.
 */
export function hostNetworkMismatches(ports: readonly DeclaredPort[]): number[] {
  const out: number[] = [];
  ports.forEach((port, index) => {
    if (port.container.list !== 'containers') return;
    const { containerPort } = port.raw;
    const hostPort = hostPortOf(port.raw);
    if (hostPort === 0 || typeof containerPort !== 'number' || hostPort === containerPort) return;
    out.push(index);
  });
  return out;
}
