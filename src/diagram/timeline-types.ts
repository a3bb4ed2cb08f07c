// The timeline chart as data (see timeline.ts): rows and bars in slots, phases, steps, markers.

import type { Role } from '../pod/types.ts';

/**
 * What the bar shows:
 * - `runs`: it starts, and stops or exits (or keeps running past the picture, see `end`);
 * - `never-exits`: it starts and never exits, which blocks the pod or holds a Job open;
 * - `blocked`: it never starts, since an earlier step never lets it;
 * - `rejected`: the API server refuses it, so the pod never exists.
 */
export type BarState = 'runs' | 'never-exits' | 'blocked' | 'rejected';

/**
 * How the bar ends: `exits` by itself, `stopped` in a shut-down step, `open` runs off the end of
 * the picture, `none` never started.
 */
export type BarEnd = 'exits' | 'stopped' | 'open' | 'none';

/** One container's bar, in slots. */
export interface TimelineBar {
  from: number;
  to: number;
  state: BarState;
  end: BarEnd;
  /** 1-based start-up step it starts in (or would). */
  startStep: number;
  /** 1-based shut-down step it is stopped in. */
  stopStep?: number;
  /** Seconds its preStop hook is known to wait before SIGTERM. */
  preStopSeconds?: number;
  /** True when it keeps a Job from completing. */
  holdsJob: boolean;
  /** A few words drawn beside the bar: "exits", "stops 2nd", "never starts". */
  label: string;
  /** The accessible name: "mesh-proxy, native sidecar: starts 2nd, runs beside …". */
  name: string;
}

/** One container of the pod and its bar. */
export interface TimelineRow {
  /** Stable while the container keeps its place: `initContainers/1`. */
  id: string;
  container: string;
  role: Role;
  /** The role in words: "native sidecar". */
  roleWords: string;
  bar: TimelineBar;
}

/** A stretch of the axis: a phase of the pod's life. */
export interface TimelinePhase {
  kind: 'start' | 'run' | 'stop' | 'stuck';
  from: number;
  to: number;
  label: string;
}

/** A step's column on the axis: "1", "2" under start-up, "1", "2" under shut-down. */
export interface TimelineStep {
  phase: 'start' | 'stop';
  from: number;
  to: number;
  label: string;
}

/** The grace period over the shut-down steps. */
export interface TimelineGrace {
  from: number;
  to: number;
  seconds: number;
  preStopSeconds: number;
  /** "grace period 30 s (the default), preStop waits 5 s". */
  label: string;
}

/** A moment marked on the axis. */
export interface TimelineMarker {
  /**
   * `completes`: the Job completes; `never-completes`: it never does; `stuck`: the pod never gets
   * past Init; `rejected`: the API server rejects the pod.
   */
  kind: 'completes' | 'never-completes' | 'stuck' | 'rejected';
  at: number;
  /** "Job completes", "Job never completes". */
  label: string;
  /** Why, in a few words: "log-shipper keeps running". */
  cause?: string;
  /** The whole sentence, from the lifecycle. */
  detail: string;
}

/** The start and stop of a pod, as a chart. */
export interface Timeline {
  rows: TimelineRow[];
  /** The axis runs from 0 to `length` slots. */
  length: number;
  phases: TimelinePhase[];
  steps: TimelineStep[];
  grace?: TimelineGrace;
  markers: TimelineMarker[];
  /** The whole picture in one or two sentences, for its accessible name. */
  summary: string;
}
