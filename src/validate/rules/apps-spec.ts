import type { Path } from '../../yaml/path.ts';
import { gateOffByDefault } from '../api-gates.ts';
import { isValidPercent } from '../apimachinery.ts';
import { atoi, isObj, objOf, type Obj, type RuleFamily } from '../context.ts';
import {
  forbidden,
  invalid,
  reportErrors,
  required,
  unsupported,
  type ErrorList,
} from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import { activeDeadlineForbidden, validateNonnegativeField } from './replication-controller.ts';
import { isInt, isSet } from './each.ts';

// The apps/v1 controllers' specs, ported from pkg/apis/apps/validation/validation.go of
// kubernetes/kubernetes (the stored version read with read_file, find_string id 22165655: the one
// with ValidatePersistentVolumeClaimRetentionPolicy, ordinals and LabelSelectorValidationOptions,
// i.e. 1.28 or later; its commit was not reported). Values are read as the API server holds them
// after SetDefaults_Deployment / _StatefulSet / _DaemonSet / _ReplicaSet (apps/v1 defaults.go,
// vendored at 1.34.1): replicas 1, a RollingUpdate strategy with maxUnavailable and maxSurge of
// 25% (Deployment) or 1 and 0 (DaemonSet), progressDeadlineSeconds 600, podManagementPolicy
// OrderedReady, PVC retention Retain. The selector (required, non-empty, matching the template)
// and the template's restartPolicy are workload.ts's; an unknown strategy type is the schema's
// enum error (upstream reports the whole strategy object at `spec.strategy`).

/** `ValidatePositiveIntOrPercent`: a non-negative integer, or an integer percentage. */
export function validatePositiveIntOrPercent(value: unknown, path: Path): ErrorList {
  if (typeof value === 'string') return isValidPercent(value).map((m) => invalid(path, value, m));
  return validateNonnegativeField(value, path);
}

/** `getPercentValue`: the number of a valid percentage. */
function percentOf(value: unknown): number | undefined {
  return typeof value === 'string' && !isValidPercent(value).length
    ? Number(value.slice(0, -1))
    : undefined;
}

/** `getIntOrPercentValue`: a percentage's number, an integer, or 0 (strings that are neither). */
export function intOrPercentValue(value: unknown): number {
  const percent = percentOf(value);
  if (percent !== undefined) return percent;
  if (isInt(value)) return value;
  // intstr.IntValue of a string is strconv.Atoi's result, 0 on failure.
  return (typeof value === 'string' ? atoi(value) : undefined) ?? 0;
}

/** `IsNotMoreThan100Percent`. */
export function isNotMoreThan100Percent(value: unknown, path: Path): ErrorList {
  const percent = percentOf(value);
  return percent !== undefined && percent > 100
    ? [invalid(path, value, 'must not be greater than 100%')]
    : [];
}

/** `ValidateRollingUpdateDeployment` on the defaulted values (25% each when unset). */
export function validateRollingUpdateDeployment(rolling: Obj, path: Path): ErrorList {
  const unavailable = isSet(rolling.maxUnavailable) ? rolling.maxUnavailable : '25%';
  const surge = isSet(rolling.maxSurge) ? rolling.maxSurge : '25%';
  const errs: ErrorList = [];
  if (isSet(rolling.maxUnavailable))
    errs.push(...validatePositiveIntOrPercent(unavailable, [...path, 'maxUnavailable']));
  if (isSet(rolling.maxSurge))
    errs.push(...validatePositiveIntOrPercent(surge, [...path, 'maxSurge']));
  if (intOrPercentValue(unavailable) === 0 && intOrPercentValue(surge) === 0)
    errs.push(
      invalid([...path, 'maxUnavailable'], unavailable, 'may not be 0 when `maxSurge` is 0'),
    );
  errs.push(...isNotMoreThan100Percent(unavailable, [...path, 'maxUnavailable']));
  return errs;
}

/** `ValidateDeploymentStrategy`: no rollingUpdate with Recreate; a valid rollingUpdate otherwise. */
export function validateDeploymentStrategy(strategy: Obj, path: Path): ErrorList {
  const type = isSet(strategy.type) && strategy.type !== '' ? strategy.type : 'RollingUpdate';
  if (type === 'Recreate')
    return isSet(strategy.rollingUpdate)
      ? [
          forbidden(
            [...path, 'rollingUpdate'],
            "may not be specified when strategy `type` is 'Recreate'",
          ),
        ]
      : [];
  if (type === 'RollingUpdate')
    return validateRollingUpdateDeployment(objOf(strategy, 'rollingUpdate'), [
      ...path,
      'rollingUpdate',
    ]);
  return [];
}

