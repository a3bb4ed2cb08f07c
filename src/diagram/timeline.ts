// The pod's start and stop as a picture: one row per container, a bar from the step it starts in
// to the moment it stops, in abstract time units (slots). One slot per start-up step, a stretch for
// the pod's life, one slot per shut-down step. Only the order is real, so slots, not seconds: the
// app draws them, the words beside the picture (the lifecycle's details) say the rest.

import type {
  JobCompletion,
  Lifecycle,
  LifecycleContainer,
  StartStep,
  StopStep,
} from '../analysis/lifecycle-types.ts';
import { listWords, plural } from '../analysis/words.ts';
import type { PodView } from '../pod/types.ts';
import type {
  BarEnd,
  BarState,
  Timeline,
  TimelineBar,
  TimelineGrace,
  TimelineMarker,
  TimelinePhase,
  TimelineRow,
  TimelineStep,
} from './timeline-types.ts';
import { neverCause, ordinal, ROLE_WORDS, startWords, stopWords } from './timeline-words.ts';

export type * from './timeline-types.ts';

/** Slots the pod's life takes between start-up and shut-down: long enough to read as a stretch. */
export const RUN_SLOTS = 2;

type Mode = 'normal' | 'stuck' | 'held' | 'rejected';

/** What every bar needs to know about the whole picture. */
interface Frame {
  mode: Mode;
  /** Start-up steps. */
  n: number;
  /** Where shut-down begins (normal mode) or the pod's life would end. */
  shutdown: number;
  length: number;
  stuckAt: number;
  stops: StopStep[];
  job?: JobCompletion;
}

const STUCK = new Set<StartStep['gate']>(['never-exits', 'dropped', 'rejected']);

function modeOf(life: Lifecycle, stuckAt: number): Mode {
  if (life.start.some((s) => s.gate === 'rejected')) return 'rejected';
  if (stuckAt >= 0) return 'stuck';
  return life.job && !life.job.completes ? 'held' : 'normal';
}

/**
 * The start-up and shut-down of a workload's pod as a chart, from its lifecycle: init steps one
 * after another, each init container's bar ending before the next step starts; native sidecars
 * from their step until after the app containers, in the order of the shut-down steps; the app
 * containers together from the last step; the grace period over shut-down; for a Job the moment it
 * completes, or the bars that hold it open running off the end. A step that never finishes leaves
 * its bar running off the end and the steps after it never starting.
 */
export function timelineOf(pod: PodView, life: Lifecycle): Timeline {
  const n = life.start.length;
  const found = life.start.findIndex((s) => STUCK.has(s.gate));
  const mode = modeOf(life, found);
  const stops = life.stop.steps;
  const shutdown = n + RUN_SLOTS;
  const length =
    mode === 'normal'
      ? shutdown + stops.length
      : mode === 'held'
        ? shutdown + 1
        : mode === 'stuck'
          ? shutdown
          : n;
  const frame: Frame = {
    mode,
    n,
    shutdown,
    length,
    stuckAt: found,
    stops,
    ...(life.job ? { job: life.job } : {}),
  };

  // Rows in the pod view's order (init containers, then containers), which is the steps' order.
  const ids = pod.containers.map((c) => `${c.list}/${c.index}`);
  let position = 0;
  const rows = life.start.flatMap((step, k) =>
    step.containers.map((c): TimelineRow => {
      const id = ids[position] ?? `row/${position}`;
      position++;
      return {
        id,
        container: c.name,
        role: c.role,
        roleWords: ROLE_WORDS[c.role],
        bar: barOf(c, step, k, frame),
      };
    }),
  );

  return {
    rows,
    length,
    phases: phasesOf(frame),
    steps: stepsOf(frame),
    ...(mode === 'normal' && stops.length ? { grace: graceOf(life, frame) } : {}),
    markers: markersOf(life, frame),
    summary: summaryOf(pod, life, frame, rows.length),
  };
}

