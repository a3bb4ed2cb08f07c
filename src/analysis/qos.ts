// The pod's QoS class as the API server sets it (`GetPodQOS`; validation.md §2.3): what the kubelet
// uses to pick which pods to evict first when a node runs short. Every entry of `containers` and
// `initContainers` counts (native sidecars and plain init containers alike); only cpu and memory
// matter; zero amounts are ignored; a missing request is the limit (defaulted at Pod creation).

import type { ExactValue } from '../pod/quantity.ts';
import { addValues, compareValues, printResource } from '../pod/quantity-api.ts';
import type { PodView, Role } from '../pod/types.ts';
import type { K8sVersion } from '../validate/versions.ts';
import { listWords } from './words.ts';
import { isPositive, readAmounts, type Amounts, type Declared } from './amounts.ts';

export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

/** A container that keeps the pod from Guaranteed, and why. */
export interface QosBlocker {
  name: string;
  role: Role;
  /** In words, e.g. "sets no memory limit" or "requests 250m cpu but its limit is 500m". */
  why: string;
}

export interface PodQos {
  qosClass: QosClass;
  /** Why the pod gets this class, in words. */
  reason: string;
  /** For Burstable: the containers that keep the pod from Guaranteed (empty with pod-level resources). */
  blockers: QosBlocker[];
}

const QOS_RESOURCES = ['cpu', 'memory'] as const;
type QosResource = (typeof QOS_RESOURCES)[number];

/**
 * The QoS class of a workload's pod with the reason in words. BestEffort: no container sets a cpu
 * or memory request or limit. Guaranteed: every container, init containers and native sidecars
 * included, sets cpu and memory limits, and the requests equal them. Burstable: anything else.
 * With pod-level resources (1.34+) the pod's own requests and limits decide.
 */
export function podQos(pod: PodView, value: unknown, k8s: K8sVersion): PodQos {
  const amounts = readAmounts(pod, value, k8s);
  if (amounts.podLevel) return podLevelQos(amounts.podLevel);

  const requests: Amounts = {};
  const limits: Amounts = {};
  let limitsEverywhere = true;
  for (const c of amounts.containers) {
    const effective = defaulted(c);
    for (const r of QOS_RESOURCES) {
      if (isPositive(effective.requests[r])) requests[r] = add(requests[r], effective.requests[r]);
      if (isPositive(effective.limits[r])) limits[r] = add(limits[r], effective.limits[r]);
    }
    if (!QOS_RESOURCES.every((r) => isPositive(effective.limits[r]))) limitsEverywhere = false;
  }

  if (!Object.keys(requests).length && !Object.keys(limits).length)
    return {
      qosClass: 'BestEffort',
      reason:
        'No container sets a cpu or memory request or limit: the pod is among the first evicted when the node runs short.',
      blockers: [],
    };
  if (limitsEverywhere && sameAmounts(requests, limits))
    return {
      qosClass: 'Guaranteed',
      reason:
        amounts.containers.length > 1
          ? 'Every container, init containers and sidecars included, sets cpu and memory limits and requests exactly its limits.'
          : 'The container sets cpu and memory limits and requests exactly its limits.',
      blockers: [],
    };

  const blockers: QosBlocker[] = [];
  for (const c of amounts.containers) {
    const why = blocker(defaulted(c));
    if (why) blockers.push({ name: c.view.name, role: c.view.role, why });
  }
  const appsFine = !blockers.some((b) => b.role === 'main' || b.role === 'sidecar');
  const list = blockerWords(blockers);
  return {
    qosClass: 'Burstable',
    reason:
      appsFine && blockers.length
        ? `The app containers would make it Guaranteed, but QoS counts init containers and sidecars too: ${list}.`
        : `Some containers set requests, but not every container has cpu and memory limits equal to its requests: ${list}.`,
    blockers,
  };
}

/** "a and b set no memory limit; c requests …": containers with the same reason together. */
function blockerWords(blockers: QosBlocker[]): string {
  const groups = new Map<string, string[]>();
  for (const b of blockers) groups.set(b.why, [...(groups.get(b.why) ?? []), b.name]);
  return [...groups]
    .map(([why, names]) =>
      names.length === 1
        ? `${names[0]} ${why}`
        : `${listWords(names)} ${why.replace(/^sets /, 'set ')}`,
    )
    .join('; ');
}

/** A container's amounts after Pod-creation defaulting: a missing request is the limit. */
function defaulted(c: Declared): Declared {
  return { requests: { ...c.limits, ...c.requests }, limits: c.limits };
}

/** Why a container on its own keeps the pod from Guaranteed, or `undefined`. */
function blocker(c: Declared): string | undefined {
  const missing = QOS_RESOURCES.filter((r) => !isPositive(c.limits[r]));
  if (missing.length === 2) return 'sets no cpu or memory limit';
  if (missing.length === 1) return `sets no ${missing[0]} limit`;
  const below = QOS_RESOURCES.filter((r) => !same(c.requests[r], c.limits[r])).map(
    (r: QosResource) =>
      `requests ${amount(r, c.requests[r])} ${r} but its limit is ${amount(r, c.limits[r])}`,
  );
  return below.length ? below.join(' and ') : undefined;
}

function podLevelQos(level: Declared): PodQos {
  const effective = defaulted(level);
  const set = QOS_RESOURCES.filter(
    (r) => isPositive(effective.requests[r]) || isPositive(effective.limits[r]),
  );
  if (!set.length)
    return {
      qosClass: 'BestEffort',
      reason: 'The pod-level resources set no cpu or memory request or limit.',
      blockers: [],
    };
  const why = blocker(effective);
  if (!why)
    return {
      qosClass: 'Guaranteed',
      reason:
        'The pod-level resources set cpu and memory limits and request exactly them (they decide the class, not the containers).',
      blockers: [],
    };
  return {
    qosClass: 'Burstable',
    reason: `The pod-level resources decide the class, and the pod ${why}.`,
    blockers: [],
  };
}

function add(a: ExactValue | undefined, b: ExactValue): ExactValue {
  return a ? addValues(a, b) : b;
}

function same(a: ExactValue | undefined, b: ExactValue | undefined): boolean {
  const x = isPositive(a) ? a : undefined;
  const y = isPositive(b) ? b : undefined;
  return x === undefined || y === undefined ? x === y : compareValues(x, y) === 0;
}

function sameAmounts(a: Amounts, b: Amounts): boolean {
  return QOS_RESOURCES.every((r) => same(a[r], b[r]));
}

function amount(r: QosResource, v: ExactValue | undefined): string {
  return printResource(r, v ?? { digits: 0n, exponent: 0 });
}
