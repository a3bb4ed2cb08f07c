import { stringify } from 'yaml';
import type { UpstreamCase } from './cases.ts';

// TestValidateJob, TestValidateCronJob, TestValidateCronJobScheduleTZ and TestValidateCronJobSpec
// of pkg/apis/batch/validation/validation_test.go (kubernetes/kubernetes, the stored version found
// with find_string, id 305813637: the one with successPolicy and managedBy cases, 1.31 or later;
// its commit was not reported). Upstream's Jobs carry the selector and labels the API server
// generates (controller-uid, job-name); a manifest leaves them out and lets the API generate them,
// so cases that are about a missing generated selector, label or uid are listed with `skip`. Each
// error case is keyed, as upstream keys it, by the first error it expects; an unknown enum value is
// the schema's `Unsupported value` at the field.

export type Obj = Record<string, unknown>;
export type Tweak = (spec: Obj) => void;
export const SOURCE =
  'pkg/apis/batch/validation/validation_test.go @ kubernetes (stored version, find_string id 305813637; commit not reported)';
export const GENERATED =
  'the API server generates the Job selector and its controller-uid and job-name labels before it validates';

export const podSpec = (restartPolicy = 'OnFailure') => ({
  restartPolicy,
  dnsPolicy: 'ClusterFirst',
  containers: [{ name: 'abc', image: 'image', imagePullPolicy: 'IfNotPresent' }],
  initContainers: [{ name: 'def', image: 'image', imagePullPolicy: 'IfNotPresent' }],
});

/** A Job named myjob with `spec` over a valid generated-selector Job; `restart` for the pod. */
export function job(
  name: string,
  errors: string[],
  spec: Obj,
  restart = 'OnFailure',
  tweak?: Tweak,
  skip?: string,
): UpstreamCase {
  const full: Obj = { ...spec, template: { spec: podSpec(restart) } };
  tweak?.(full);
  const o = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'myjob', namespace: 'default' },
    spec: full,
  };
  return { name, yaml: stringify(o), errors, ...(skip ? { skip } : {}) };
}
/** A Job whose pods restart Never (upstream's validPodTemplateSpecForGeneratedRestartPolicyNever). */
export const never = (name: string, errors: string[], spec: Obj, tweak?: Tweak) =>
  job(name, errors, spec, 'Never', tweak);
export const manual =
  (labels: Obj): Tweak =>
  (spec) => {
    spec.manualSelector = true;
    spec.selector = { matchLabels: { a: 'b' } };
    (spec.template as Obj).metadata = { labels };
  };
export const indexed = (completions: number, more: Obj = {}) => ({
  completionMode: 'Indexed',
  completions,
  ...more,
});
export const pfp = (...rules: Obj[]) => ({ podFailurePolicy: { rules } });
export const exit = (operator: string, values: number[], containerName?: string) => ({
  onExitCodes: { ...(containerName ? { containerName } : {}), operator, values },
});
export const cond = (type: unknown, status?: string) => ({
  onPodConditions: [{ ...(type === undefined ? {} : { type }), ...(status ? { status } : {}) }],
});
export const PFP = 'spec.podFailurePolicy.rules';
export const SP = 'spec.successPolicy.rules';

/** A CronJob named mycronjob over a valid one (schedule "* * * * ?", Allow). */
export function cron(
  name: string,
  errors: string[],
  spec: Obj = {},
  jobSpec: Obj = {},
  restart = 'OnFailure',
  more: { name?: string; skip?: string } = {},
): UpstreamCase {
  const o = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: more.name ?? 'mycronjob', namespace: 'default' },
    spec: {
      schedule: '* * * * ?',
      concurrencyPolicy: 'Allow',
      ...spec,
      jobTemplate: { spec: { ...jobSpec, template: { spec: podSpec(restart) } } },
    },
  };
  return { name, yaml: stringify(o), errors, ...(more.skip ? { skip: more.skip } : {}) };
}
