import type { Obj } from '../validate/context.ts';
import { appStopsSidecars, neverExits } from '../validate/rules/running.ts';
import type { JobCompletion, PodEntry, SidecarSupport, StartStep } from './lifecycle-types.ts';
import { listWords, plural } from './words.ts';

// When a Job's pod completes (website "Jobs with sidecar containers", KEP-753): once every app
// container has exited. Native sidecars are then stopped and never hold it; a classic sidecar is an
// app container, so one that runs until stopped holds the pod, and the Job, forever.

function never(cause: JobCompletion['cause'], containers: string[], detail: string): JobCompletion {
  return {
    completes: false,
    containers,
    stopped: [],
    cause,
    detail: `Job never completes: ${detail}`,
  };
}

/**
 * Whether and when a Job's pod completes, from its containers, its start-up steps (an init step
 * that never lets the app containers start) and the target version's native sidecar support.
 */
export function jobCompletion(
  entries: PodEntry[],
  start: StartStep[],
  spec: Obj,
  sidecars: SidecarSupport,
): JobCompletion {
  const natives = entries.filter((e) => e.view.role === 'native-sidecar').map((e) => e.view.name);
  if (sidecars === 'rejected' && natives.length)
    return never(
      'rejected',
      natives,
      `the API server rejects the pod on Kubernetes 1.27 (restartPolicy: Always on ${listWords(natives)})`,
    );
  const apps = entries.filter((e) => e.view.list === 'containers');
  if (!apps.length) return never('no-containers', [], 'the pod has no containers');

  const stuck = start.find((s) => s.gate === 'never-exits' || s.gate === 'dropped');
  if (stuck) {
    const name = stuck.containers[0]!.name;
    const entry = entries.find((e) => e.view.name === name);
    const why = entry && neverExits(entry.raw)?.why;
    return never(
      'stuck-in-init',
      [name],
      stuck.gate === 'dropped'
        ? `on Kubernetes 1.28 native sidecar ${name} runs as a regular init container that never exits, so the pod stays in Init`
        : `init container ${name} never exits${why ? ` (${why})` : ''}, so the pod stays in Init`,
    );
  }

  const main = apps.find((e) => e.view.role === 'main') ?? apps[0]!;
  const mainRuns = neverExits(main.raw);
  if (mainRuns)
    return never(
      'app-never-exits',
      [main.view.name],
      `main container ${main.view.name} keeps running (${mainRuns.why})`,
    );

  const stopsThem = appStopsSidecars(
    apps.map((e) => e.raw),
    spec.shareProcessNamespace === true,
  );
  const running = apps.filter((e) => e.view.role === 'sidecar' && neverExits(e.raw));
  if (running.length && !stopsThem) {
    const names = running.map((e) => e.view.name);
    const why = running.map((e) => neverExits(e.raw)!.why);
    return never(
      'classic-sidecar',
      names,
      `classic ${plural(names.length, 'sidecar', 'sidecars')} ${listWords(names)} ${plural(names.length, 'keeps', 'keep')} running (${listWords([...new Set(why)])}) after ${main.view.name} exits`,
    );
  }

  const others = apps.filter((e) => e !== main && !running.includes(e)).map((e) => e.view.name);
  const waits = [main.view.name, ...others];
  const parts = [`Job completes when ${listWords(waits)} ${plural(waits.length, 'exits', 'exit')}`];
  if (running.length)
    parts.push(
      `${main.view.name} stops classic ${plural(running.length, 'sidecar', 'sidecars')} ${listWords(running.map((e) => e.view.name))} itself`,
    );
  const stopped = sidecars === 'on' ? natives : [];
  if (stopped.length)
    parts.push(
      `native ${plural(stopped.length, 'sidecar', 'sidecars')} ${listWords(stopped)} ${plural(stopped.length, 'is', 'are')} stopped then`,
    );
  return { completes: true, containers: waits, stopped, detail: parts.join('; ') };
}
