import { parseQuantity, type ExactValue } from '../../pod/quantity.ts';
import {
  compareValues,
  printValue,
  quantityDecodeError,
  quantityFormat,
  quantityValue,
  type QuantityFormat,
} from '../../pod/quantity-api.ts';
import type { Path } from '../../yaml/path.ts';
import { isDNS1123Label, isQualifiedName } from '../apimachinery.ts';
import { isObj, listOf, objOf, quote, type Obj, type RuleFamily } from '../context.ts';
import type { K8sVersion } from '../versions.ts';
import {
  duplicate,
  forbidden,
  invalid,
  reportErrors,
  required,
  unsupported,
  type ErrorList,
} from '../field.ts';
import { podContainers } from './each.ts';
import {
  isExtendedResourceName,
  isHugePageResourceName,
  isIntegerResourceName,
  isNativeResource,
  isOvercommitAllowed,
  isStandardResourceName,
} from './resource-names.ts';
import { gateKeeps } from './lifecycle.ts';

// Resource requirements of containers and of the pod: validateResourceRequirements with
// validateContainerResourceName or validatePodResourceName, validateResourceClaimNames,
// validatePodResources and validatePodResourceConsistency (pkg/apis/core/validation/validation.go,
// with the name helpers of pkg/apis/core/helper/helpers.go and AggregateContainerRequests /
// AggregateContainerLimits of k8s.io/component-helpers/resource, Kubernetes 1.34.1 vendored in
// openshift/openshift-apiserver@56aa2d96e). A quantity that does not decode, and a request above
// the limit of cpu, memory or ephemeral-storage, are the resources family's.

/** A decoded quantity as the API keeps it: rounded up to 1m (SetDefaults_ResourceList), printed back. */
export interface ApiQuantity {
  value: ExactValue;
  format: QuantityFormat;
  text: string;
}

function roundUpMilli(v: ExactValue): ExactValue {
  if (v.exponent >= -3) return v;
  const factor = 10n ** BigInt(-3 - v.exponent);
  const magnitude = v.digits < 0n ? -v.digits : v.digits;
  const up = (magnitude + factor - 1n) / factor;
  return { digits: v.digits < 0n ? -up : up, exponent: -3 };
}

/** The quantity the API validates, or undefined when it does not decode (resource-quantity-invalid). */
export function apiQuantity(raw: unknown): ApiQuantity | undefined {
  if (quantityDecodeError(raw) !== undefined) return undefined;
  const q = parseQuantity(raw);
  if (!q) return undefined;
  const format = quantityFormat(q);
  const value = roundUpMilli(quantityValue(q));
  return { value, format, text: printValue(value, format) };
}

/** `validateResourceName`: a qualified name, and a standard one when it has no prefix. */
export function validateResourceName(name: string, path: Path): ErrorList {
  const errs = isQualifiedName(name).map((m) => invalid(path, name, m));
  if (errs.length) return errs;
  if (!name.includes('/') && !isStandardResourceName(name))
    return [invalid(path, name, 'must be a standard resource type or fully qualified')];
  return [];
}

/** `validateContainerResourceName`: cpu, memory, ephemeral-storage, hugepages-*, or extended. */
export function validateContainerResourceName(name: string, path: Path): ErrorList {
  const errs = validateResourceName(name, path);
  if (!name.includes('/')) {
    if (!['cpu', 'memory', 'ephemeral-storage'].includes(name) && !isHugePageResourceName(name))
      errs.push(invalid(path, name, 'must be a standard resource for containers'));
  } else if (!isNativeResource(name) && !isExtendedResourceName(name))
    errs.push(invalid(path, name, "doesn't follow extended resource name standard"));
  return errs;
}

/** `validatePodResourceName`: pod-level resources are cpu, memory and hugepages-*. */
export function validatePodResourceName(name: string, path: Path): ErrorList {
  const errs = validateResourceName(name, path);
  if (errs.length) return errs;
  if (name === 'cpu' || name === 'memory' || isHugePageResourceName(name)) return [];
  return [unsupported(path, name, ['cpu', 'hugepages-', 'memory'])];
}

/** `ValidateResourceQuantityValue`: not negative, and whole for integer (extended) resources. */
export function validateResourceQuantityValue(name: string, q: ApiQuantity, path: Path): ErrorList {
  const errs: ErrorList = [];
  if (q.value.digits < 0n) errs.push(invalid(path, q.text, 'must be greater than or equal to 0'));
  const milli = q.value.digits * 10n ** BigInt(q.value.exponent + 3);
  if (isIntegerResourceName(name) && milli % 1000n !== 0n)
    errs.push(invalid(path, q.text, 'must be an integer'));
  return errs;
}

/** `validateResourceQuantityHugePageValue`: a whole number of pages of the name's size. */
export function validateResourceQuantityHugePageValue(
  name: string,
  q: ApiQuantity,
  path: Path,
): ErrorList {
  if (!isHugePageResourceName(name)) return [];
  const page = apiQuantity(name.slice('hugepages-'.length));
  const ceil = (v: ExactValue) => {
    if (v.exponent >= 0) return v.digits * 10n ** BigInt(v.exponent);
    const f = 10n ** BigInt(-v.exponent);
    return v.digits > 0n ? (v.digits + f - 1n) / f : v.digits / f;
  };
  const size = page && page.value.digits > 0n ? ceil(page.value) : 0n;
  const whole =
    page !== undefined &&
    size > 0n &&
    compareValues(page.value, { digits: size, exponent: 0 }) === 0;
  if (whole && ceil(q.value) % size === 0n) return [];
  return [invalid(path, q.text, `${q.text} is not positive integer multiple of ${name}`)];
}

