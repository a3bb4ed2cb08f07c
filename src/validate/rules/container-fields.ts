import type { Path } from '../../yaml/path.ts';
import { isObj, listOf, type RuleFamily, type WorkloadContext } from '../context.ts';
import {
  duplicate,
  forbidden,
  invalid,
  reportErrors,
  required,
  tooLong,
  unsupported,
  type ErrorList,
  type FieldError,
} from '../field.ts';
import { nativeSidecarsOn } from '../versions.ts';
import { isSet, podContainers, type PodContainer } from './each.ts';
import { gateKeeps, gracePeriodOf, PROBE_HANDLERS, validateHandler } from './lifecycle.ts';
import { PROBES } from './probes.ts';

// Per-container fields of validateContainerCommon / validateContainers / validateInitContainers
// (pkg/apis/core/validation/validation.go, Kubernetes 1.34.1, vendored unmodified in
// openshift/openshift-apiserver@56aa2d96e) that no other family checks: the fields of each probe's
// handler (validateHandler, shared with lifecycle.ts; the probes family counts the handlers),
// resizePolicy, and the container restart rules (restartPolicyRules: ContainerRestartRules is off
// in 1.34, when the API drops them, and on by default from 1.35 (beta), so they are checked from
// 1.35; api-gates.ts). imagePullPolicy, terminationMessagePolicy and httpGet.scheme are
// schema enums (schema-enum reports them with upstream's words; an empty value is defaulted), and
// 1.34.1 checks nothing about workingDir, stdin, tty or terminationMessagePath.

/** The pod's restartPolicy after defaulting (SetDefaults_PodSpec: Always when empty). */
export function podRestartPolicy(spec: Record<string, unknown>): unknown {
  const policy = spec.restartPolicy;
  return policy === undefined || policy === null || policy === '' ? 'Always' : policy;
}

const RESIZE_RESOURCES = ['cpu', 'memory'];
const RESIZE_POLICIES = ['NotRequired', 'RestartContainer'];

/**
 * `validateResizePolicy`: each resource at most once, only cpu and memory, a known restart policy,
 * and NotRequired everywhere in a pod whose restartPolicy is Never. The Required, NotSupported and
 * Invalid errors point at the list, as upstream's do; a missing key is the schema's to report.
 */
export function validateResizePolicy(list: unknown, path: Path, podPolicy: unknown): ErrorList {
  const errs: ErrorList = [];
  const seen = new Set<unknown>();
  listOf(list).forEach((p, i) => {
    if (!isObj(p)) return;
    const name = p.resourceName === null ? '' : p.resourceName;
    const policy = p.restartPolicy === null ? '' : p.restartPolicy;
    if (seen.has(name)) errs.push(duplicate([...path, i], name));
    seen.add(name);
    if (name === '') errs.push(required(path));
    else if (typeof name === 'string' && !RESIZE_RESOURCES.includes(name))
      errs.push(unsupported(path, name, RESIZE_RESOURCES));
    if (policy === '') errs.push(required(path));
    else if (typeof policy === 'string' && !RESIZE_POLICIES.includes(policy))
      errs.push(unsupported(path, policy, RESIZE_POLICIES));
    if (podPolicy === 'Never' && policy !== 'NotRequired' && typeof policy === 'string')
      errs.push(invalid(path, policy, "must be 'NotRequired' when `restartPolicy` is 'Never'"));
  });
  return errs;
}

const RULE_OPERATORS = ['In', 'NotIn'];

/**
 * `validateContainerRestartPolicy` for regular containers and non-sidecar init containers, when
 * ContainerRestartRules keeps the fields: restartPolicy is required beside restartPolicyRules, at
 * most 20 rules, each with action Restart and exitCodes (operator In or NotIn, at most 255
 * values). An unknown restartPolicy itself is the containers family's to report.
 */
