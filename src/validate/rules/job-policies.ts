import type { Path } from '../../yaml/path.ts';
import { isQualifiedName } from '../apimachinery.ts';
import { atoi, isObj, objOf, type Obj } from '../context.ts';
import {
  duplicate,
  invalid,
  required,
  tooLong,
  tooMany,
  unsupported,
  type ErrorList,
} from '../field.ts';
import { validateNonnegativeField } from './replication-controller.ts';
import { isInt, isSet } from './each.ts';

// A Job's podFailurePolicy, successPolicy and podReplacementPolicy, ported from
// pkg/apis/batch/validation/validation.go of kubernetes/kubernetes (the stored version read with
// read_file, find_string id 159273491: the one with successPolicy, managedBy and
// RejectFinishedJobWithTerminatingPods, i.e. 1.31 or later; its commit was not reported).

/** Go's `%q` of a string list, as `fmt.Sprintf("valid values: %q", list)` prints it. */
const goList = (values: readonly string[]) => `[${values.map((v) => JSON.stringify(v)).join(' ')}]`;

const ON_EXIT_OPERATORS = ['In', 'NotIn'];
const CONDITION_STATUSES = ['False', 'True', 'Unknown'];

/** The pod failure actions the API accepts (FailIndex needs JobBackoffLimitPerIndex, 1.29 on). */
export function podFailureActions(failIndex: boolean): string[] {
  return failIndex ? ['Count', 'FailIndex', 'FailJob', 'Ignore'] : ['Count', 'FailJob', 'Ignore'];
}

/** `validatePodFailurePolicyRuleOnExitCodes`. */
function validateOnExitCodes(req: Obj, path: Path, containerNames: Set<unknown>): ErrorList {
  const errs: ErrorList = [];
  const op = req.operator;
  if (!isSet(op) || op === '')
    errs.push(required([...path, 'operator'], `valid values: ${goList(ON_EXIT_OPERATORS)}`));
  // Another operator is the schema's enum error (In, NotIn).
  if (typeof req.containerName === 'string' && !containerNames.has(req.containerName))
    errs.push(
      invalid(
        [...path, 'containerName'],
        req.containerName,
        'must be one of the container or initContainer names in the pod template',
      ),
    );
  const valuesPath = [...path, 'values'];
  const values = Array.isArray(req.values) ? req.values : [];
  if (!values.length) errs.push(invalid(valuesPath, values, 'at least one value is required'));
  else if (values.length > 255) errs.push(tooMany(valuesPath, values.length, 255));
  let ordered = true;
  const unique = new Set<unknown>();
  values.forEach((v, j) => {
    if (!isInt(v)) return;
    if (op === 'In' && v === 0)
      errs.push(invalid([...valuesPath, j], v, 'must not be 0 for the In operator'));
    if (unique.has(v)) errs.push(duplicate([...valuesPath, j], v));
    else unique.add(v);
    const prev = values[j - 1];
    if (j > 0 && isInt(prev) && prev > v) ordered = false;
  });
  if (!ordered) errs.push(invalid(valuesPath, values, 'must be ordered'));
  return errs;
}

/** `validatePodFailurePolicyRuleOnPodConditions` (an empty status is defaulted to True). */
function validateOnPodConditions(patterns: unknown[], path: Path): ErrorList {
  const errs: ErrorList = [];
  if (patterns.length > 20) errs.push(tooMany(path, patterns.length, 20));
  patterns.forEach((pattern, j) => {
    if (!isObj(pattern)) return;
    const type =
      typeof pattern.type === 'string' ? pattern.type : isSet(pattern.type) ? undefined : '';
    if (type !== undefined)
      errs.push(...isQualifiedName(type).map((m) => invalid([...path, j, 'type'], type, m)));
    const status = pattern.status;
    if (typeof status === 'string' && status !== '' && !CONDITION_STATUSES.includes(status))
      errs.push(unsupported([...path, j, 'status'], status, CONDITION_STATUSES));
  });
  return errs;
}

