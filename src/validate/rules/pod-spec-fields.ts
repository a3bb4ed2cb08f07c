import { parseQuantity } from '../../pod/quantity.ts';
import { canonicalQuantity, isWholeQuantity, quantityValue } from '../../pod/quantity-api.ts';
import type { Path } from '../../yaml/path.ts';
import {
  inclusiveRangeError,
  isDNS1123Subdomain,
  isQualifiedName,
  MAX_INT32,
} from '../apimachinery.ts';
import { API_FIELD_CHANGES, servedIn } from '../api-fields.ts';
import { gateOffByDefault } from '../api-gates.ts';
import { goString, isObj, listOf, type Obj, type RuleFamily } from '../context.ts';
import { forbidden, invalid, reportErrors, required, unsupported } from '../field.ts';
import type { ErrorList } from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import { validationChanged } from '../api-validation-changes.ts';
import { validateContainerResourceName } from './container-resources.ts';
import { validatePodResourceClaims } from './pod-resource-claims.ts';
import { isHugePageResourceName, isIntegerResourceName } from './resource-names.ts';
import { isSet, specContainers } from './each.ts';

// The remaining pod-level fields of `ValidatePodSpec`, ported by structure from
// pkg/apis/core/validation/validation.go of Kubernetes 1.34.1 (openshift/openshift-apiserver@
// 56aa2d96e, vendor/k8s.io/kubernetes), with pkg/apis/core/helper/helpers.go for resource names
// Older releases: see api-gates.ts.

const IS_NEGATIVE = 'must be greater than or equal to 0';

/** `validateReadinessGates`: each conditionType a qualified name. */
export function validateReadinessGates(gates: unknown, path: Path): ErrorList {
  return listOf(gates).flatMap((gate, i) => {
    const type = isObj(gate) ? goString(gate.conditionType) : undefined;
    if (type === undefined) return [];
    return isQualifiedName(type).map((m) => invalid([...path, i, 'conditionType'], type, m));
  });
}

/** `validateOS`: a name, linux or windows (before 1.34 the Required error said "cannot be empty"). */
export function validateOS(os: unknown, path: Path, k8s: K8sVersion): ErrorList {
  if (!isObj(os)) return [];
  const name = goString(os.name);
  if (name === '')
    return [
      required(
        [...path, 'name'],
        validationChanged('osNameRequiredMessage', k8s) ? undefined : 'cannot be empty',
      ),
    ];
  if (name !== undefined && name !== 'linux' && name !== 'windows')
    return [unsupported(path, name, ['linux', 'windows'])];
  return [];
}

/** True when a field is set (present and not null): Go's non-nil pointer. */

/**
 * True when the target version keeps `type.field` of a manifest: served (API_FIELD_CHANGES) and
 * not dropped by a gate off by default. procMount is never dropped: with ProcMountType off the
 * API server resets it to Default instead, so a windows pod still may not set it.
 */
function kept(type: string, field: string, k8s: K8sVersion): boolean {
  const change = API_FIELD_CHANGES.find((c) => c.type === type && c.field === field);
  if (!change) return true;
  if (!servedIn(change, k8s)) return false;
  return field === 'procMount' || !change.gate || !gateOffByDefault(change.gate, k8s);
}

/** `validateLinux`: no windowsOptions in a linux pod. */
export function validateLinux(spec: Obj, specPath: Path): ErrorList {
  const detail = 'windows options cannot be set for a linux pod';
  const errs: ErrorList = [];
  if (isObj(spec.securityContext) && isSet(spec.securityContext.windowsOptions))
    errs.push(forbidden([...specPath, 'securityContext', 'windowsOptions'], detail));
  for (const c of specContainers(spec, specPath))
    if (isObj(c.raw.securityContext) && isSet(c.raw.securityContext.windowsOptions))
      errs.push(forbidden([...c.path, 'securityContext', 'windowsOptions'], detail));
  return errs;
}

/**
 * `validateWindows`: the Linux-only fields of the pod and its containers. A field the target
 * version drops (its gate off by default) or does not serve (appArmorProfile before 1.30) is not
 * there to forbid. procMount stays: with its gate off the API server resets it to Default rather
 * than dropping it.
 */
export function validateWindows(spec: Obj, specPath: Path, k8s: K8sVersion): ErrorList {
  const detail = 'cannot be set for a windows pod';
  const errs: ErrorList = [];
  const no = (set: boolean, path: Path) => set && errs.push(forbidden(path, detail));
  const pod = (field: string) => kept('PodSpec', field, k8s);
  const podSc = (field: string) => kept('PodSecurityContext', field, k8s);
  const sc = isObj(spec.securityContext) ? spec.securityContext : {};
  const scPath = [...specPath, 'securityContext'];
  const scField = (field: string) => no(podSc(field) && isSet(sc[field]), [...scPath, field]);
  scField('appArmorProfile');
  scField('seLinuxOptions');
  no(pod('hostUsers') && isSet(spec.hostUsers), [...specPath, 'hostUsers']);
  no(spec.hostPID === true, [...specPath, 'hostPID']);
  no(spec.hostIPC === true, [...specPath, 'hostIPC']);
  scField('seccompProfile');
  scField('fsGroup');
  scField('fsGroupChangePolicy');
  no(listOf(sc.sysctls).length > 0, [...scPath, 'sysctls']);
  no(isSet(spec.shareProcessNamespace), [...specPath, 'shareProcessNamespace']);
  for (const field of [
    'runAsUser',
    'runAsGroup',
    'supplementalGroups',
    'supplementalGroupsPolicy',
    'seLinuxChangePolicy',
  ])
    scField(field);
  const containerFields = [
    'appArmorProfile',
    'seLinuxOptions',
    'seccompProfile',
    'capabilities',
    'readOnlyRootFilesystem',
    'privileged',
    'allowPrivilegeEscalation',
    'procMount',
    'runAsUser',
    'runAsGroup',
  ];
  for (const c of specContainers(spec, specPath)) {
    const csc = c.raw.securityContext;
    if (!isObj(csc)) continue;
    for (const field of containerFields)
      no(isSet(csc[field]), [...c.path, 'securityContext', field]);
  }
  return errs;
}

