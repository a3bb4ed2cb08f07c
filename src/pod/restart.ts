import { WORKLOADS, type RestartPolicy } from './kinds.ts';
import type { WorkloadKind } from './types.ts';

export type { RestartPolicy } from './kinds.ts';

/** Why a kind refuses `policy` (a sentence naming what it allows), or `undefined` when allowed or unset. */
export function restartPolicyProblem(kind: WorkloadKind, policy: unknown): string | undefined {
  const allowed = WORKLOADS[kind].restartPolicies;
  if (policy === undefined || policy === null) {
    return allowed.includes('Always')
      ? undefined
      : `A ${kind} needs restartPolicy ${words(allowed)} (the default, Always, is refused).`;
  }
  if (allowed.includes(policy as RestartPolicy)) return undefined;
  return `A ${kind} allows only restartPolicy ${words(allowed)}.`;
}

const words = (allowed: readonly string[]) =>
  allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed[0];