/** `validatePodFailurePolicyRule`: an action, and exactly one of onExitCodes and onPodConditions. */
function validatePodFailurePolicyRule(
  spec: Obj,
  rule: Obj,
  path: Path,
  containerNames: Set<unknown>,
  failIndex: boolean,
): ErrorList {
  const errs: ErrorList = [];
  const action = rule.action;
  const actions = podFailureActions(failIndex);
  const at = [...path, 'action'];
  if (!isSet(action) || action === '') errs.push(required(at, `valid values: ${goList(actions)}`));
  else if (action === 'FailIndex' && failIndex) {
    if (!isSet(spec.backoffLimitPerIndex))
      errs.push(invalid(at, action, 'requires the backoffLimitPerIndex to be set'));
  } else if (action === 'FailIndex')
    // The schema (1.36) knows FailIndex; before JobBackoffLimitPerIndex the API did not. Other
    // unknown actions are the schema's enum error.
    errs.push(unsupported(at, action, actions));
  const onExit = isObj(rule.onExitCodes) ? rule.onExitCodes : undefined;
  const onConditions = Array.isArray(rule.onPodConditions) ? rule.onPodConditions : [];
  if (onExit) errs.push(...validateOnExitCodes(onExit, [...path, 'onExitCodes'], containerNames));
  if (onConditions.length)
    errs.push(...validateOnPodConditions(onConditions, [...path, 'onPodConditions']));
  // field.OmitValueType: upstream prints no value.
  if (onExit && onConditions.length)
    errs.push({
      path,
      detail: 'Invalid value: specifying both OnExitCodes and OnPodConditions is not supported',
    });
  if (!onExit && !onConditions.length)
    errs.push({
      path,
      detail: 'Invalid value: specifying one of OnExitCodes and OnPodConditions is required',
    });
  return errs;
}

/** `validatePodFailurePolicy`: at most 20 rules, each valid against the template's containers. */
export function validatePodFailurePolicy(spec: Obj, path: Path, failIndex: boolean): ErrorList {
  const rules = Array.isArray(objOf(spec, 'podFailurePolicy').rules)
    ? (objOf(spec, 'podFailurePolicy').rules as unknown[])
    : [];
  const rulesPath = [...path, 'rules'];
  const errs: ErrorList = [];
  if (rules.length > 20) errs.push(tooMany(rulesPath, rules.length, 20));
  const podSpec = objOf(objOf(spec, 'template'), 'spec');
  const containerNames = new Set<unknown>();
  for (const list of [podSpec.containers, podSpec.initContainers])
    if (Array.isArray(list)) for (const c of list) if (isObj(c)) containerNames.add(c.name);
  rules.forEach((rule, i) => {
    if (isObj(rule))
      errs.push(
        ...validatePodFailurePolicyRule(spec, rule, [...rulesPath, i], containerNames, failIndex),
      );
  });
  return errs;
}

/**
 * `validatePodReplacementPolicy`: only Failed with a podFailurePolicy. (A value other than Failed
 * and TerminatingOrFailed is the schema's enum error.)
 */
export function validatePodReplacementPolicy(spec: Obj, path: Path): ErrorList {
  const policy = spec.podReplacementPolicy;
  return isSet(spec.podFailurePolicy) && policy === 'TerminatingOrFailed'
    ? [unsupported(path, policy, ['Failed'])]
    : [];
}