/** A name that must be a DNS subdomain (`NameIsDNSSubdomain`): nodeName, priorityClassName, …. */
export function validateSubdomainName(value: unknown, path: Path, allowEmpty = true): ErrorList {
  if (typeof value !== 'string' || (allowEmpty && value === '')) return [];
  return isDNS1123Subdomain(value).map((m) => invalid(path, value, m));
}

/** activeDeadlineSeconds: 1 … MaxInt32. */
export function validateActiveDeadlineSeconds(value: unknown, path: Path): ErrorList {
  if (typeof value !== 'number' || (value >= 1 && value <= MAX_INT32)) return [];
  return [invalid(path, value, inclusiveRangeError(1, MAX_INT32))];
}

/** `ValidatePreemptionPolicy`. */
export function validatePreemptionPolicy(value: unknown, path: Path): ErrorList {
  if (typeof value !== 'string' || value === 'PreemptLowerPriority' || value === 'Never') return [];
  if (value === '') return [required(path)];
  return [unsupported(path, value, ['PreemptLowerPriority', 'Never'])];
}

/**
 * `validateOverhead`: the limits half of `ValidateContainerResourceRequirements`, so errors sit
 * at `overhead.limits[name]` as upstream's do: container resource names, no negative quantity,
 * whole numbers for extended resources, and hugepages only beside cpu or memory. A quantity that
 * does not parse is resource-quantity-invalid's.
 */
export function validateOverhead(overhead: unknown, path: Path): ErrorList {
  if (!isObj(overhead)) return [];
  const errs: ErrorList = [];
  for (const [name, raw] of Object.entries(overhead)) {
    const at = [...path, 'limits', name];
    errs.push(...validateContainerResourceName(name, at));
    const q = parseQuantity(raw);
    if (!q) continue;
    const shown = canonicalQuantity(raw);
    if (quantityValue(q).digits < 0n) errs.push(invalid(at, shown, IS_NEGATIVE));
    if (isIntegerResourceName(name) && !isWholeQuantity(q))
      errs.push(invalid(at, shown, 'must be an integer'));
  }
  const names = Object.keys(overhead);
  if (names.some(isHugePageResourceName) && !names.some((n) => n === 'cpu' || n === 'memory'))
    errs.push(forbidden(path, 'HugePages require cpu or memory'));
  return errs;
}

/**
 * The other pod-level fields of `ValidatePodSpec`: readinessGates, os (and the fields its name
 * rules out), nodeName, activeDeadlineSeconds, priorityClassName, runtimeClassName,
 * preemptionPolicy, overhead and resourceClaims (from 1.34, where DynamicResourceAllocation is
 * on by default). The grace-period warning is pod-warnings.ts's.
 */
export const podSpecFields: RuleFamily = {
  ids: [
    'pod-readiness-gates-invalid',
    'pod-os-invalid',
    'pod-spec-field-invalid',
    'pod-resource-claims-invalid',
  ],
  workload(ctx, report) {
    const { spec, k8s, pod } = ctx;
    const at = (field: string) => [...pod.specPath, field];
    const emit = (ruleId: string, errors: ErrorList) =>
      reportErrors(report, { ruleId, severity: 'error', document: ctx.document }, errors);

    emit(
      'pod-readiness-gates-invalid',
      validateReadinessGates(spec.readinessGates, at('readinessGates')),
    );

    const osErrors = validateOS(spec.os, at('os'), k8s);
    const osName = isObj(spec.os) ? spec.os.name : undefined;
    emit(
      'pod-os-invalid',
      osErrors.length
        ? osErrors
        : osName === 'linux'
          ? validateLinux(spec, pod.specPath)
          : osName === 'windows'
            ? validateWindows(spec, pod.specPath, k8s)
            : [],
    );

    emit('pod-spec-field-invalid', [
      ...validateSubdomainName(spec.nodeName, at('nodeName')),
      ...validateActiveDeadlineSeconds(spec.activeDeadlineSeconds, at('activeDeadlineSeconds')),
      ...validateSubdomainName(spec.priorityClassName, at('priorityClassName')),
      ...validateSubdomainName(spec.runtimeClassName, at('runtimeClassName'), false),
      ...validatePreemptionPolicy(spec.preemptionPolicy, at('preemptionPolicy')),
      ...validateOverhead(spec.overhead, at('overhead')),
    ]);
    // The containers' `resources.claims` are container-resources-invalid's (container-resources.ts).
    if (!gateOffByDefault('DynamicResourceAllocation', k8s))
      emit(
        'pod-resource-claims-invalid',
        validatePodResourceClaims(spec.resourceClaims, at('resourceClaims')),
      );
  },
};
