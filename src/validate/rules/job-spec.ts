import { labelSelectorMatches } from '../../pod/selectors.ts';
import type { Path } from '../../yaml/path.ts';
import { gateOffByDefault, type GateName } from '../api-gates.ts';
import { API_FIELD_CHANGES, servedIn } from '../api-fields.ts';
import { isDNS1123Label, isDomainPrefixedPath } from '../apimachinery.ts';
import { isObj, objOf, type Obj, type RuleFamily } from '../context.ts';
import { invalid, reportErrors, required, tooLong, type ErrorList } from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import {
  successPolicyJson,
  validatePodFailurePolicy,
  validatePodReplacementPolicy,
  validateSuccessPolicy,
} from './job-policies.ts';
import { labelsJson, validateNonnegativeField } from './replication-controller.ts';
import { isInt, isSet } from './each.ts';

// ValidateJob / validateJobSpec / ValidateCronJobCreate of pkg/apis/batch/validation/validation.go
// (kubernetes/kubernetes, the stored version read with read_file, find_string id 159273491, 1.31 or
// later; the version-dependent fields follow api-fields.ts and api-gates.ts: a field the target
// version does not serve, or whose gate is off there, is dropped by the API server and not
// validated). A Job is validated after SetDefaults_Job (completions and parallelism 1 when both
// are unset, parallelism 1, completionMode NonIndexed); a CronJob's jobTemplate is not defaulted
// so. Already elsewhere: the template's restartPolicy and a manual selector (workload.ts), the
// CronJob's schedule, timeZone, history limits, deadline and the jobTemplate's own selector
// (cronjob.ts), label selector syntax (the selector rules).

/** True when the API of `k8s` keeps JobSpec.`field` (served there, and its gate on). */
function jobFieldOn(field: string, k8s: K8sVersion): boolean {
  const change = API_FIELD_CHANGES.find((c) => c.type === 'JobSpec' && c.field === field);
  if (!change) return true;
  if (!servedIn(change, k8s)) return false;
  return !(change.gate && gateOffByDefault(change.gate as GateName, k8s));
}

interface JobSpecOptions {
  k8s: K8sVersion;
  /** SetDefaults_Job applies (a Job; not a CronJob's jobTemplate). */
  defaulted: boolean;
}