/** `parseIndexInterval`: `x` or `x-y`, both below completions, increasing. */
function parseIndexInterval(text: string, completions: number): [number, number] | string {
  const limits = text.split('-');
  if (limits.length > 2)
    return `the fragment ${JSON.stringify(text)} violates the requirement that an index interval can have at most two parts separated by '-'`;
  const x = atoi(limits[0]!);
  if (x === undefined)
    return `cannot convert string to integer for index: ${JSON.stringify(limits[0])}`;
  if (x >= completions) return `too large index: ${JSON.stringify(limits[0])}`;
  if (limits.length === 1) return [x, x];
  const y = atoi(limits[1]!);
  if (y === undefined)
    return `cannot convert string to integer for index: ${JSON.stringify(limits[1])}`;
  if (y >= completions) return `too large index: ${JSON.stringify(limits[1])}`;
  if (x >= y) return `non-increasing order, previous: ${x}, current: ${y}`;
  return [x, y];
}

/** `validateIndexesFormat`: comma-separated increasing intervals; the number of indexes, or why not. */
export function validateIndexesFormat(indexes: string, completions: number): number | string {
  if (!indexes) return 0;
  let last: number | undefined;
  let total = 0;
  for (const interval of indexes.split(',')) {
    const parsed = parseIndexInterval(interval, completions);
    if (typeof parsed === 'string') return parsed;
    const [x, y] = parsed;
    if (last !== undefined && last >= x)
      return `non-increasing order, previous: ${last}, current: ${x}`;
    total += y - x + 1;
    last = y;
  }
  return total;
}

/** `validateSuccessPolicyRule` (the Job is Indexed and has completions). */
function validateSuccessPolicyRule(rule: Obj, path: Path, completions: number): ErrorList {
  const errs: ErrorList = [];
  const indexes = rule.succeededIndexes;
  const count = rule.succeededCount;
  if (!isSet(indexes) && !isSet(count))
    errs.push(
      required(path, 'at least one of succeededCount or succeededIndexes must be specified'),
    );
  let total = 0;
  if (typeof indexes === 'string') {
    const at = [...path, 'succeededIndexes'];
    if (indexes.length > 64 * 1024) errs.push(tooLong(at, 64 * 1024));
    const parsed = validateIndexesFormat(indexes, completions);
    if (typeof parsed === 'string')
      errs.push(invalid(at, indexes, `error parsing succeededIndexes: ${parsed}`));
    else total = parsed;
  }
  if (isInt(count)) {
    const at = [...path, 'succeededCount'];
    errs.push(...validateNonnegativeField(count, at));
    if (count > completions)
      errs.push(
        invalid(
          at,
          count,
          `must be less than or equal to ${completions} (the number of specified completions)`,
        ),
      );
    if (typeof indexes === 'string' && count > total)
      errs.push(
        invalid(
          at,
          count,
          `must be less than or equal to ${total} (the number of indexes in the specified succeededIndexes field)`,
        ),
      );
  }
  return errs;
}

/** `validateSuccessPolicy`: 1 to 20 rules. */
export function validateSuccessPolicy(
  policy: Obj,
  path: Path,
  completions: number | undefined,
): ErrorList {
  const rules = Array.isArray(policy.rules) ? policy.rules : [];
  const rulesPath = [...path, 'rules'];
  const errs: ErrorList = [];
  if (!rules.length)
    errs.push(
      required(
        rulesPath,
        'at least one rules must be specified when the successPolicy is specified',
      ),
    );
  if (rules.length > 20) errs.push(tooMany(rulesPath, rules.length, 20));
  // Without completions upstream dereferences a nil pointer; the Required error says enough.
  if (completions === undefined) return errs;
  rules.forEach((rule, i) => {
    if (isObj(rule)) errs.push(...validateSuccessPolicyRule(rule, [...rulesPath, i], completions));
  });
  return errs;
}

/** The internal batch.SuccessPolicy as the API prints it (JSON with Go field names). */
export function successPolicyJson(policy: Obj): string {
  const rules = Array.isArray(policy.rules) ? policy.rules : [];
  return JSON.stringify({
    Rules: rules.map((r) => ({
      SucceededIndexes: isObj(r) && isSet(r.succeededIndexes) ? r.succeededIndexes : null,
      SucceededCount: isObj(r) && isSet(r.succeededCount) ? r.succeededCount : null,
    })),
  });
}
