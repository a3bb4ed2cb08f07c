import { isObj, objOf, type Obj } from '../validate/context.ts';
import { commandLine } from '../validate/rules/running.ts';
import { atLeast, type K8sVersion } from '../validate/versions.ts';
import type {
  LifecycleContainer,
  PodEntry,
  PreStopWait,
  Shutdown,
  SidecarSupport,
  StopStep,
} from './lifecycle-types.ts';
import { listWords, plural } from './words.ts';

// Shut-down (website pod-termination.md, KEP-753): app containers get their preStop hook, then
// SIGTERM, all at once; native sidecars get theirs only after the last app container has stopped,
// in reverse order of initContainers. One terminationGracePeriodSeconds covers all of it.

const DEFAULT_GRACE = 30;

// `sleep 5`, `/bin/sleep 5s` in an exec hook: the hook waits at least that long.
const EXEC_SLEEP = /(?:^|[\s;&|(])(?:\/usr)?(?:\/bin\/)?sleep\s+(\d+(?:\.\d+)?)s?(?=$|[\s;&|)])/;

/** The grace period the kubelet uses: 30 when unset, 1 when negative (warnings.go). */
function grace(spec: Obj): { seconds: number; isDefault: boolean } {
  const v = spec.terminationGracePeriodSeconds;
  if (typeof v !== 'number' || !Number.isFinite(v))
    return { seconds: DEFAULT_GRACE, isDefault: true };
  return { seconds: v < 0 ? 1 : Math.floor(v), isDefault: false };
}

/**
 * How long a container's preStop hook is known to wait: the `sleep` action (dropped before 1.30,
 * when PodLifecycleSleepAction is off), or a `sleep N` in an exec command. `dropped` is set when
 * the target version drops the sleep action.
 */
export function preStopWait(
  raw: Obj,
  name: string,
  k8s: K8sVersion,
): { wait?: PreStopWait; dropped?: boolean } {
  const hook = objOf(objOf(raw, 'lifecycle'), 'preStop');
  const sleep = hook.sleep;
  if (isObj(sleep)) {
    if (!atLeast(k8s, '1.30')) return { dropped: true };
    const seconds = sleep.seconds;
    if (typeof seconds === 'number' && seconds >= 0)
      return { wait: { container: name, seconds, how: 'sleep' } };
    return {};
  }
  const match = EXEC_SLEEP.exec(commandLine(objOf(hook, 'exec')));
  if (match) return { wait: { container: name, seconds: Number(match[1]), how: 'exec' } };
  return {};
}

const member = (e: PodEntry): LifecycleContainer => ({ name: e.view.name, role: e.view.role });

function appsDetail(apps: PodEntry[], sidecarsFollow: boolean): string {
  const hooks = apps
    .filter((e) => isObj(objOf(e.raw, 'lifecycle').preStop))
    .map((e) => e.view.name);
  const parts = [
    apps.length === 1
      ? `${apps[0]!.view.name} gets SIGTERM${hooks.length ? ' after its preStop hook' : ''}.`
      : `All get SIGTERM at the same time${hooks.length ? `, each after its preStop hook (${listWords(hooks)})` : ''}.`,
  ];
  const classic = apps.filter((e) => e.view.role === 'sidecar').map((e) => e.view.name);
  if (classic.length)
    parts.push(
      `Classic ${plural(classic.length, 'sidecar', 'sidecars')} ${listWords(classic)} ${plural(classic.length, 'stops', 'stop')} together with the main container, in no set order: a helper it relies on may be gone before it finishes.`,
    );
  if (sidecarsFollow) parts.push('The native sidecars wait until every app container has stopped.');
  return parts.join(' ');
}

/**
 * The shut-down of a pod: its steps (app containers first, then each native sidecar in reverse
 * order of `initContainers`, when the target version runs them), the grace period, and how much
 * of it known preStop waits take.
 */
export function podShutdown(
  entries: PodEntry[],
  spec: Obj,
  sidecars: SidecarSupport,
  k8s: K8sVersion,
): Shutdown {
  const apps = entries.filter((e) => e.view.list === 'containers');
  const natives =
    sidecars === 'on' ? entries.filter((e) => e.view.role === 'native-sidecar').reverse() : [];
  const dropped: string[] = [];
  const waitsOf = (group: PodEntry[]): PreStopWait[] =>
    group.flatMap((e) => {
      const found = preStopWait(e.raw, e.view.name, k8s);
      if (found.dropped) dropped.push(e.view.name);
      return found.wait ? [found.wait] : [];
    });

  const steps: StopStep[] = [];
  if (apps.length)
    steps.push({
      containers: apps.map(member),
      kind: 'apps',
      detail: appsDetail(apps, natives.length > 0),
      preStop: waitsOf(apps),
    });
  natives.forEach((e, i) => {
    const hook = isObj(objOf(e.raw, 'lifecycle').preStop) ? ' after its preStop hook' : '';
    const after = i === 0 ? 'every app container' : natives[i - 1]!.view.name;
    steps.push({
      containers: [member(e)],
      kind: 'native-sidecar',
      detail: `Gets SIGTERM${hook} once ${after} has stopped.`,
      preStop: waitsOf([e]),
    });
  });

  const { seconds, isDefault } = grace(spec);
  // App hooks run side by side; each native sidecar's hook runs after the step before it.
  const preStopSeconds = steps.reduce(
    (sum, s) => sum + Math.max(0, ...s.preStop.map((w) => w.seconds)),
    0,
  );
  const notes: string[] = [];
  if (seconds === 0)
    notes.push(
      'terminationGracePeriodSeconds is 0: no time for preStop hooks or a clean stop, the containers are killed almost at once.',
    );
  else if (preStopSeconds >= seconds)
    notes.push(
      `The preStop waits take ${preStopSeconds} s, the whole ${seconds} s grace period: hooks still running then get a one-off 2 s extension, then every container left is killed (SIGKILL).`,
    );
  else if (preStopSeconds > 0)
    notes.push(
      `The preStop waits take ${preStopSeconds} s of the ${seconds} s grace period, leaving ${seconds - preStopSeconds} s for the containers to stop after SIGTERM before they are killed.`,
    );
  if (dropped.length)
    notes.push(
      `Kubernetes ${k8s} drops the preStop sleep action of ${listWords(dropped)} (PodLifecycleSleepAction is on by default from 1.30): no wait before SIGTERM.`,
    );
  return { steps, graceSeconds: seconds, graceDefault: isDefault, preStopSeconds, notes };
}