/** `validateJobSpec`: counts, completion mode and its limits, the policies, managedBy. */
export function validateJobSpec(raw: Obj, path: Path, opts: JobSpecOptions): ErrorList {
  const { k8s } = opts;
  // What the API server keeps of the spec at this version.
  const spec: Obj = { ...raw };
  for (const f of [
    'backoffLimitPerIndex',
    'maxFailedIndexes',
    'podReplacementPolicy',
    'successPolicy',
    'managedBy',
  ])
    if (!jobFieldOn(f, k8s)) delete spec[f];
  const at = (f: string) => [...path, f];
  const errs: ErrorList = [];
  for (const f of [
    'parallelism',
    'completions',
    'activeDeadlineSeconds',
    'backoffLimit',
    'ttlSecondsAfterFinished',
    'backoffLimitPerIndex',
    'maxFailedIndexes',
  ])
    errs.push(...validateNonnegativeField(spec[f], at(f)));
  if (isSet(spec.maxFailedIndexes) && !isSet(spec.backoffLimitPerIndex))
    errs.push(required(at('backoffLimitPerIndex'), 'when maxFailedIndexes is specified'));
  if (typeof spec.managedBy === 'string') {
    errs.push(...isDomainPrefixedPath(at('managedBy'), spec.managedBy));
    if (spec.managedBy.length > 63) errs.push(tooLong(at('managedBy'), 63));
  }

  const both = !isSet(spec.completions) && !isSet(spec.parallelism);
  const completions = isSet(spec.completions)
    ? spec.completions
    : opts.defaulted && both
      ? 1
      : undefined;
  const parallelism = isSet(spec.parallelism) ? spec.parallelism : opts.defaulted ? 1 : undefined;
  const mode = isSet(spec.completionMode)
    ? spec.completionMode
    : opts.defaulted
      ? 'NonIndexed'
      : undefined;
  const maxFailed = spec.maxFailedIndexes;
  if (isSet(mode)) {
    // Another completionMode is the schema's enum error (the same two values).
    if (mode === 'Indexed') {
      if (!isSet(completions))
        errs.push(required(at('completions'), 'when completion mode is Indexed'));
      if (isInt(parallelism) && parallelism > 100000)
        errs.push(
          invalid(
            at('parallelism'),
            parallelism,
            'must be less than or equal to 100000 when completion mode is Indexed',
          ),
        );
      if (isInt(completions) && isInt(maxFailed) && maxFailed > completions)
        errs.push(
          invalid(at('maxFailedIndexes'), maxFailed, 'must be less than or equal to completions'),
        );
      if (isInt(maxFailed) && maxFailed > 100000)
        errs.push(
          invalid(at('maxFailedIndexes'), maxFailed, 'must be less than or equal to 100000'),
        );
      if (isInt(completions) && completions > 100000 && isSet(spec.backoffLimitPerIndex)) {
        const high = 'when completions are above 100000 and used with backoff limit per index';
        if (!isSet(maxFailed))
          errs.push(
            required(at('maxFailedIndexes'), 'must be specified when completions is above 100000'),
          );
        if (isInt(parallelism) && parallelism > 10000)
          errs.push(
            invalid(at('parallelism'), parallelism, `must be less than or equal to 10000 ${high}`),
          );
        if (isInt(maxFailed) && maxFailed > 10000)
          errs.push(
            invalid(
              at('maxFailedIndexes'),
              maxFailed,
              `must be less than or equal to 10000 ${high}`,
            ),
          );
      }
    }
  }
  if (!isSet(mode) || mode === 'NonIndexed') {
    if (isInt(spec.backoffLimitPerIndex))
      errs.push(
        invalid(
          at('backoffLimitPerIndex'),
          spec.backoffLimitPerIndex,
          'requires indexed completion mode',
        ),
      );
    if (isInt(maxFailed))
      errs.push(invalid(at('maxFailedIndexes'), maxFailed, 'requires indexed completion mode'));
  }

  if (isObj(spec.podFailurePolicy))
    errs.push(
      ...validatePodFailurePolicy(
        spec,
        at('podFailurePolicy'),
        jobFieldOn('backoffLimitPerIndex', k8s),
      ),
    );
  if (isObj(spec.successPolicy)) {
    if (mode !== 'Indexed')
      errs.push({
        path: at('successPolicy'),
        detail: `Invalid value: ${successPolicyJson(spec.successPolicy)}: requires indexed completion mode`,
      });
    else
      errs.push(
        ...validateSuccessPolicy(
          spec.successPolicy,
          at('successPolicy'),
          isInt(completions) ? completions : undefined,
        ),
      );
  }
  errs.push(...validatePodReplacementPolicy(spec, at('podReplacementPolicy')));
  // The template's restartPolicy itself is template-restart-policy's; this is the policy's demand.
  const restart = objOf(objOf(spec, 'template'), 'spec').restartPolicy;
  if (isSet(spec.podFailurePolicy) && restart === 'OnFailure')
    errs.push(
      invalid(
        [...path, 'template', 'spec', 'restartPolicy'],
        restart,
        'only "Never" is supported when podFailurePolicy is specified',
      ),
    );
  return errs;
}

/** A label value no user can write: the uid the API server gives the Job on create. */
const UID = '\u0000uid';

/**
 * `validateGeneratedSelector` for a Job whose selector the API generates (no manualSelector): a
 * hand-written selector must still select only the generated labels, and the template may not
 * hold other values for the job-name labels. (controller-uid labels: the uid is not known ahead.)
 */