/** `ValidateDeploymentSpec` (create), less the selector and the pod template's own checks. */
export function validateDeploymentSpec(spec: Obj, path: Path): ErrorList {
  const errs: ErrorList = [];
  errs.push(...validateNonnegativeField(spec.replicas, [...path, 'replicas']));
  errs.push(...activeDeadlineForbidden(spec.template, [...path, 'template'], 'ReplicaSet'));
  errs.push(...validateDeploymentStrategy(objOf(spec, 'strategy'), [...path, 'strategy']));
  errs.push(...validateNonnegativeField(spec.minReadySeconds, [...path, 'minReadySeconds']));
  errs.push(
    ...validateNonnegativeField(spec.revisionHistoryLimit, [...path, 'revisionHistoryLimit']),
  );
  // progressDeadlineSeconds defaults to 600: a minReadySeconds of 600 or more needs a longer one.
  const deadline = isInt(spec.progressDeadlineSeconds) ? spec.progressDeadlineSeconds : 600;
  const minReady = isInt(spec.minReadySeconds) ? spec.minReadySeconds : 0;
  const at = [...path, 'progressDeadlineSeconds'];
  errs.push(...validateNonnegativeField(spec.progressDeadlineSeconds, at));
  if (isSet(spec.progressDeadlineSeconds) && !isInt(spec.progressDeadlineSeconds)) return errs;
  if (deadline <= minReady)
    errs.push(invalid(at, deadline, 'must be greater than minReadySeconds'));
  return errs;
}

/** `ValidateReplicaSetSpec` (create), less the selector and the pod template's own checks. */
export function validateReplicaSetSpec(spec: Obj, path: Path): ErrorList {
  return [
    ...validateNonnegativeField(spec.replicas, [...path, 'replicas']),
    ...validateNonnegativeField(spec.minReadySeconds, [...path, 'minReadySeconds']),
    ...activeDeadlineForbidden(spec.template, [...path, 'template'], 'ReplicaSet'),
  ];
}

/**
 * `ValidateRollingUpdateDaemonSet` on the defaulted values (maxUnavailable 1, maxSurge 0 when
 * unset): each an int or a percentage of at most 100%, exactly one of them non-zero.
 */
export function validateRollingUpdateDaemonSet(rolling: Obj, path: Path): ErrorList {
  const unavailable = isSet(rolling.maxUnavailable) ? rolling.maxUnavailable : 1;
  const surge = isSet(rolling.maxSurge) ? rolling.maxSurge : 0;
  const errs: ErrorList = [
    ...validatePositiveIntOrPercent(unavailable, [...path, 'maxUnavailable']),
    ...validatePositiveIntOrPercent(surge, [...path, 'maxSurge']),
    ...isNotMoreThan100Percent(unavailable, [...path, 'maxUnavailable']),
    ...isNotMoreThan100Percent(surge, [...path, 'maxSurge']),
  ];
  const hasUnavailable = intOrPercentValue(unavailable) !== 0;
  const hasSurge = intOrPercentValue(surge) !== 0;
  if (hasUnavailable && hasSurge)
    errs.push(
      invalid([...path, 'maxSurge'], surge, 'may not be set when maxUnavailable is non-zero'),
    );
  else if (!hasUnavailable && !hasSurge)
    errs.push(required([...path, 'maxUnavailable'], 'cannot be 0 when maxSurge is 0'));
  return errs;
}

/** `ValidateDaemonSetSpec` (create), less the selector and the pod template's own checks. */
export function validateDaemonSetSpec(spec: Obj, path: Path): ErrorList {
  const errs: ErrorList = [];
  errs.push(...activeDeadlineForbidden(spec.template, [...path, 'template'], 'DaemonSet'));
  errs.push(...validateNonnegativeField(spec.minReadySeconds, [...path, 'minReadySeconds']));
  const strategy = objOf(spec, 'updateStrategy');
  const type = isSet(strategy.type) && strategy.type !== '' ? strategy.type : 'RollingUpdate';
  if (type === 'RollingUpdate')
    errs.push(
      ...validateRollingUpdateDaemonSet(objOf(strategy, 'rollingUpdate'), [
        ...path,
        'updateStrategy',
        'rollingUpdate',
      ]),
    );
  errs.push(
    ...validateNonnegativeField(spec.revisionHistoryLimit, [...path, 'revisionHistoryLimit']),
  );
  return errs;
}

/** `ValidatePersistentVolumeClaimRetentionPolicyType`: Retain or Delete (empty: defaulted). */
function validateRetentionPolicyType(policy: unknown, path: Path): ErrorList {
  if (typeof policy !== 'string' || policy === '' || policy === 'Retain' || policy === 'Delete')
    return [];
  return [unsupported(path, policy, ['Retain', 'Delete'])];
}

