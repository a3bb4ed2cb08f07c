// The resource analysis in words, for the app's panel and the command line's text output.

import type { PodResources, ResourceName, ResourceTotals } from './resources.ts';
import { listWords } from './words.ts';

/** Resource names as a sentence writes them. */
export const RESOURCE_WORDS: Record<ResourceName, string> = {
  cpu: 'CPU',
  memory: 'memory',
  'ephemeral-storage': 'ephemeral storage',
};

/** A limit as a person reads it: the amount, or "no limit". */
export function limitWords(amount: string | null | undefined): string {
  return amount ?? 'no limit';
}

/**
 * Why a resource's pod request is what it is: which phase sets it (the app containers and native
 * sidecars running together, an init container's phase with the sidecars started before it, or
 * pod-level resources), what it is compared with, and the overhead added.
 */
export function requestReason(resources: PodResources, totals: ResourceTotals): string {
  const { request } = totals;
  const what = RESOURCE_WORDS[totals.resource];
  const sidecarsRun =
    resources.nativeSidecars && resources.containers.some((c) => c.runsAs === 'native-sidecar');
  const running = sidecarsRun
    ? 'the app containers and native sidecars together'
    : 'the app containers';
  const overhead = request.overhead ? `, plus ${request.overhead} pod overhead` : '';
  const dominant = request.dominant;
  const total = request.total ?? '0';
  if (dominant?.kind === 'pod-level')
    return `${cap(what)} request ${total}: set by the pod-level resources (spec.resources), which take the place of the containers' sum${overhead}.`;
  if (dominant?.kind === 'init') {
    const before = sidecarsBefore(resources, dominant.container);
    const with_ = before.length
      ? `${dominant.container} with the native ${before.length === 1 ? 'sidecar' : 'sidecars'} started before it (${listWords(before)})`
      : `${dominant.container} on its own`;
    return `${cap(what)} request ${total}: the init phase of ${with_} needs the most, ${request.largestInit?.amount ?? '0'}, more than ${running} need (${request.running ?? '0'})${overhead}.`;
  }
  const init = request.largestInit
    ? `, more than the largest init phase (${request.largestInit.container}, ${request.largestInit.amount ?? '0'})`
    : '';
  const same =
    request.largestInit && request.largestInit.amount === request.running
      ? `, as much as the largest init phase (${request.largestInit.container})`
      : init;
  return `${cap(what)} request ${total}: ${running} need ${request.running ?? '0'}${same}${overhead}.`;
}

/** Why a resource's pod limit is what it is, or why there is none. */
export function limitReason(totals: ResourceTotals): string {
  const { limit } = totals;
  const what = cap(RESOURCE_WORDS[totals.resource]);
  if (limit.total === null) {
    return `${what}: ${unlimitedWords(limit.unlimited)}`;
  }
  const overhead = limit.overhead ? `, plus ${limit.overhead} pod overhead` : '';
  const phase =
    limit.dominant?.kind === 'pod-level'
      ? 'set by the pod-level resources'
      : limit.dominant?.kind === 'init'
        ? `the init phase of ${limit.dominant.container}`
        : 'the containers that run all along';
  return `${what} limit ${limit.total}: ${phase}${overhead}.`;
}

/**
 * {@link limitReason} for every resource, resources left without a limit by the same containers
 * said together ("CPU and memory: no limit, since app sets none.").
 */
export function limitReasons(resources: PodResources): string[] {
  const out: string[] = [];
  const open = new Map<string, { index: number; names: string[] }>();
  for (const t of resources.totals) {
    if (t.limit.total !== null || !t.limit.unlimited.length) {
      out.push(limitReason(t));
      continue;
    }
    const key = t.limit.unlimited.join('\n');
    const group = open.get(key);
    if (!group) {
      open.set(key, { index: out.length, names: [RESOURCE_WORDS[t.resource]] });
      out.push(limitReason(t));
      continue;
    }
    group.names.push(RESOURCE_WORDS[t.resource]);
    out[group.index] = `${cap(listWords(group.names))}: ${unlimitedWords(t.limit.unlimited)}`;
  }
  return out;
}

/** The native sidecars started before init container `name`, in start order. */
function sidecarsBefore(resources: PodResources, name: string): string[] {
  const out: string[] = [];
  for (const c of resources.containers) {
    if (c.name === name) break;
    if (c.runsAs === 'native-sidecar') out.push(c.name);
  }
  return out;
}

function unlimitedWords(who: string[]): string {
  return who.length
    ? `no limit, since ${listWords(who)} ${who.length === 1 ? 'sets' : 'set'} none.`
    : 'no limit.';
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
