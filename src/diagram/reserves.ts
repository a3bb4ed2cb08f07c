// What the pod reserves as bars: per resource, one bar per phase of the pod's life (each init
// container's run, then the containers that run all along, or pod-level resources), scaled to the
// largest, so the phase that sets the pod's request stands out. The amounts come from the
// resource analysis; this only measures them against each other.

import { RESOURCE_WORDS } from '../analysis/resource-words.ts';
import type {
  ContainerResources,
  Phase,
  PodResources,
  ResourceName,
  ResourceTotals,
} from '../analysis/resources.ts';
import { listWords, plural } from '../analysis/words.ts';
import { parseQuantity, toBaseUnits } from '../pod/quantity.ts';
import { addValues, printResource, quantityValue } from '../pod/quantity-api.ts';

/** Resource names as a chart heads its groups. */
const RESOURCE_LABEL: Record<ResourceName, string> = {
  cpu: 'CPU',
  memory: 'Memory',
  'ephemeral-storage': 'Ephemeral storage',
};

/** One phase's request of one resource. */
export interface ReserveBar {
  /** Stable while the phase is the same: `running`, `pod-level`, `init/2`. */
  id: string;
  phase: Phase;
  /** What runs in the phase, in a word or two: "init-db", "Running", "Pod-level". */
  label: string;
  /** Who runs with it or what it is: "with native sidecar mesh-proxy", "app, log and mesh-proxy". */
  detail: string;
  /** The phase's request as Kubernetes prints it; absent when no container of the phase sets one. */
  amount?: string;
  /** The bar's length, 0 to 1 of the largest bar of its resource (0 when not set). */
  fraction: number;
  /** True for the phase that sets the pod's request. */
  sets: boolean;
  /** The accessible name: "CPU, init phase of migrate: 1100m, sets the pod's request". */
  name: string;
}

/** The bars of one resource. */
export interface ReserveGroup {
  resource: ResourceName;
  /** "CPU", "Memory", "Ephemeral storage". */
  label: string;
  /** The pod's request, overhead included. */
  total: string;
  overhead?: string;
  /** True when no container sets a request of this resource. */
  unset: boolean;
  bars: ReserveBar[];
  /** One line under the bars: "Pod request 1110m: the largest phase plus 10m overhead." */
  note: string;
}

/**
 * The pod's requests per phase as bars, one group per resource the analysis totals (CPU and
 * memory, ephemeral-storage when anything asks for it): each init container's phase (itself and
 * the native sidecars started before it), the containers that run all along, and pod-level
 * resources when they set the request. Bars are scaled to the largest of their group; a phase
 * where no container sets a request has no amount rather than a zero bar.
 */
export function reservesOf(resources: PodResources): ReserveGroup[] {
  return resources.totals.map((t) => groupOf(resources, t));
}

function groupOf(resources: PodResources, t: ResourceTotals): ReserveGroup {
  const r = t.resource;
  const set = (c: ContainerResources) => c.requests[r] !== undefined;
  const running = resources.containers.filter(
    (c) => c.runsAs === 'main' || c.runsAs === 'sidecar' || c.runsAs === 'native-sidecar',
  );
  const bars: Omit<ReserveBar, 'fraction' | 'sets' | 'name'>[] = [];

  // A native sidecar's own phase never needs more than the run it joins, so only init containers.
  const sidecars: ContainerResources[] = [];
  resources.containers.forEach((c, i) => {
    if (c.runsAs === 'native-sidecar') sidecars.push(c);
    if (c.runsAs !== 'init' || !c.initPhase) return;
    const before = sidecars.map((s) => s.name);
    const amount = [c, ...sidecars].some(set) ? c.initPhase.requests[r] : undefined;
    bars.push({
      id: `init/${i}`,
      phase: { kind: 'init', container: c.name },
      label: c.name || '(no name)',
      detail: before.length
        ? `init container, with native ${plural(before.length, 'sidecar', 'sidecars')} ${listWords(before)}`
        : 'init container, on its own',
      ...(amount !== undefined ? { amount } : {}),
    });
  });
  const natives = running.some((c) => c.runsAs === 'native-sidecar');
  bars.push({
    id: 'running',
    phase: { kind: 'running' },
    label: 'Running',
    detail: running.length
      ? `${natives ? 'app containers and native sidecars' : 'app containers'}: ${listWords(running.map((c) => c.name))}`
      : 'no app containers',
    ...(running.some(set) && t.request.running !== null ? { amount: t.request.running } : {}),
  });
  if (t.request.dominant?.kind === 'pod-level' && t.request.total !== null)
    bars.push({
      id: 'pod-level',
      phase: { kind: 'pod-level' },
      label: 'Pod-level',
      detail: "spec.resources, in place of the containers' sum",
      amount: withoutOverhead(r, t.request.total, t.request.overhead),
    });

  const values = bars.map((b) => (b.amount === undefined ? 0 : baseUnits(b.amount)));
  const largest = Math.max(0, ...values);
  const setter = settingBar(bars, t.request.dominant);
  const what = RESOURCE_WORDS[r];
  const total = t.request.total ?? '0';
  const unset = bars.every((b) => b.amount === undefined);
  return {
    resource: r,
    label: RESOURCE_LABEL[r],
    total,
    ...(t.request.overhead ? { overhead: t.request.overhead } : {}),
    unset,
    bars: bars.map((b, i) => {
      const sets = i === setter && b.amount !== undefined;
      const amount = b.amount ?? 'not set';
      return {
        ...b,
        fraction: largest > 0 ? values[i]! / largest : 0,
        sets,
        name: `${RESOURCE_LABEL[r]}, ${phaseWords(b.phase)}: ${amount}${sets ? ", sets the pod's request" : ''}`,
      };
    }),
    note: unset
      ? `No container requests ${what}${t.request.overhead ? `: the pod asks only for its ${t.request.overhead} overhead.` : ': the pod reserves none.'}`
      : `Pod request ${total}${t.request.overhead ? `: the phase that sets it plus ${t.request.overhead} pod overhead` : ''}.`,
  };
}

/** The index of the bar of the phase that sets the request, or -1. */
function settingBar(bars: { phase: Phase }[], dominant: Phase | undefined): number {
  if (!dominant) return -1;
  return bars.findIndex(
    (b) =>
      b.phase.kind === dominant.kind &&
      (dominant.kind !== 'init' ||
        (b.phase.kind === 'init' && b.phase.container === dominant.container)),
  );
}

function phaseWords(phase: Phase): string {
  if (phase.kind === 'init') return `init phase of ${phase.container}`;
  return phase.kind === 'pod-level' ? 'pod-level resources' : 'running all along';
}

/** An amount in base units (cores, bytes), close enough to draw. */
function baseUnits(amount: string): number {
  const q = parseQuantity(amount);
  return q ? Number(toBaseUnits(q)) : 0;
}

/** `total - overhead`, printed: the pod-level amount before the overhead was added to it. */
function withoutOverhead(r: ResourceName, total: string, overhead: string | undefined): string {
  const t = parseQuantity(total);
  const o = overhead === undefined ? undefined : parseQuantity(overhead);
  if (!t || !o) return total;
  const minus = quantityValue(o);
  return printResource(r, addValues(quantityValue(t), { ...minus, digits: -minus.digits }));
}
