// What a pod reserves: its effective requests and limits per resource, computed the way the
// scheduler does (component-helpers `PodRequests` / `PodLimits`, KEP-753; validation.md §2.1).
// App containers and native sidecars run together for the pod's whole life; each init container
// runs alone beside the sidecars started before it. The pod needs the larger of the two, plus the
// RuntimeClass overhead.

import type { ExactValue } from '../pod/quantity.ts';
import { addValues, compareValues, printResource, ZERO_VALUE } from '../pod/quantity-api.ts';
import type { PodView, Role } from '../pod/types.ts';
import { nativeSidecarsOn, type K8sVersion } from '../validate/versions.ts';
import { isPositive, readAmounts, type ContainerAmounts, type IgnoredAmount } from './amounts.ts';

/** The resources the analysis totals. */
export const RESOURCE_NAMES = ['cpu', 'memory', 'ephemeral-storage'] as const;
export type ResourceName = (typeof RESOURCE_NAMES)[number];

/** Requests per resource, printed as Kubernetes prints them ("1110m", "660Mi"). */
export type RequestAmounts = Partial<Record<ResourceName, string>>;
/** Limits per resource, printed as Kubernetes prints them; `null` means no limit. */
export type LimitAmounts = Partial<Record<ResourceName, string | null>>;

/** A stretch of the pod's life with its own resource use. */
export type Phase =
  /** App containers and native sidecars, running together for the pod's whole life. */
  | { kind: 'running' }
  /** An init container's run, beside the native sidecars started before it. */
  | { kind: 'init'; container: string }
  /** Pod-level `spec.resources` (1.34+), which replaces the containers' sum. */
  | { kind: 'pod-level' };

/** How one pod total (a request or a limit of one resource) comes about. */
export interface Aggregate {
  /** The pod's amount, overhead included; `null` means no limit. */
  total: string | null;
  /** App containers and native sidecars together; `null` when one of them has no limit. */
  running: string | null;
  /** The largest init phase; absent without init containers. */
  largestInit?: { container: string; amount: string | null };
  /** The overhead added to the total, when there is some and it applies. */
  overhead?: string;
  /** The phase that sets the total; absent when there is no limit. */
  dominant?: Phase;
  /** Containers that set no limit (limits only), which leaves the pod without one. */
  unlimited: string[];
}

/** The request and the limit of one resource. */
export interface ResourceTotals {
  resource: ResourceName;
  request: Aggregate;
  limit: Aggregate;
}

/** One container's part. */
export interface ContainerResources {
  name: string;
  /** The role the design gives it. */
  role: Role;
  /** How the target version runs it: without native sidecars, a native sidecar is a plain init container. */
  runsAs: Role;
  /** Its requests as the scheduler sees them (a missing request defaults to the limit). */
  requests: RequestAmounts;
  /** Its limits; a resource left out has no limit. */
  limits: RequestAmounts;
  /** Requests it leaves out but gets from its limit at Pod creation. */
  defaulted: ResourceName[];
  /** For init containers and native sidecars: what its init phase uses (itself and the sidecars before it). */
  initPhase?: { requests: RequestAmounts; limits: LimitAmounts };
}

/** A pod's effective resources. */
export interface PodResources {
  /** Pod requests: cpu and memory always, ephemeral-storage when anything mentions it. */
  requests: RequestAmounts;
  /** Pod limits for the same resources; `null` means no limit. */
  limits: LimitAmounts;
  /** How each total comes about, in the order of `RESOURCE_NAMES`. */
  totals: ResourceTotals[];
  /** Every container, init containers first, in list order. */
  containers: ContainerResources[];
  /** Whether the target version runs native sidecars (1.29+). */
  nativeSidecars: boolean;
  /** Whether pod-level `spec.resources` applies (1.34+). */
  podLevel: boolean;
  /** Values left out because the API server would refuse them. */
  ignored: IgnoredAmount[];
}

type Kind = 'requests' | 'limits';
/** An amount, or `null` for no limit. */
type Value = ExactValue | null;

/** One resource's walk over the containers: what runs all along, and each init container's phase. */
interface Walk {
  running: Value;
  /** By index in the containers; `undefined` for app containers. */
  phases: (Value | undefined)[];
}

/**
 * The effective requests and limits of a workload's pod per resource (cpu, memory,
 * ephemeral-storage) on a target Kubernetes version, as the scheduler computes them:
 * `max(apps + native sidecars, largest init phase) + overhead`, where an init container's phase
 * holds the native sidecars started before it. Before 1.29 native sidecars are plain init
 * containers. A missing request defaults to the limit; a limit is `null` (no limit) when any
 * container leaves it unlimited, and overhead is added only to a limit that exists. Pod-level
 * `spec.resources` (1.34+) replaces the containers' cpu and memory.
 */
