import { getPath } from '../../pod/view.ts';
import type { Path } from '../../yaml/path.ts';
import { isQualifiedName, isValidLabelValue, validateLabelName } from '../apimachinery.ts';
import { validateLabelSelector, validateLabels } from '../apimachinery.ts';
import { gateOffByDefault } from '../api-gates.ts';
import {
  goNumber,
  goString,
  isObj,
  listOf,
  type RuleFamily,
  type WorkloadContext,
} from '../context.ts';
import { duplicate, forbidden, invalid, reportErrors, required, unsupported } from '../field.ts';
import type { ErrorList, FieldError } from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import { validationChanged } from '../api-validation-changes.ts';
import { fieldServed } from '../api-fields.ts';
import { mergeLabelKeys, stringsOf } from './scheduling-affinity.ts';
import {
  validateAffinity,
  validateMatchLabelKeysAndMismatchLabelKeys,
} from './scheduling-affinity.ts';

// Tolerations, topology spread constraints, scheduling gates and nodeSelector, ported by structure
// from pkg/apis/core/validation/validation.go of Kubernetes 1.34.1 (openshift/openshift-apiserver@
// 56aa2d96e, vendor/k8s.io/kubernetes); affinity is in scheduling-affinity.ts. Older releases were
// read from the same file vendored at 1.27.2, 1.28–1.31 (ceph/ceph-csi) and 1.32.1, 1.33.3 (see
// api-gates.ts for the commits); where they differ, the check follows `ctx.k8s`.

const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const IS_NOT_POSITIVE = 'must be greater than zero';

/**
 * `ValidateTolerations`. Before 1.32 a value beside `Exists` was reported with the whole
 * toleration (the internal struct, as JSON) as the bad value; from 1.32, the value alone.
 */
