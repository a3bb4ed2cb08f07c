import { describe, expect, it } from 'vitest';
import { WORKLOADS } from './kinds.ts';
import { restartPolicyProblem } from './restart.ts';

describe('restart policies per kind', () => {
  it('lets controllers of long-running pods restart Always only', () => {
    for (const kind of [
      'Deployment',
      'StatefulSet',
      'DaemonSet',
      'ReplicaSet',
      'ReplicationController',
    ] as const) {
      expect(WORKLOADS[kind].restartPolicies).toEqual(['Always']);
      expect(restartPolicyProblem(kind, undefined)).toBeUndefined();
      expect(restartPolicyProblem(kind, 'Always')).toBeUndefined();
      expect(restartPolicyProblem(kind, 'Never')).toBe(
        `A ${kind} allows only restartPolicy Always.`,
      );
    }
  });

  it('makes Jobs and CronJobs pick OnFailure or Never', () => {
    expect(restartPolicyProblem('Job', 'Always')).toBe(
      'A Job allows only restartPolicy OnFailure or Never.',
    );
    expect(restartPolicyProblem('CronJob', undefined)).toMatch(/needs restartPolicy/);
    expect(restartPolicyProblem('CronJob', 'OnFailure')).toBeUndefined();
  });

  it('lets a bare Pod use any policy', () => {
    for (const p of ['Always', 'OnFailure', 'Never', undefined])
      expect(restartPolicyProblem('Pod', p)).toBeUndefined();
    expect(restartPolicyProblem('Pod', 'Sometimes')).toBe(
      'A Pod allows only restartPolicy Always, OnFailure or Never.',
    );
  });
});
