import type { WorkloadKind } from './types.ts';

export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

/** The pod restartPolicy values each workload kind's API accepts. */
export const RESTART_POLICIES: Record<WorkloadKind, readonly RestartPolicy[]> = {
  Pod: ['Always', 'OnFailure', 'Never'],
  Deployment: ['Always'],
  StatefulSet: ['Always'],
  DaemonSet: ['Always'],
  Job: ['OnFailure', 'Never'],
  CronJob: ['OnFailure', 'Never'],
};

/** Why a kind refuses `policy` (a sentence naming what it allows), or `undefined` when allowed or unset. */
export function restartPolicyProblem(kind: WorkloadKind, policy: unknown): string | undefined {
  if (policy === undefined || policy === null) {
    return kind === 'Job' || kind === 'CronJob'
      ? `A ${kind} needs restartPolicy OnFailure or Never (the default, Always, is refused).`
      : undefined;
  }
  const allowed = RESTART_POLICIES[kind];
  if (allowed.includes(policy as RestartPolicy)) return undefined;
  const words =
    allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed[0];
  return `A ${kind} allows only restartPolicy ${words}.`;
}
