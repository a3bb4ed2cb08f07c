// The timeline's words: the role names, ordinals and the parts of each bar's accessible name.

import type {
  JobCompletion,
  LifecycleContainer,
  StartStep,
  StopStep,
} from '../analysis/lifecycle-types.ts';
import { listWords, plural } from '../analysis/words.ts';

/** Roles as the timeline names them: "classic" tells a sidecar in `containers` from a native one. */
export { LISTED_ROLE_WORDS as ROLE_WORDS } from '../pod/roles.ts';

/** `1st`, `2nd`, `3rd`, `4th`, … `11th`, `12th`, `13th`, `21st`. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "starts 4th together with log": the step a container starts in, and who starts with it. */
export function startWords(c: LifecycleContainer, step: StartStep, k: number): string {
  const others = step.containers.filter((m) => m !== c).map((m) => m.name);
  const together = others.length ? ` together with ${listWords(others)}` : '';
  const probe = step.gate === 'startup-probe' ? ' (the next step waits for its startupProbe)' : '';
  return `starts ${ordinal(k + 1)}${together}${probe}`;
}

/** "stops after the app containers": when shut-down step `j` comes, from the step before it. */
export function stopWords(stops: readonly StopStep[], j: number): string {
  if (j === 0) return 'stops first';
  const before = stops[j - 1]!;
  return before.kind === 'apps'
    ? 'stops after the app containers'
    : `stops after ${listWords(before.containers.map((m) => m.name))}`;
}

/** Why a Job never completes, in a few words: "log-shipper keeps running". */
export function neverCause(job: JobCompletion): string {
  const names = job.containers;
  switch (job.cause) {
    case 'rejected':
      return 'the API server rejects the pod';
    case 'no-containers':
      return 'the pod has no containers';
    case 'stuck-in-init':
      return `${listWords(names)} never exits: the pod stays in Init`;
    case 'app-never-exits':
    case 'classic-sidecar':
      return `${listWords(names)} ${plural(names.length, 'keeps', 'keep')} running`;
    default:
      return 'it never finishes';
  }
}
