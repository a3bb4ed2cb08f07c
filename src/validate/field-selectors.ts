import { canonicalQuantity } from '../pod/quantity-api.ts';
import type { Path } from '../yaml/path.ts';
import { isQualifiedName } from './apimachinery.ts';
import { goString, isObj } from './context.ts';
import { invalid, required, unsupported, type ErrorList } from './field.ts';

// The downward API's field and resource selectors, shared by env vars (valueFrom.fieldRef and
// resourceFieldRef) and by downwardAPI volume files, ported by structure from
// pkg/apis/core/validation/validation.go, pkg/apis/core/pods/helpers.go
// (ConvertDownwardAPIFieldLabel) and k8s.io/kubernetes/pkg/fieldpath of Kubernetes 1.34.1
// (openshift/openshift-apiserver@56aa2d96e, vendor/k8s.io/kubernetes). Upstream hands each caller
// its own set of allowed paths; so do the callers here (env.ts and volume-sources-files.ts).

/**
 * `validContainerResourceFieldPathExpressions` (and `validEnvDownwardAPIResourceFieldPathExpressions`,
 * the same set), sorted as `sets.List` prints them.
 */
export const RESOURCE_FIELD_PATHS = [
  'limits.cpu',
  'limits.ephemeral-storage',
  'limits.memory',
  'requests.cpu',
  'requests.ephemeral-storage',
  'requests.memory',
];

/** `validContainerResourceFieldPathPrefixes`: hugepages of any size. */
export const RESOURCE_FIELD_PREFIXES = ['limits.hugepages-', 'requests.hugepages-'];

/** The labels `ConvertDownwardAPIFieldLabel` accepts as they are. */
const CONVERTIBLE = new Set([
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.serviceAccountName',
  'spec.schedulerName',
  'status.phase',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
]);

/** `fieldpath.SplitMaybeSubscriptedPath`: `metadata.labels['app']` → path and subscript. */
export function splitMaybeSubscriptedPath(fieldPath: string): [string, string] | undefined {
  if (!fieldPath.endsWith("']")) return undefined;
  const s = fieldPath.slice(0, -2);
  const at = s.indexOf("['");
  if (at <= 0) return undefined;
  return [s.slice(0, at), s.slice(at + 2)];
}

/** `ConvertDownwardAPIFieldLabel`: the internal label (`spec.host` is `spec.nodeName`), or why not. */
export function convertDownwardAPIFieldLabel(
  version: string,
  label: string,
): { label: string } | { error: string } {
  if (version !== 'v1') return { error: `unsupported pod version: ${version}` };
  const sub = splitMaybeSubscriptedPath(label);
  if (sub)
    return sub[0] === 'metadata.annotations' || sub[0] === 'metadata.labels'
      ? { label }
      : { error: `field label does not support subscript: ${label}` };
  if (CONVERTIBLE.has(label)) return { label };
  if (label === 'spec.host') return { label: 'spec.nodeName' };
  return { error: `field label not supported: ${label}` };
}

/**
 * `validateObjectFieldSelector`: a fieldPath the API converts, one of `expressions` (sorted), or a
 * label or annotation subscript whose key is a qualified name (an annotation's once lowercased);
 * that key is reported at the selector itself, as upstream does. The apiVersion defaults to v1
 * (SetDefaults_ObjectFieldSelector), so a manifest never lacks it; one of another type is the
 * schema's to report, and so is a fieldPath that is not a string.
 */
export function validateObjectFieldSelector(
  fs: unknown,
  expressions: readonly string[],
  at: Path,
): ErrorList {
  if (!isObj(fs)) return [];
  const version = goString(fs.apiVersion);
  const fieldPath = goString(fs.fieldPath);
  if (version === undefined || fieldPath === undefined) return [];
  if (fieldPath === '') return [required([...at, 'fieldPath'])];
  const converted = convertDownwardAPIFieldLabel(version || 'v1', fieldPath);
  if ('error' in converted)
    return [
      invalid([...at, 'fieldPath'], fieldPath, `error converting fieldPath: ${converted.error}`),
    ];
  const sub = splitMaybeSubscriptedPath(converted.label);
  if (sub) {
    const key = sub[0] === 'metadata.annotations' ? sub[1].toLowerCase() : sub[1];
    return isQualifiedName(key).map((m) => invalid(at, key, m));
  }
  return expressions.includes(converted.label)
    ? []
    : [unsupported([...at, 'fieldPath'], converted.label, expressions)];
}

const BYTE_DIVISORS = [
  '1',
  '1k',
  '1M',
  '1G',
  '1T',
  '1P',
  '1E',
  '1Ki',
  '1Mi',
  '1Gi',
  '1Ti',
  '1Pi',
  '1Ei',
];
const BYTE_DIVISORS_TEXT = BYTE_DIVISORS.join(', ');

/**
 * `validateContainerResourceDivisor`: cpu takes 1m or 1, memory, ephemeral-storage and hugepages a
 * power-of-ten or power-of-two unit (compared as the API prints the divisor). The complaint quotes
 * the resource, as upstream's does. A divisor that does not decode is the caller's to report.
 */
export function validateContainerResourceDivisor(
  resource: string,
  divisor: unknown,
  at: Path,
): ErrorList {
  const text = canonicalQuantity(divisor);
  if (text === undefined || text === '0') return [];
  const path = [...at, 'divisor'];
  const errs: ErrorList = [];
  const only = (values: string, what: string) =>
    invalid(path, resource, `only divisor's values ${values} are supported with the ${what}`);
  if (resource === 'limits.cpu' || resource === 'requests.cpu') {
    if (text !== '1m' && text !== '1') errs.push(only('1m and 1', 'cpu resource'));
  } else if (resource === 'limits.memory' || resource === 'requests.memory') {
    if (!BYTE_DIVISORS.includes(text)) errs.push(only(BYTE_DIVISORS_TEXT, 'memory resource'));
  } else if (resource === 'limits.ephemeral-storage' || resource === 'requests.ephemeral-storage') {
    if (!BYTE_DIVISORS.includes(text))
      errs.push(only(BYTE_DIVISORS_TEXT, 'local ephemeral storage resource'));
  }
  if (RESOURCE_FIELD_PREFIXES.some((p) => resource.startsWith(p)) && !BYTE_DIVISORS.includes(text))
    errs.push(only(BYTE_DIVISORS_TEXT, 'hugepages resource'));
  return errs;
}

/**
 * `validateContainerResourceFieldSelector`: a resource of `expressions` or starting with one of
 * `prefixes`, and its divisor. A volume file (`volume`) also needs a containerName, and then the
 * resource is checked only when that is set.
 */
export function validateContainerResourceFieldSelector(
  fs: unknown,
  expressions: readonly string[],
  prefixes: readonly string[],
  at: Path,
  volume: boolean,
): ErrorList {
  if (!isObj(fs)) return [];
  const errs: ErrorList = [];
  const resource = goString(fs.resource);
  if (volume && goString(fs.containerName) === '') errs.push(required([...at, 'containerName']));
  else if (resource === '') errs.push(required([...at, 'resource']));
  else if (
    resource !== undefined &&
    !expressions.includes(resource) &&
    !prefixes.some((p) => resource.startsWith(p))
  )
    errs.push(unsupported([...at, 'resource'], resource, expressions));
  if (resource !== undefined)
    errs.push(...validateContainerResourceDivisor(resource, fs.divisor, at));
  return errs;
}