function barOf(c: LifecycleContainer, step: StartStep, k: number, f: Frame): TimelineBar {
  const startStep = k + 1;
  const holdsJob = f.job !== undefined && !f.job.completes && f.job.containers.includes(c.name);
  const base = { startStep, holdsJob };
  const starts = startWords(c, step, k);
  const bar = (
    to: number,
    state: BarState,
    end: BarEnd,
    label: string,
    story: string,
  ): TimelineBar => ({
    ...base,
    from: k,
    to,
    state,
    end,
    label,
    name: `${c.name}, ${ROLE_WORDS[c.role]}: ${story}`,
  });

  if (f.mode === 'rejected')
    return step.gate === 'rejected'
      ? bar(k + 1, 'rejected', 'none', 'rejected', `rejected: ${step.detail}`)
      : bar(
          k + 1,
          'blocked',
          'none',
          'never starts',
          'never starts: the API server rejects the pod',
        );
  if (f.mode === 'stuck' && k > f.stuckAt)
    return bar(
      k + 1,
      'blocked',
      'none',
      'never starts',
      `never starts: step ${f.stuckAt + 1} never finishes`,
    );
  if (f.mode === 'stuck' && k === f.stuckAt) {
    const why =
      step.gate === 'dropped'
        ? 'runs as a regular init container on this version and never exits'
        : 'never exits';
    return bar(
      f.length,
      'never-exits',
      'open',
      'never exits',
      `${starts}, ${why}: the pod stays in Init${holdsJob ? ' and the Job never completes' : ''}`,
    );
  }
  if (step.gate === 'exit') {
    const next = k + 1 < f.n ? ` before step ${k + 2} starts` : '';
    return bar(k + 1, 'runs', 'exits', 'exits', `${starts}, exits${next}`);
  }
  if (step.gate === 'started' || step.gate === 'startup-probe') {
    if (f.mode !== 'normal') {
      const why =
        f.mode === 'stuck'
          ? 'the pod stays in Init'
          : 'it is stopped only once every app container has exited';
      return bar(f.length, 'runs', 'open', 'keeps running', `${starts}, keeps running: ${why}`);
    }
    return stoppedBar(c, f, bar, `${starts}, runs beside the app containers`);
  }
  // The app containers: the last start-up step.
  if (f.mode === 'held') {
    if (holdsJob)
      return bar(
        f.length,
        'never-exits',
        'open',
        'keeps running',
        `${starts}, keeps running: the Job never completes`,
      );
    if (f.job?.cause === 'classic-sidecar')
      return bar(f.shutdown, 'runs', 'exits', 'exits', `${starts}, runs until it exits`);
    return bar(f.length, 'runs', 'open', 'runs', `${starts}, runs`);
  }
  if (f.job?.completes)
    return stoppedBar(c, f, bar, `${starts}, runs until it exits; the Job completes then`, 'exits');
  return stoppedBar(c, f, bar, `${starts}, runs until shut-down`);
}

type MakeBar = (
  to: number,
  state: BarState,
  end: BarEnd,
  label: string,
  story: string,
) => TimelineBar;

/** A bar that ends in its shut-down step (or, for a Job's app container, when it exits). */
function stoppedBar(
  c: LifecycleContainer,
  f: Frame,
  bar: MakeBar,
  story: string,
  end: 'stopped' | 'exits' = 'stopped',
): TimelineBar {
  const j = f.stops.findIndex((s) => s.containers.some((m) => m.name === c.name));
  if (j < 0) return bar(f.length, 'runs', 'open', 'runs', story);
  const wait = f.stops[j]!.preStop.find((w) => w.container === c.name);
  const how = wait
    ? wait.how === 'sleep'
      ? `${wait.seconds} s`
      : `at least ${wait.seconds} s`
    : '';
  const label = end === 'exits' ? 'exits' : `stops ${ordinal(j + 1)}`;
  const made = bar(
    f.shutdown + j + 1,
    'runs',
    end,
    wait ? `${label} · preStop ${wait.seconds} s` : label,
    `${story}${end === 'exits' ? '' : `, ${stopWords(f.stops, j)}`}${wait ? `, its preStop hook waits ${how} first` : ''}`,
  );
  return {
    ...made,
    stopStep: j + 1,
    ...(wait ? { preStopSeconds: wait.seconds } : {}),
  };
}