function validateGeneratedSelector(value: Obj, spec: Obj): ErrorList {
  const name = objOf(value, 'metadata').name;
  if (spec.manualSelector === true || typeof name !== 'string' || !name) return [];
  const errs: ErrorList = [];
  const labels = objOf(objOf(spec, 'template'), 'metadata').labels;
  for (const key of ['job-name', 'batch.kubernetes.io/job-name'])
    if (isObj(labels) && Object.hasOwn(labels, key) && labels[key] !== name)
      errs.push({
        path: ['spec', 'template', 'metadata', 'labels', key],
        detail: `Invalid value: ${labelsJson(labels)}: must be '${name}'`,
      });
  const selector = spec.selector;
  if (!isObj(selector) || !wellFormed(selector)) return errs;
  const expected = {
    'controller-uid': UID,
    'batch.kubernetes.io/controller-uid': UID,
    'job-name': name,
    'batch.kubernetes.io/job-name': name,
  };
  if (!labelSelectorMatches(selector, expected))
    errs.push({
      path: ['spec', 'selector'],
      detail: `Invalid value: ${JSON.stringify(selector)}: \`selector\` not auto-generated`,
    });
  return errs;
}

/** True when `LabelSelectorAsSelector` would accept the selector (else upstream skips the check). */
function wellFormed(selector: Obj): boolean {
  if (isSet(selector.matchLabels) && !isObj(selector.matchLabels)) return false;
  const exprs = selector.matchExpressions;
  if (!isSet(exprs)) return true;
  if (!Array.isArray(exprs)) return false;
  return exprs.every((e) => {
    if (!isObj(e) || typeof e.key !== 'string') return false;
    const n = Array.isArray(e.values) ? e.values.length : 0;
    if (e.operator === 'In' || e.operator === 'NotIn') return n > 0;
    return (e.operator === 'Exists' || e.operator === 'DoesNotExist') && n === 0;
  });
}

/** `ValidateJob` (create), less ObjectMeta and what other rules report. */
export function validateJob(value: Obj, k8s: K8sVersion): ErrorList {
  const spec = objOf(value, 'spec');
  const errs = [
    ...validateGeneratedSelector(value, spec),
    ...validateJobSpec(spec, ['spec'], { k8s, defaulted: true }),
  ];
  // An Indexed Job's pods are named <job>-<index>: the last must be a DNS label.
  const name = objOf(value, 'metadata').name;
  const both = !isSet(spec.completions) && !isSet(spec.parallelism);
  const completions = isSet(spec.completions) ? spec.completions : both ? 1 : undefined;
  if (
    spec.completionMode === 'Indexed' &&
    isInt(completions) &&
    completions > 0 &&
    typeof name === 'string'
  ) {
    const hostname = `${name}-${completions - 1}`;
    if (isDNS1123Label(hostname).length)
      errs.push(
        invalid(
          ['metadata', 'name'],
          name,
          `will not able to create pod with invalid DNS label: ${hostname}`,
        ),
      );
  }
  return errs;
}

/** `ValidateCronJobCreate`, less what cronjob.ts reports: the name's length, the jobTemplate's spec. */
export function validateCronJob(value: Obj, k8s: K8sVersion): ErrorList {
  const errs: ErrorList = [];
  const name = objOf(value, 'metadata').name;
  // The controller names each Job <cronjob>-<11 characters>; a Job name is at most 63.
  if (typeof name === 'string' && name.length > 52)
    errs.push(invalid(['metadata', 'name'], name, 'must be no more than 52 characters'));
  const template = objOf(value, 'spec').jobTemplate;
  if (isObj(template))
    errs.push(
      ...validateJobSpec(objOf(template, 'spec'), ['spec', 'jobTemplate', 'spec'], {
        k8s,
        defaulted: false,
      }),
    );
  return errs;
}

/** Job and CronJob spec rules. */
export const jobSpec: RuleFamily = {
  ids: ['job-spec-invalid', 'cronjob-spec-invalid'],
  object(ctx, report) {
    if (ctx.apiVersion !== 'batch/v1') return;
    const base = { severity: 'error' as const, document: ctx.document };
    if (ctx.kind === 'Job')
      reportErrors(
        report,
        { ...base, ruleId: 'job-spec-invalid' },
        validateJob(ctx.value, ctx.k8s),
      );
    else if (ctx.kind === 'CronJob')
      reportErrors(
        report,
        { ...base, ruleId: 'cronjob-spec-invalid' },
        validateCronJob(ctx.value, ctx.k8s),
      );
  },
};
