import type { ContainerView, Role } from '../pod/types.ts';
import type { Obj } from '../validate/context.ts';

/** How a target version treats `restartPolicy: Always` on an init container. */
export type SidecarSupport =
  /** Native sidecars run (1.29 and newer). */
  | 'on'
  /** 1.28: the SidecarContainers gate is off by default, the field is silently dropped. */
  | 'dropped'
  /** 1.27: the field is unknown and the API server rejects the pod. */
  | 'rejected';

/** A container in a lifecycle step: its name and its role in the design. */
export interface LifecycleContainer {
  name: string;
  role: Role;
}

/**
 * What lets the step after this one start:
 * - `exit`: a regular init container, which must exit with code 0;
 * - `never-exits`: a regular init container that looks like it never exits (the pod stays in Init);
 * - `started`: a native sidecar without a startupProbe, started as soon as its process runs;
 * - `startup-probe`: a native sidecar, started once its startupProbe succeeds;
 * - `dropped`: a native sidecar on 1.28, run as a regular init container that never exits;
 * - `rejected`: a native sidecar on 1.27, which the API server refuses;
 * - `apps`: the app containers, the last step, which run together.
 */
export type StartGate =
  'exit' | 'never-exits' | 'started' | 'startup-probe' | 'dropped' | 'rejected' | 'apps';

/** One step of start-up: the containers that start together, and what the next step waits for. */
export interface StartStep {
  containers: LifecycleContainer[];
  gate: StartGate;
  /** The gate in words ("the next step starts when it exits with code 0"). */
  detail: string;
  /** True when an earlier step never lets this one start. */
  blocked: boolean;
}

/** A preStop hook that waits a known number of seconds before SIGTERM. */
export interface PreStopWait {
  container: string;
  seconds: number;
  /** `sleep`: the `sleep` action; `exec`: a `sleep N` in an exec command (at least N seconds). */
  how: 'sleep' | 'exec';
}

/** One step of shut-down: the containers stopped together. */
export interface StopStep {
  containers: LifecycleContainer[];
  /** `apps`: the main container and classic sidecars; `native-sidecar`: one native sidecar. */
  kind: 'apps' | 'native-sidecar';
  /** What happens in this step, in words. */
  detail: string;
  /** Known preStop waits of this step's containers. */
  preStop: PreStopWait[];
}

/** Shut-down: the steps in order, within one grace period. */
export interface Shutdown {
  steps: StopStep[];
  /** `terminationGracePeriodSeconds` as the kubelet uses it (30 when unset, 1 when negative). */
  graceSeconds: number;
  /** True when `terminationGracePeriodSeconds` is not set. */
  graceDefault: boolean;
  /** Seconds of the grace period the known preStop waits take, one step after another. */
  preStopSeconds: number;
  /** Remarks about the grace period and the hooks, in words. */
  notes: string[];
}

/** Why a Job never completes. */
export type NeverCompletes =
  /** The API server rejects the pod (a native sidecar on 1.27). */
  | 'rejected'
  /** The pod has no app containers. */
  | 'no-containers'
  /** An init container (or a dropped native sidecar) never exits: the pod stays in Init. */
  | 'stuck-in-init'
  /** The main container (or another app container) keeps running. */
  | 'app-never-exits'
  /** A classic sidecar keeps running after the main container exits. */
  | 'classic-sidecar';

/** Whether and when a Job (or each Job of a CronJob) completes. */
export interface JobCompletion {
  completes: boolean;
  /**
   * When it completes: the app containers whose exit completes it. When it never does: the
   * containers that hold it.
   */
  containers: string[];
  /** Native sidecars Kubernetes stops once the app containers have exited. */
  stopped: string[];
  /** Set when it never completes. */
  cause?: NeverCompletes;
  /** One line: "Job completes when report exits; native sidecar log-tail is stopped then". */
  detail: string;
}

/** What the pod does when it starts and stops, for one target version. */
export interface Lifecycle {
  sidecars: SidecarSupport;
  /** Start-up steps, in order. */
  start: StartStep[];
  /** Shut-down steps, in order, and the grace period. */
  stop: Shutdown;
  /** Only for a Job or CronJob. */
  job?: JobCompletion;
  /** Remarks about the whole pod (native sidecars off on the target version), in words. */
  notes: string[];
  /** Container names grouped by start-up step: `[["init-db"],["mesh-proxy"],["app","log"]]`. */
  startup: string[][];
  /** Container names grouped by shut-down step: `[["app","log"],["mesh-proxy"]]`. */
  shutdown: string[][];
}

/** A container of the pod with its plain value (`{}` when the entry is not an object). */
export interface PodEntry {
  view: ContainerView;
  raw: Obj;
}
