import type { Path } from '../../yaml/path.ts';
import { isObj, objOf, type Obj, type RuleFamily } from '../context.ts';
import { forbidden, invalid, reportErrors, required, type ErrorList } from '../field.ts';
import { isInt } from './each.ts';

// ValidateReplicationController / ValidateReplicationControllerSpec / ValidatePodTemplateSpecForRC
// of pkg/apis/core/validation/validation.go as vendored at Kubernetes 1.34.1
// (openshift/openshift-apiserver@56aa2d96e), unchanged in substance since 1.27 (the same
// project's v1.27.2 vendoring, 67f83fd35). Validation sees the object after SetDefaults_
// ReplicationController: a missing selector is the template's labels, missing replicas are 1. The
// template's pod spec is the pod rules' (the kind table lists ReplicationController); its
// restartPolicy is template-restart-policy's (workload.ts); its label syntax is not checked here.

/** `ValidateNonnegativeField` (apimachinery api/validation): `must be greater than or equal to 0`. */
export function validateNonnegativeField(value: unknown, path: Path): ErrorList {
  return isInt(value) && value < 0
    ? [invalid(path, value, 'must be greater than or equal to 0')]
    : [];
}

/**
 * The controllers' ban on a pod-level deadline (`activeDeadlineSeconds in <Kind> is not
 * Supported`): their pods are meant to run until replaced. Deployments use the ReplicaSet words.
 */
export function activeDeadlineForbidden(template: unknown, path: Path, word: string): ErrorList {
  const seconds = objOf(template, 'spec').activeDeadlineSeconds;
  if (seconds === undefined || seconds === null) return [];
  return [
    forbidden(
      [...path, 'spec', 'activeDeadlineSeconds'],
      `activeDeadlineSeconds in ${word} is not Supported`,
    ),
  ];
}

/** Go's JSON of a label map (keys sorted), as the API prints a map value. */
export function labelsJson(labels: unknown): string {
  if (!isObj(labels)) return 'null';
  return JSON.stringify(
    Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1))),
  );
}

/** True when every pair of a non-empty label map is in `labels` (`labels.Set.AsSelector().Matches`). */
function mapMatches(selector: Obj, labels: unknown): boolean {
  const have = isObj(labels) ? labels : {};
  return Object.entries(selector).every(
    ([k, v]) => Object.hasOwn(have, k) && String(have[k]) === String(v),
  );
}

/**
 * `ValidatePodTemplateSpecForRC`: a template is required; a selector must pick its labels; no
 * activeDeadlineSeconds. (restartPolicy Always: template-restart-policy.)
 */
export function validatePodTemplateSpecForRC(
  template: unknown,
  selector: Obj,
  path: Path,
): ErrorList {
  if (template === undefined || template === null) return [required(path)];
  if (!isObj(template)) return [];
  const errs: ErrorList = [];
  const labels = objOf(template, 'metadata').labels;
  if (Object.keys(selector).length && !mapMatches(selector, labels))
    errs.push({
      path: [...path, 'metadata', 'labels'],
      detail: `Invalid value: ${labelsJson(labels)}: \`selector\` does not match template \`labels\``,
    });
  errs.push(...activeDeadlineForbidden(template, path, 'ReplicationController'));
  return errs;
}

/** `ValidateReplicationControllerSpec` (create), on the defaulted spec. */
export function validateReplicationControllerSpec(spec: Obj, path: Path): ErrorList {
  const errs: ErrorList = [];
  errs.push(...validateNonnegativeField(spec.minReadySeconds, [...path, 'minReadySeconds']));
  // SetDefaults_ReplicationController: an empty selector becomes the template's labels.
  const written = isObj(spec.selector) ? spec.selector : {};
  const labels = objOf(objOf(spec, 'template'), 'metadata').labels;
  const selector = Object.keys(written).length || !isObj(labels) ? written : labels;
  if (!Object.keys(selector).length) errs.push(required([...path, 'selector']));
  errs.push(...validateNonnegativeField(spec.replicas, [...path, 'replicas']));
  errs.push(...validatePodTemplateSpecForRC(spec.template, selector, [...path, 'template']));
  return errs;
}

/** ReplicationController spec rules (`ValidateReplicationController`). */
export const replicationController: RuleFamily = {
  ids: ['replicationcontroller-spec-invalid'],
  object(ctx, report) {
    if (ctx.kind !== 'ReplicationController' || ctx.apiVersion !== 'v1') return;
    reportErrors(
      report,
      { ruleId: 'replicationcontroller-spec-invalid', severity: 'error', document: ctx.document },
      validateReplicationControllerSpec(objOf(ctx.value, 'spec'), ['spec']),
    );
  },
};