type NameFn = (name: string, path: Path) => ErrorList;

/**
 * `validateResourceRequirements`: names and values of limits and requests, requests equal to the
 * limit for resources that cannot be overcommitted (and such a request needs a limit), hugepages
 * only beside cpu or memory, and the claims when `podClaims` is given (DynamicResourceAllocation).
 */
export function validateResourceRequirements(
  requirements: unknown,
  nameFn: NameFn,
  podClaims: string[] | undefined,
  path: Path,
): ErrorList {
  const errs: ErrorList = [];
  const res = isObj(requirements) ? requirements : {};
  const limits = objOf(res, 'limits');
  const requests = objOf(res, 'requests');
  const limPath = [...path, 'limits'];
  const reqPath = [...path, 'requests'];
  let cpuOrMemory = false;
  let hugePages = false;
  for (const [name, raw] of Object.entries(limits)) {
    const at = [...limPath, name];
    errs.push(...nameFn(name, at));
    const q = apiQuantity(raw);
    if (q) errs.push(...validateResourceQuantityValue(name, q, at));
    if (isHugePageResourceName(name)) {
      hugePages = true;
      if (q) errs.push(...validateResourceQuantityHugePageValue(name, q, at));
    }
    if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
  }
  for (const [name, raw] of Object.entries(requests)) {
    const at = [...reqPath, name];
    errs.push(...nameFn(name, at));
    const q = apiQuantity(raw);
    if (q) errs.push(...validateResourceQuantityValue(name, q, at));
    if (Object.hasOwn(limits, name)) {
      const limit = apiQuantity(limits[name]);
      // A request above an overcommittable limit is resource-request-exceeds-limit's.
      if (q && limit && !isOvercommitAllowed(name) && compareValues(q.value, limit.value) !== 0)
        errs.push(invalid(reqPath, q.text, `must be equal to ${name} limit of ${limit.text}`));
    } else if (!isOvercommitAllowed(name))
      errs.push(required(limPath, 'Limit must be set for non overcommitable resources'));
    if (isHugePageResourceName(name)) {
      hugePages = true;
      if (q) errs.push(...validateResourceQuantityHugePageValue(name, q, at));
    }
    if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
  }
  if (hugePages && !cpuOrMemory) errs.push(forbidden(path, 'HugePages require cpu or memory'));
  if (podClaims)
    errs.push(...validateResourceClaimNames(res.claims, podClaims, [...path, 'claims']));
  return errs;
}

/**
 * `validateResourceClaimNames`: each claim (and claim/request) once, a DNS label as request, and a
 * name from `spec.resourceClaims`.
 */
export function validateResourceClaimNames(
  claims: unknown,
  podClaims: string[],
  path: Path,
): ErrorList {
  const errs: ErrorList = [];
  const names = new Set<string>();
  listOf(claims).forEach((claim, i) => {
    if (!isObj(claim)) return;
    const at = [...path, i];
    const name = claim.name ?? '';
    if (name === '') return errs.push(required(at));
    if (typeof name !== 'string') return;
    if (names.has(name)) errs.push(duplicate(at, name));
    else {
      let key = name;
      const request = typeof claim.request === 'string' ? claim.request : '';
      if (request !== '') {
        errs.push(...isDNS1123Label(request).map((m) => invalid([...at, 'request'], request, m)));
        key += `/${request}`;
      }
      if (names.has(key)) errs.push(duplicate(at, key));
      else if (request === '')
        for (const other of names)
          if (other.includes('/') && other.slice(0, other.indexOf('/')) === name)
            errs.push(duplicate(at, name));
      names.add(key);
    }
    if (!podClaims.includes(name))
      errs.push({
        path: at,
        detail: `Not found: ${quote(name)}: must be one of the names in pod.spec.resourceClaims${
          podClaims.length ? `: ${[...podClaims].sort().join(', ')}` : ' which is empty'
        }`,
      });
  });
  return errs;
}

/** `ValidateContainerResourceRequirements`. */
export function validateContainerResourceRequirements(
  requirements: unknown,
  podClaims: string[] | undefined,
  path: Path,
): ErrorList {
  return validateResourceRequirements(requirements, validateContainerResourceName, podClaims, path);
}

/** `validatePodResourceRequirements`. */
export function validatePodResourceRequirements(
  requirements: unknown,
  podClaims: string[] | undefined,
  path: Path,
): ErrorList {
  return validateResourceRequirements(requirements, validatePodResourceName, podClaims, path);
}

/** The names of `spec.resourceClaims`, when DynamicResourceAllocation keeps claims (1.34+). */
export function podClaimNames(spec: Obj, k8s: K8sVersion): string[] | undefined {
  if (!gateKeeps('DynamicResourceAllocation', k8s)) return undefined;
  return listOf(spec.resourceClaims)
    .map((c) => (isObj(c) ? c.name : undefined))
    .filter((n): n is string => typeof n === 'string');
}

/** Names, values, non-overcommittable resources and claims of each container's resources. */
export const containerResources: RuleFamily = {
  ids: ['container-resources-invalid'],
  workload(ctx, report) {
    const claims = podClaimNames(ctx.spec, ctx.k8s);
    const base = {
      ruleId: 'container-resources-invalid',
      severity: 'error' as const,
      document: ctx.document,
    };
    for (const { view, raw } of podContainers(ctx))
      reportErrors(
        report,
        base,
        validateContainerResourceRequirements(raw.resources, claims, [...view.path, 'resources']),
      );
  },
};