export function validateTolerations(tolerations: unknown, path: Path, k8s: K8sVersion): ErrorList {
  return listOf(tolerations).flatMap((t, i) => {
    if (!isObj(t)) return [];
    const errs: ErrorList = [];
    const at = (field: string) => [...path, i, field];
    const key = goString(t.key);
    const operator = goString(t.operator);
    const value = goString(t.value);
    const effect = goString(t.effect);
    if (key) errs.push(...validateLabelName(key, at('key')));
    if (key === '' && operator !== undefined && operator !== 'Exists')
      errs.push(
        invalid(
          at('operator'),
          operator,
          'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        ),
      );
    const seconds = t.tolerationSeconds;
    if (seconds !== undefined && seconds !== null && effect !== undefined && effect !== 'NoExecute')
      errs.push(
        invalid(at('effect'), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"),
      );
    if (operator === 'Equal' || operator === '') {
      const problems = value === undefined ? [] : isValidLabelValue(value);
      if (problems.length) errs.push(invalid(at('operator'), value, problems.join(';')));
    } else if (operator === 'Exists') {
      if (value) {
        const bad = validationChanged('tolerationExistsValueMessage', k8s)
          ? value
          : {
              Key: key,
              Operator: operator,
              Value: value,
              Effect: effect,
              TolerationSeconds: seconds ?? null,
            };
        errs.push(invalid(at('operator'), bad, "value must be empty when `operator` is 'Exists'"));
      }
    } else if (operator !== undefined)
      errs.push(unsupported(at('operator'), operator, ['Equal', 'Exists']));
    if (effect) errs.push(...validateTaintEffect(effect, at('effect')));
    return errs;
  });
}

/** `validateTaintEffect` (an empty effect, matching all effects, is allowed in a toleration). */
export function validateTaintEffect(effect: string, path: Path): ErrorList {
  return TAINT_EFFECTS.includes(effect) ? [] : [unsupported(path, effect, TAINT_EFFECTS)];
}

/** How the target cluster validates topology spread constraints. */
export interface SpreadOptions {
  readonly k8s: K8sVersion;
  /** The pod's labels when matchLabelKeys are merged into the selector before validation. */
  readonly mergeLabels?: Readonly<Record<string, string>>;
}

/**
 * `validateTopologySpreadConstraints`. matchLabelKeys follow `ValidateMatchLabelKeysInTopologySpread`
 * before 1.34 and `ValidateMatchLabelKeysAndMismatchLabelKeys` from 1.34, when the API server
 * merges them into a Pod's labelSelector first (MatchLabelKeysInPodTopologySpreadSelectorMerge).
 */
export function validateTopologySpreadConstraints(
  constraints: unknown,
  path: Path,
  opts: SpreadOptions,
): ErrorList {
  const list = listOf(constraints);
  return list.flatMap((c, i) => {
    if (!isObj(c)) return [];
    const sub = [...path, i];
    const errs: ErrorList = [];
    const maxSkew = goNumber(c.maxSkew);
    if (maxSkew !== undefined && maxSkew <= 0)
      errs.push(invalid([...sub, 'maxSkew'], maxSkew, IS_NOT_POSITIVE));
    const topologyKey = goString(c.topologyKey);
    const err = (e: FieldError | undefined) => e && errs.push(e);
    err(validateTopologyKey([...sub, 'topologyKey'], topologyKey));
    const action = goString(c.whenUnsatisfiable);
    err(validateWhenUnsatisfiable([...sub, 'whenUnsatisfiable'], action));
    err(validateSpreadConstraintNotRepeat(sub, topologyKey, action, list.slice(i + 1)));
    errs.push(...validateMinDomains([...sub, 'minDomains'], c.minDomains, action));
    err(validateNodeInclusionPolicy([...sub, 'nodeAffinityPolicy'], c.nodeAffinityPolicy));
    err(validateNodeInclusionPolicy([...sub, 'nodeTaintsPolicy'], c.nodeTaintsPolicy));
    const keys = stringsOf(c.matchLabelKeys);
    if (validationChanged('topologySpreadMatchLabelKeysMerged', opts.k8s)) {
      const selector = opts.mergeLabels
        ? mergeLabelKeys(c.labelSelector, keys, [], opts.mergeLabels)
        : c.labelSelector;
      errs.push(...validateMatchLabelKeysAndMismatchLabelKeys(sub, keys, [], selector));
    } else
      errs.push(
        ...validateMatchLabelKeysInTopologySpread(
          [...sub, 'matchLabelKeys'],
          keys,
          c.labelSelector,
        ),
      );
    errs.push(...validateLabelSelector(c.labelSelector, [...sub, 'labelSelector']));
    return errs;
  });
}

/** `validateMinDomains`: positive, and only with whenUnsatisfiable DoNotSchedule. */
export function validateMinDomains(
  path: Path,
  minDomains: unknown,
  action: string | undefined,
): ErrorList {
  if (typeof minDomains !== 'number') return [];
  const errs: ErrorList = [];
  if (minDomains <= 0) errs.push(invalid(path, minDomains, IS_NOT_POSITIVE));
  if (action !== undefined && action !== 'DoNotSchedule')
    errs.push(
      invalid(
        path,
        minDomains,
        `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${action}`,
      ),
    );
  return errs;
}

/** `ValidateTopologyKey`. */
export function validateTopologyKey(path: Path, key: string | undefined): FieldError | undefined {
  return key === '' ? required(path, 'can not be empty') : undefined;
}

/** `ValidateWhenUnsatisfiable`. */
export function validateWhenUnsatisfiable(
  path: Path,
  action: string | undefined,
): FieldError | undefined {
  if (action === undefined || action === 'DoNotSchedule' || action === 'ScheduleAnyway')
    return undefined;
  return unsupported(path, action, ['DoNotSchedule', 'ScheduleAnyway']);
}

/**
 * `ValidateSpreadConstraintNotRepeat`: one constraint per {topologyKey, whenUnsatisfiable}.
 * Upstream names the field `{topologyKey, whenUnsatisfiable}`; Podsmith's path prints it bracketed.
 */
export function validateSpreadConstraintNotRepeat(
  sub: Path,
  topologyKey: string | undefined,
  action: string | undefined,
  rest: unknown[],
): FieldError | undefined {
  if (topologyKey === undefined || action === undefined) return undefined;
  const repeated = rest.some(
    (o) =>
      isObj(o) &&
      goString(o.topologyKey) === topologyKey &&
      goString(o.whenUnsatisfiable) === action,
  );
  return repeated
    ? duplicate([...sub, '{topologyKey, whenUnsatisfiable}'], `{${topologyKey}, ${action}}`)
    : undefined;
}

/** `validateNodeInclusionPolicy`: Honor or Ignore. */
export function validateNodeInclusionPolicy(path: Path, policy: unknown): FieldError | undefined {
  if (typeof policy !== 'string' || policy === 'Honor' || policy === 'Ignore') return undefined;
  return unsupported(path, policy, ['Honor', 'Ignore']);
}

/** `ValidateMatchLabelKeysInTopologySpread` (before 1.34): label keys not already in the selector. */
export function validateMatchLabelKeysInTopologySpread(
  path: Path,
  keys: readonly string[],
  selector: unknown,
): ErrorList {
  if (!keys.length) return [];
  const errs: ErrorList = [];
  const selectorKeys = new Set<string>();
  if (isObj(selector)) {
    if (isObj(selector.matchLabels))
      for (const k of Object.keys(selector.matchLabels)) selectorKeys.add(k);
    for (const e of listOf(selector.matchExpressions))
      if (isObj(e) && typeof e.key === 'string') selectorKeys.add(e.key);
  } else if (selector === undefined || selector === null)
    errs.push(forbidden(path, 'must not be specified when labelSelector is not set'));
  keys.forEach((key, i) => {
    errs.push(...validateLabelName(key, [...path, i]));
    if (selectorKeys.has(key))
      errs.push(invalid([...path, i], key, 'exists in both matchLabelKeys and labelSelector'));
  });
  return errs;
}

/** `validateSchedulingGates`: qualified names, no repeats (reported at the entry). */
export function validateSchedulingGates(gates: unknown, path: Path): ErrorList {
  const seen = new Set<string>();
  return listOf(gates).flatMap((gate, i) => {
    const name = isObj(gate) ? goString(gate.name) : undefined;
    if (name === undefined) return [];
    const errs = isQualifiedName(name).map((m) => invalid([...path, i], name, m));
    if (seen.has(name)) errs.push(duplicate([...path, i], name));
    seen.add(name);
    return errs;
  });
}

/** The labels the pod itself carries (as written), for the matchLabelKeys merge. */
function ownLabels(ctx: WorkloadContext): Record<string, string> {
  const labels = getPath(ctx.value, [...ctx.pod.templatePath, 'metadata', 'labels']);
  const out: Record<string, string> = {};
  if (isObj(labels))
    for (const [k, v] of Object.entries(labels)) out[k] = typeof v === 'string' ? v : '';
  return out;
}

/** Errors of `withMerge` that `plain` lacks: what only the merged selector adds. */
function onlyMerged(withMerge: ErrorList, plain: ErrorList): ErrorList {
  const seen = new Set(plain.map((e) => `${JSON.stringify(e.path)} ${e.detail}`));
  return withMerge.filter((e) => !seen.has(`${JSON.stringify(e.path)} ${e.detail}`));
}

/**
 * Scheduling fields of every pod (`ValidatePodSpec`): affinity, tolerations, topology spread
 * constraints, scheduling gates and nodeSelector labels. A bare Pod's matchLabelKeys are merged
 * into its selectors first, as the API server does; a template is validated as written, and what
 * the merge would add there is a warning, since the controller's Pods are then refused.
 */
export const scheduling: RuleFamily = {
  ids: [
    'pod-affinity-invalid',
    'pod-tolerations-invalid',
    'pod-topology-spread-invalid',
    'pod-node-selector-invalid',
    'pod-scheduling-gates-invalid',
  ],
  workload(ctx, report) {
    const { spec, k8s, pod } = ctx;
    const at = (field: string) => [...pod.specPath, field];
    const emit = (ruleId: string, errors: ErrorList, severity: 'error' | 'warning' = 'error') =>
      reportErrors(report, { ruleId, severity, document: ctx.document }, errors);
    const labels = ownLabels(ctx);
    const bare = pod.kind === 'Pod';

    const affinityOpts = {
      nodeAffinityLabelValues: validationChanged('nodeAffinityLabelValues', k8s),
      matchLabelKeys:
        fieldServed('PodAffinityTerm', 'matchLabelKeys', k8s) &&
        !gateOffByDefault('MatchLabelKeysInPodAffinity', k8s),
    };
    mergedOrWarned(
      (mergeLabels) =>
        validateAffinity(spec.affinity, at('affinity'), { ...affinityOpts, mergeLabels }),
      affinityOpts.matchLabelKeys,
      'pod-affinity-invalid',
    );
    emit('pod-tolerations-invalid', validateTolerations(spec.tolerations, at('tolerations'), k8s));
    mergedOrWarned(
      (mergeLabels) =>
        validateTopologySpreadConstraints(
          spec.topologySpreadConstraints,
          at('topologySpreadConstraints'),
          {
            k8s,
            mergeLabels,
          },
        ),
      validationChanged('topologySpreadMatchLabelKeysMerged', k8s),
      'pod-topology-spread-invalid',
    );
    emit('pod-node-selector-invalid', validateLabels(spec.nodeSelector, at('nodeSelector')));
    emit(
      'pod-scheduling-gates-invalid',
      validateSchedulingGates(spec.schedulingGates, at('schedulingGates')),
    );

    function mergedOrWarned(
      check: (mergeLabels?: Record<string, string>) => ErrorList,
      merges: boolean,
      ruleId: string,
    ): void {
      if (!merges) return emit(ruleId, check());
      if (bare) return emit(ruleId, check(labels));
      const plain = check();
      emit(ruleId, plain);
      emit(ruleId, onlyMerged(check(labels), plain), 'warning');
    }
  },
};