/** The internal RollingUpdateStatefulSetStrategy as the API prints it (JSON, Go field names). */
function rollingUpdateJson(rolling: unknown, maxUnavailable: boolean): string {
  const r = isObj(rolling) ? rolling : {};
  return JSON.stringify({
    Partition: isInt(r.partition) ? r.partition : 0,
    MaxUnavailable: maxUnavailable && isSet(r.maxUnavailable) ? r.maxUnavailable : null,
  });
}

/** `validateRollingUpdateStatefulSet`: partition ≥ 0; maxUnavailable (gated) an int or % in (0, 100%]. */
function validateRollingUpdateStatefulSet(
  rolling: Obj,
  path: Path,
  maxUnavailableOn: boolean,
): ErrorList {
  const errs = validateNonnegativeField(rolling.partition, [...path, 'partition']);
  const value = rolling.maxUnavailable;
  if (!maxUnavailableOn || !isSet(value)) return errs;
  const at = [...path, 'maxUnavailable'];
  errs.push(...validatePositiveIntOrPercent(value, at));
  if (intOrPercentValue(value) === 0) errs.push(invalid(at, value, 'cannot be 0'));
  errs.push(...isNotMoreThan100Percent(value, at));
  return errs;
}

/** `ValidateStatefulSetSpec` (create), less the selector and the template's restartPolicy. */
export function validateStatefulSetSpec(spec: Obj, path: Path, k8s: K8sVersion): ErrorList {
  const errs: ErrorList = [];
  // An unknown podManagementPolicy is the schema's enum error (upstream: Invalid, "must be
  // 'OrderedReady' or 'Parallel'", at the same path); the schema's carries a case quick fix.
  // The MaxUnavailableStatefulSet gate: off by default up to 1.34, and the field is dropped.
  const maxUnavailableOn = !gateOffByDefault('MaxUnavailableStatefulSet', k8s);
  const strategy = objOf(spec, 'updateStrategy');
  const type = isSet(strategy.type) && strategy.type !== '' ? strategy.type : 'RollingUpdate';
  const strategyPath = [...path, 'updateStrategy'];
  if (type === 'OnDelete' && isSet(strategy.rollingUpdate))
    errs.push({
      path: [...strategyPath, 'rollingUpdate'],
      detail: `Invalid value: ${rollingUpdateJson(strategy.rollingUpdate, maxUnavailableOn)}: only allowed for updateStrategy 'RollingUpdate'`,
    });
  if (type === 'RollingUpdate' && isObj(strategy.rollingUpdate))
    errs.push(
      ...validateRollingUpdateStatefulSet(
        strategy.rollingUpdate,
        [...strategyPath, 'rollingUpdate'],
        maxUnavailableOn,
      ),
    );
  const retention = spec.persistentVolumeClaimRetentionPolicy;
  if (isObj(retention)) {
    const at = [...path, 'persistentVolumeClaimRetentionPolicy'];
    errs.push(...validateRetentionPolicyType(retention.whenDeleted, [...at, 'whenDeleted']));
    errs.push(...validateRetentionPolicyType(retention.whenScaled, [...at, 'whenScaled']));
  }
  errs.push(...validateNonnegativeField(spec.replicas, [...path, 'replicas']));
  errs.push(...validateNonnegativeField(spec.minReadySeconds, [...path, 'minReadySeconds']));
  // Upstream's path is the single segment "ordinals.start", printed the same.
  errs.push(
    ...validateNonnegativeField(objOf(spec, 'ordinals').start, [...path, 'ordinals', 'start']),
  );
  errs.push(...activeDeadlineForbidden(spec.template, [...path, 'template'], 'StatefulSet'));
  return errs;
}

const RULE: Record<string, string> = {
  Deployment: 'deployment-spec-invalid',
  StatefulSet: 'statefulset-spec-invalid',
  DaemonSet: 'daemonset-spec-invalid',
  ReplicaSet: 'replicaset-spec-invalid',
};

/** apps/v1 Deployment, StatefulSet, DaemonSet and ReplicaSet spec rules. */
export const appsSpec: RuleFamily = {
  ids: Object.values(RULE),
  object(ctx, report) {
    if (ctx.apiVersion !== 'apps/v1' || !Object.hasOwn(RULE, ctx.kind)) return;
    const spec = objOf(ctx.value, 'spec');
    const path = ['spec'];
    const errs =
      ctx.kind === 'Deployment'
        ? validateDeploymentSpec(spec, path)
        : ctx.kind === 'StatefulSet'
          ? validateStatefulSetSpec(spec, path, ctx.k8s)
          : ctx.kind === 'DaemonSet'
            ? validateDaemonSetSpec(spec, path)
            : validateReplicaSetSpec(spec, path);
    reportErrors(
      report,
      { ruleId: RULE[ctx.kind]!, severity: 'error', document: ctx.document },
      errs,
    );
  },
};