function phasesOf(f: Frame): TimelinePhase[] {
  const phases: TimelinePhase[] = [];
  if (f.n) phases.push({ kind: 'start', from: 0, to: f.n, label: 'Start-up' });
  if (f.mode === 'stuck')
    phases.push({ kind: 'stuck', from: f.n, to: f.length, label: 'Stays in Init' });
  if (f.mode === 'normal' || f.mode === 'held')
    phases.push({
      kind: 'run',
      from: f.n,
      to: f.mode === 'normal' ? f.shutdown : f.length,
      label: 'Running',
    });
  if (f.mode === 'normal' && f.stops.length)
    phases.push({ kind: 'stop', from: f.shutdown, to: f.length, label: 'Shut-down' });
  return phases;
}

function stepsOf(f: Frame): TimelineStep[] {
  const steps: TimelineStep[] = Array.from({ length: f.n }, (_, k) => ({
    phase: 'start',
    from: k,
    to: k + 1,
    label: String(k + 1),
  }));
  if (f.mode === 'normal')
    f.stops.forEach((_, j) =>
      steps.push({
        phase: 'stop',
        from: f.shutdown + j,
        to: f.shutdown + j + 1,
        label: String(j + 1),
      }),
    );
  return steps;
}

function graceOf(life: Lifecycle, f: Frame): TimelineGrace {
  const { graceSeconds: seconds, graceDefault, preStopSeconds } = life.stop;
  return {
    from: f.shutdown,
    to: f.length,
    seconds,
    preStopSeconds,
    label: `grace period ${seconds} s${graceDefault ? ' (the default)' : ''}${preStopSeconds > 0 ? `, preStop waits ${preStopSeconds} s` : ''}`,
  };
}

function markersOf(life: Lifecycle, f: Frame): TimelineMarker[] {
  const job = f.job;
  if (job?.completes) {
    const apps = f.stops.findIndex((s) => s.kind === 'apps');
    return [
      {
        kind: 'completes',
        at: f.shutdown + Math.max(apps, 0) + 1,
        label: 'Job completes',
        detail: `${job.detail}.`,
      },
    ];
  }
  if (job)
    return [
      {
        kind: 'never-completes',
        at: f.length,
        label: 'Job never completes',
        cause: neverCause(job),
        detail: `${job.detail}.`,
      },
    ];
  if (f.mode === 'stuck') {
    const step = life.start[f.stuckAt]!;
    return [
      {
        kind: 'stuck',
        at: f.length,
        label: 'Pod stays in Init',
        cause: `${step.containers[0]!.name} never exits`,
        detail: step.detail,
      },
    ];
  }
  if (f.mode === 'rejected') {
    const step = life.start.find((s) => s.gate === 'rejected')!;
    return [{ kind: 'rejected', at: 0, label: 'API server rejects the pod', detail: step.detail }];
  }
  return [];
}

function summaryOf(pod: PodView, life: Lifecycle, f: Frame, count: number): string {
  const who = `${pod.name ? `${pod.name}: ` : ''}${count} ${plural(count, 'container', 'containers')}`;
  const steps = `${f.n} start-up ${plural(f.n, 'step', 'steps')}`;
  const job = f.job ? ` ${f.job.detail}.` : '';
  if (f.mode === 'rejected')
    return `Start and stop of ${who}. The API server rejects the pod: no container starts.${job}`;
  if (f.mode === 'stuck') {
    const stuck = life.start[f.stuckAt]!.containers[0]!.name;
    const blocked = life.start.filter((s) => s.blocked).flatMap((s) => s.containers);
    const never = blocked.length
      ? `, so ${listWords(blocked.map((c) => c.name))} never ${plural(blocked.length, 'starts', 'start')}`
      : '';
    return `Start and stop of ${who}, in ${steps}. Step ${f.stuckAt + 1}, ${stuck}, never exits and the pod stays in Init${never}.${job}`;
  }
  if (f.mode === 'held') return `Start and stop of ${who}, in ${steps}.${job}`;
  const stop = f.stops.length
    ? ` Shut-down in ${f.stops.length} ${plural(f.stops.length, 'step', 'steps')}, within a grace period of ${life.stop.graceSeconds} s.`
    : '';
  const apps = life.start[f.n - 1]?.gate === 'apps' ? `, app containers at step ${f.n}` : '';
  return `Start and stop of ${who}: ${steps}${apps}.${stop}${job}`;
}
