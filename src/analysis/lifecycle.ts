import { WORKLOADS } from '../pod/kinds.ts';
import type { PodView } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import { isObj, objOf, type Obj } from '../validate/context.ts';
import { neverExits } from '../validate/rules/running.ts';
import { atLeast, nativeSidecarsOn, type K8sVersion } from '../validate/versions.ts';
import { jobCompletion } from './lifecycle-job.ts';
import { podShutdown } from './lifecycle-stop.ts';
import type { Lifecycle, PodEntry, SidecarSupport, StartStep } from './lifecycle-types.ts';
import { listWords, plural } from './words.ts';

export type * from './lifecycle-types.ts';

// Start-up (validation.md §3, KEP-753): init containers strictly in list order, a regular one to
// completion, a native sidecar until it counts as started (its startupProbe passed, or its process
// runs when it has none; a postStart hook must finish too); then the app containers together.

/** How a target version treats native sidecars: run (1.29+), silently dropped (1.28), rejected (1.27). */
export function sidecarSupport(k8s: K8sVersion): SidecarSupport {
  if (nativeSidecarsOn(k8s)) return 'on';
  return atLeast(k8s, '1.28') ? 'dropped' : 'rejected';
}

const has = (raw: Obj, key: string): boolean => raw[key] !== undefined && raw[key] !== null;

function initStep(e: PodEntry, restartPolicy: unknown): StartStep {
  const containers = [{ name: e.view.name, role: e.view.role }];
  const found = neverExits(e.raw);
  if (found)
    return {
      containers,
      gate: 'never-exits',
      detail: `Never exits (${found.why}): the pod stays in Init and the steps after it never start.`,
      blocked: false,
    };
  const onFailure =
    restartPolicy === 'Never'
      ? 'if it fails, the pod fails'
      : 'if it fails, it is restarted with back-off until it succeeds';
  return {
    containers,
    gate: 'exit',
    detail: `The next step starts once it exits with code 0 (${onFailure}).`,
    blocked: false,
  };
}

function sidecarStep(e: PodEntry, sidecars: SidecarSupport, k8s: K8sVersion): StartStep {
  const containers = [{ name: e.view.name, role: e.view.role }];
  if (sidecars === 'rejected')
    return {
      containers,
      gate: 'rejected',
      detail: `Kubernetes ${k8s} does not know restartPolicy on a container: the API server rejects the pod.`,
      blocked: false,
    };
  const extras = ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'].filter((k) =>
    has(e.raw, k),
  );
  if (sidecars === 'dropped')
    return {
      containers,
      gate: 'dropped',
      detail:
        `Kubernetes ${k8s} silently drops restartPolicy: Always (the SidecarContainers feature gate is off by default), so it runs as a regular init container: the pod waits for it to exit, which a sidecar never does, and stays in Init.` +
        (extras.length
          ? ` Its ${listWords(extras)} ${plural(extras.length, 'is', 'are')} then refused by the API server (init containers take none).`
          : ''),
      blocked: false,
    };
  const postStart = isObj(objOf(e.raw, 'lifecycle').postStart)
    ? ' and its postStart hook has finished'
    : '';
  if (has(e.raw, 'startupProbe'))
    return {
      containers,
      gate: 'startup-probe',
      detail: `Native sidecar: the next step starts once its startupProbe succeeds${postStart}. It keeps running.`,
      blocked: false,
    };
  return {
    containers,
    gate: 'started',
    detail: `Native sidecar with no startupProbe: the next step starts as soon as its process runs${postStart}, ready or not. It keeps running.`,
    blocked: false,
  };
}