export function podResources(pod: PodView, value: unknown, k8s: K8sVersion): PodResources {
  const amounts = readAmounts(pod, value, k8s);
  const native = nativeSidecarsOn(k8s);
  const list = amounts.containers;
  const isSidecar = (c: ContainerAmounts) => native && c.view.role === 'native-sidecar';
  const mentioned = (r: ResourceName) =>
    list.some((c) => r in c.requests || r in c.limits) || r in amounts.overhead;
  const resources = RESOURCE_NAMES.filter((r) => r !== 'ephemeral-storage' || mentioned(r));

  // One container's amount: a request defaults to the limit; a zero limit is no limit (kubelet).
  const own = (c: ContainerAmounts, r: ResourceName, kind: Kind): Value => {
    if (kind === 'requests') return c.requests[r] ?? c.limits[r] ?? ZERO_VALUE;
    const limit = c.limits[r];
    return isPositive(limit) ? limit : null;
  };

  const walk = (r: ResourceName, kind: Kind): Walk => {
    let running: Value = ZERO_VALUE;
    let sidecars: Value = ZERO_VALUE;
    const phases = list.map((c) => {
      const v = own(c, r, kind);
      if (c.view.list === 'containers' || isSidecar(c)) running = sum(running, v);
      if (c.view.list !== 'initContainers') return undefined;
      if (!isSidecar(c)) return sum(v, sidecars);
      sidecars = sum(sidecars, v);
      return sidecars;
    });
    return { running, phases };
  };

  // Pod-level cpu and memory replace the sum; a pod-level request defaults to the pod-level limit.
  const podLevel = (r: ResourceName, kind: Kind): ExactValue | undefined => {
    const level = amounts.podLevel;
    if (!level || r === 'ephemeral-storage') return undefined;
    const limit = isPositive(level.limits[r]) ? level.limits[r] : undefined;
    return kind === 'requests' ? (level.requests[r] ?? limit) : limit;
  };

  const aggregate = (r: ResourceName, kind: Kind, { running, phases }: Walk): Aggregate => {
    let largest: { container: string; amount: Value } | undefined;
    phases.forEach((phase, i) => {
      if (phase === undefined) return;
      if (!largest || more(phase, largest.amount))
        largest = { container: list[i]!.view.name, amount: phase };
    });
    const initWins = largest !== undefined && more(largest.amount, running);
    let total: Value = initWins ? largest!.amount : running;
    let dominant: Phase | undefined = initWins
      ? { kind: 'init', container: largest!.container }
      : { kind: 'running' };
    const pod = podLevel(r, kind);
    if (pod) {
      total = pod;
      dominant = { kind: 'pod-level' };
    }
    if (total === null) dominant = undefined;
    const extra = amounts.overhead[r];
    // Overhead goes onto every request, but onto a limit only where the pod has one.
    const addsOverhead =
      extra !== undefined && total !== null && (kind === 'requests' || isPositive(total));
    if (addsOverhead) total = addValues(total!, extra);
    const unlimited =
      kind === 'limits' && !pod
        ? list.filter((c) => own(c, r, kind) === null).map((c) => c.view.name)
        : [];
    return {
      total: print(r, total),
      running: print(r, running),
      ...(largest
        ? { largestInit: { container: largest.container, amount: print(r, largest.amount) } }
        : {}),
      ...(addsOverhead ? { overhead: printResource(r, extra) } : {}),
      ...(dominant ? { dominant } : {}),
      unlimited,
    };
  };

  const walks = resources.map((r) => ({
    r,
    requests: walk(r, 'requests'),
    limits: walk(r, 'limits'),
  }));
  const totals = walks.map((w): ResourceTotals => ({
    resource: w.r,
    request: aggregate(w.r, 'requests', w.requests),
    limit: aggregate(w.r, 'limits', w.limits),
  }));

  const containers = list.map((c, i): ContainerResources => {
    const requests: RequestAmounts = {};
    const limits: RequestAmounts = {};
    const defaulted: ResourceName[] = [];
    for (const r of resources) {
      if (r in c.requests || r in c.limits) requests[r] = print(r, own(c, r, 'requests'))!;
      const limit = own(c, r, 'limits');
      if (limit) limits[r] = printResource(r, limit);
      if (!(r in c.requests) && r in c.limits) defaulted.push(r);
    }
    const runsAs: Role = c.view.role === 'native-sidecar' && !native ? 'init' : c.view.role;
    const out: ContainerResources = {
      name: c.view.name,
      role: c.view.role,
      runsAs,
      requests,
      limits,
      defaulted,
    };
    if (c.view.list !== 'initContainers') return out;
    const phase = { requests: {} as RequestAmounts, limits: {} as LimitAmounts };
    for (const w of walks) {
      phase.requests[w.r] = print(w.r, w.requests.phases[i]!)!;
      phase.limits[w.r] = print(w.r, w.limits.phases[i]!);
    }
    return { ...out, initPhase: phase };
  });

  const requests: RequestAmounts = {};
  const limits: LimitAmounts = {};
  for (const t of totals) {
    requests[t.resource] = t.request.total ?? '0';
    limits[t.resource] = t.limit.total;
  }
  return {
    requests,
    limits,
    totals,
    containers,
    nativeSidecars: native,
    podLevel: amounts.podLevel !== undefined,
    ignored: amounts.ignored,
  };
}

/** `a + b`, where `null` (no limit) absorbs anything. */
function sum(a: Value, b: Value): Value {
  return a === null || b === null ? null : addValues(a, b);
}

/** True when `a` is more than `b`; no limit is more than any amount. */
function more(a: Value, b: Value): boolean {
  if (a === null) return b !== null;
  return b !== null && compareValues(a, b) > 0;
}

function print(r: ResourceName, v: Value): string | null {
  return v === null ? null : printResource(r, v);
}