export function validateContainerRestartPolicy(container: unknown, path: Path): ErrorList {
  const errs: ErrorList = [];
  const c = isObj(container) ? container : {};
  const policy = c.restartPolicy;
  const rules = listOf(c.restartPolicyRules);
  const rulesPath = [...path, 'restartPolicyRules'];
  if (!isSet(policy)) {
    if (!rules.length) return errs;
    errs.push(
      required(
        [...path, 'restartPolicy'],
        'must specify restartPolicy when restart rules are used',
      ),
    );
  }
  if (rules.length > 20) errs.push(tooLong(rulesPath, 20));
  rules.forEach((rule, i) => {
    if (!isObj(rule)) return;
    const at = [...rulesPath, i];
    const action = rule.action ?? '';
    if (action !== 'Restart' && typeof action === 'string')
      errs.push(unsupported([...at, 'action'], action, ['Restart']));
    const codes = rule.exitCodes;
    if (!isSet(codes)) {
      errs.push(required([...at, 'exitCodes'], 'must be specified'));
      return;
    }
    if (!isObj(codes)) return;
    const op = codes.operator ?? '';
    if (typeof op === 'string' && !RULE_OPERATORS.includes(op))
      errs.push(unsupported([...at, 'exitCodes', 'operator'], op, RULE_OPERATORS));
    if (listOf(codes.values).length > 255) errs.push(tooLong([...at, 'exitCodes', 'values'], 255));
  });
  return errs;
}

/**
 * The restart-rule part of `validateInitContainerRestartPolicy`: a native sidecar may not have
 * restartPolicyRules; any other init container's policy and rules go through
 * validateContainerRestartPolicy. Without a restartPolicy nothing is checked (as upstream).
 */
export function validateInitContainerRestartPolicy(container: unknown, path: Path): ErrorList {
  const c = isObj(container) ? container : {};
  if (!isSet(c.restartPolicy)) return [];
  if (c.restartPolicy === 'Always')
    return listOf(c.restartPolicyRules).length
      ? [
          forbidden(
            [...path, 'restartPolicyRules'],
            'restartPolicyRules are not allowed for init containers with restart policy Always',
          ),
        ]
      : [];
  return validateContainerRestartPolicy(c, path);
}

/** The probes family reports how many handlers a probe has; only the handler's fields are left. */
const isCount = (e: FieldError) =>
  e.detail === 'Forbidden: may not specify more than 1 handler type' ||
  e.detail === 'Required value: must specify a handler type';

/**
 * The fields of each probe's handler (validateHandler via validateLivenessProbe & co.): for app
 * containers and native sidecars (from 1.29; before, a sidecar's restartPolicy is dropped and its
 * probes are refused outright by the containers family).
 */
function probeActions(ctx: WorkloadContext, { view, raw }: PodContainer): ErrorList {
  if (view.role === 'init') return [];
  if (view.role === 'native-sidecar' && !nativeSidecarsOn(ctx.k8s)) return [];
  const opts = { gracePeriod: gracePeriodOf(ctx.spec), k8s: ctx.k8s };
  return PROBES.flatMap((probe) => {
    const value = raw[probe];
    if (!isObj(value)) return [];
    return validateHandler(value, PROBE_HANDLERS, [...view.path, probe], opts).filter(
      (e) => !isCount(e),
    );
  });
}

/**
 * Probe actions, resize policies (InPlacePodVerticalScaling, on from 1.33) and restart rules of
 * each container.
 */
export const containerFields: RuleFamily = {
  ids: ['container-field-invalid'],
  workload(ctx: WorkloadContext, report) {
    const base = {
      ruleId: 'container-field-invalid',
      severity: 'error' as const,
      document: ctx.document,
    };
    const resize = gateKeeps('InPlacePodVerticalScaling', ctx.k8s);
    // Served from 1.34; while ContainerRestartRules is off (1.34) the API drops the rules.
    const rules = gateKeeps('ContainerRestartRules', ctx.k8s, '1.34');
    const podPolicy = podRestartPolicy(ctx.spec);
    for (const c of podContainers(ctx)) {
      const { view, raw } = c;
      reportErrors(report, base, probeActions(ctx, c));
      if (resize)
        reportErrors(
          report,
          base,
          validateResizePolicy(raw.resizePolicy, [...view.path, 'resizePolicy'], podPolicy),
        );
      if (!rules) continue;
      reportErrors(
        report,
        base,
        view.list === 'containers'
          ? validateContainerRestartPolicy(raw, view.path)
          : validateInitContainerRestartPolicy(raw, view.path),
      );
    }
  },
};