function appsStep(apps: PodEntry[], job: boolean): StartStep {
  const parts = [
    apps.length === 1
      ? `Starts once every init container has finished or started, and runs${job ? ' until it exits' : ''}.`
      : `Start together once every init container has finished or started, in no guaranteed order.`,
  ];
  // The kubelet starts them in list order and a postStart hook holds back the ones after it.
  const holding = apps.slice(0, -1).filter((e) => isObj(objOf(e.raw, 'lifecycle').postStart));
  for (const e of holding)
    parts.push(`The postStart hook of ${e.view.name} holds back the containers listed after it.`);
  const classic = apps.filter((e) => e.view.role === 'sidecar').map((e) => e.view.name);
  if (classic.length)
    parts.push(
      `Classic ${plural(classic.length, 'sidecar', 'sidecars')} ${listWords(classic)} ${plural(classic.length, 'gets', 'get')} no head start: the main container may run before ${plural(classic.length, 'it is', 'they are')} ready.`,
    );
  return {
    containers: apps.map((e) => ({ name: e.view.name, role: e.view.role })),
    gate: 'apps',
    detail: parts.join(' '),
    blocked: false,
  };
}

/** The start-up steps: each init container alone, in order, then the app containers together. */
export function startSteps(
  entries: PodEntry[],
  spec: Obj,
  sidecars: SidecarSupport,
  k8s: K8sVersion,
  job: boolean,
): StartStep[] {
  const steps = entries
    .filter((e) => e.view.list === 'initContainers')
    .map((e) =>
      e.view.role === 'native-sidecar'
        ? sidecarStep(e, sidecars, k8s)
        : initStep(e, spec.restartPolicy),
    );
  const apps = entries.filter((e) => e.view.list === 'containers');
  if (apps.length) steps.push(appsStep(apps, job));
  let blocked = false;
  for (const step of steps) {
    step.blocked = blocked;
    if (step.gate === 'never-exits' || step.gate === 'dropped' || step.gate === 'rejected')
      blocked = true;
  }
  return steps;
}

function podNotes(entries: PodEntry[], sidecars: SidecarSupport, k8s: K8sVersion): string[] {
  const natives = entries.filter((e) => e.view.role === 'native-sidecar').map((e) => e.view.name);
  if (!natives.length || sidecars === 'on') return [];
  const which = `native ${plural(natives.length, 'sidecar', 'sidecars')} ${listWords(natives)}`;
  return [
    sidecars === 'dropped'
      ? `Native sidecars are off on Kubernetes ${k8s}: restartPolicy: Always is silently dropped, so ${which} ${plural(natives.length, 'runs', 'run')} as a regular init container and the pod never gets past Init. They need Kubernetes 1.29 or newer.`
      : `Kubernetes ${k8s} rejects this pod: it does not know restartPolicy on ${which}. Native sidecars need Kubernetes 1.29 or newer.`,
  ];
}

/**
 * What a workload's pod does when it starts and stops on a target version: start-up steps,
 * shut-down steps within the grace period, and for a Job or CronJob whether and when the Job
 * completes. `value` is the workload document's plain value (the pod view's paths point into it).
 */
export function podLifecycle(pod: PodView, value: unknown, k8s: K8sVersion): Lifecycle {
  const spec = getPath(value, pod.specPath);
  const podSpec: Obj = isObj(spec) ? spec : {};
  const entries: PodEntry[] = pod.containers.map((view) => {
    const raw = getPath(value, view.path);
    return { view, raw: isObj(raw) ? raw : {} };
  });
  const sidecars = sidecarSupport(k8s);
  const isJob = WORKLOADS[pod.kind].runsToCompletion;
  const start = startSteps(entries, podSpec, sidecars, k8s, isJob);
  const stop = podShutdown(entries, podSpec, sidecars, k8s);
  return {
    sidecars,
    start,
    stop,
    ...(isJob ? { job: jobCompletion(entries, start, podSpec, sidecars) } : {}),
    notes: podNotes(entries, sidecars, k8s),
    startup: start.map((s) => s.containers.map((c) => c.name)),
    shutdown: stop.steps.map((s) => s.containers.map((c) => c.name)),
  };
}
