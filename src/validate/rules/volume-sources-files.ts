import { canonicalQuantity } from '../../pod/quantity-api.ts';
import type { Path } from '../../yaml/path.ts';
import { isQualifiedName } from '../apimachinery.ts';
import { isObj, listOf, quote, type Obj } from '../context.ts';
import { invalid, required, unsupported, type ErrorList, type FieldError } from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import { isSet } from './each.ts';

// The volume sources that write files into a volume (secret, configMap, downwardAPI) and the path
// checks every source shares, ported by structure from pkg/apis/core/validation/validation.go of
// Kubernetes 1.34.1 (vendored unmodified in openshift/openshift-apiserver,
// vendor/k8s.io/kubernetes). Paths are the v1 manifest's: where upstream names a field that does
// not exist (a downwardAPI item's `path` is reported at `downwardAPI.path`, without the item), the
// item's own path is used, so the editor marks the right line; the message is upstream's.

/** What `validateVolumeSource` is told besides the volume (upstream's `PodValidationOptions`). */
export interface VolumeOptions {
  /** `opts.ResourceIsPod`: the pod spec is a bare Pod's, not a template's. */
  readonly resourceIsPod: boolean;
  readonly k8s: K8sVersion;
  /**
   * The integer the API server reads for a file mode. kubectl reads YAML 1.1, where `0644` is octal
   * (420); the parsed value says 644. The rule family reads the scalar's source text; tests may
   * leave it out (the plain number is taken).
   */
  readonly mode?: (value: unknown, path: Path) => number | undefined;
}

/** `fileModeErrorMsg`. */
export const FILE_MODE_MESSAGE = 'must be a number between 0 and 0777 (octal), both inclusive';

/**
 * A string field as upstream sees it: `''` when missing or null (the Go zero value), the string,
 * or `undefined` for another type (the schema's to report, so no check runs on it).
 */
export function str(o: Obj, key: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : undefined;
}

/** A number field, or `undefined` when unset or not a number (the schema's to report). */
export function num(o: Obj, key: string): number | undefined {
  const v = o[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** `Not found: "x"` (`field.NotFound`). */
export function notFound(path: Path, value: unknown): FieldError {
  return { path, detail: `Not found: ${quote(value)}` };
}

/** The file mode at `o[key]` as the API reads it, or `undefined` when unset or not an integer. */
function modeOf(o: Obj, key: string, path: Path, opts: VolumeOptions): number | undefined {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v)) return undefined;
  return opts.mode ? opts.mode(v, path) : v;
}

/** The check every `defaultMode` and `mode` goes through: 0 … 0777. */
export function validateFileMode(o: Obj, key: string, at: Path, opts: VolumeOptions): ErrorList {
  const path = [...at, key];
  const mode = modeOf(o, key, path, opts);
  return mode !== undefined && (mode > 0o777 || mode < 0)
    ? [invalid(path, mode, FILE_MODE_MESSAGE)]
    : [];
}

/**
 * `validatePathNoBacksteps` (validation.go): no `..` element. One error, however many there are.
 */
export function validatePathNoBacksteps(targetPath: string, path: Path): ErrorList {
  return targetPath.split('/').includes('..')
    ? [invalid(path, targetPath, "must not contain '..'")]
    : [];
}

/** `validateLocalDescendingPath` (validation.go): relative, and no `..` element. */
export function validateLocalDescendingPath(targetPath: string, path: Path): ErrorList {
  const errs: ErrorList = [];
  if (targetPath.startsWith('/')) errs.push(invalid(path, targetPath, 'must be a relative path'));
  errs.push(...validatePathNoBacksteps(targetPath, path));
  return errs;
}

/** `ValidateLocalNonReservedPath` (validation.go): descending, and not starting with `..`. */
export function validateLocalNonReservedPath(targetPath: string, path: Path): ErrorList {
  const errs = validateLocalDescendingPath(targetPath, path);
  if (targetPath.startsWith('..') && !targetPath.startsWith('../'))
    errs.push(invalid(path, targetPath, "must not start with '..'"));
  return errs;
}

/** `validateKeyToPath` (validation.go): one `items` entry of a secret or configMap. */
export function validateKeyToPath(kp: unknown, at: Path, opts: VolumeOptions): ErrorList {
  if (!isObj(kp)) return [];
  const errs: ErrorList = [];
  if (str(kp, 'key') === '') errs.push(required([...at, 'key']));
  const path = str(kp, 'path');
  if (path === '') errs.push(required([...at, 'path']));
  if (path !== undefined) errs.push(...validateLocalNonReservedPath(path, [...at, 'path']));
  errs.push(...validateFileMode(kp, 'mode', at, opts));
  return errs;
}

/** `validateSecretVolumeSource` (validation.go). */
export function validateSecretVolumeSource(s: unknown, at: Path, opts: VolumeOptions): ErrorList {
  if (!isObj(s)) return [];
  const errs: ErrorList = [];
  if (str(s, 'secretName') === '') errs.push(required([...at, 'secretName']));
  errs.push(...validateFileMode(s, 'defaultMode', at, opts));
  listOf(s.items).forEach((kp, i) =>
    errs.push(...validateKeyToPath(kp, [...at, 'items', i], opts)),
  );
  return errs;
}

/** `validateConfigMapVolumeSource` (validation.go). */
export function validateConfigMapVolumeSource(
  s: unknown,
  at: Path,
  opts: VolumeOptions,
): ErrorList {
  if (!isObj(s)) return [];
  const errs: ErrorList = [];
  if (str(s, 'name') === '') errs.push(required([...at, 'name']));
  errs.push(...validateFileMode(s, 'defaultMode', at, opts));
  listOf(s.items).forEach((kp, i) =>
    errs.push(...validateKeyToPath(kp, [...at, 'items', i], opts)),
  );
  return errs;
}

/** `validVolumeDownwardAPIFieldPathExpressions`, sorted as `sets.List` prints them. */
const VOLUME_FIELD_PATHS = [
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
];

/** The labels `ConvertDownwardAPIFieldLabel` (pkg/apis/core/pods/helpers.go) accepts as they are. */
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

/** `ConvertDownwardAPIFieldLabel`: the internal label, or the conversion error. */
function convertFieldLabel(version: string, label: string): { label: string } | { error: string } {
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
 * `validateObjectFieldSelector` (validation.go) with the downward API volume's field paths. The
 * apiVersion defaults to v1 (SetDefaults_ObjectFieldSelector), so a manifest never lacks it.
 */
export function validateObjectFieldSelector(fs: unknown, at: Path): ErrorList {
  if (!isObj(fs)) return [];
  const version = str(fs, 'apiVersion');
  const fieldPath = str(fs, 'fieldPath');
  if (version === undefined || fieldPath === undefined) return [];
  if (fieldPath === '') return [required([...at, 'fieldPath'])];
  const converted = convertFieldLabel(version || 'v1', fieldPath);
  if ('error' in converted)
    return [
      invalid([...at, 'fieldPath'], fieldPath, `error converting fieldPath: ${converted.error}`),
    ];
  const sub = splitMaybeSubscriptedPath(converted.label);
  if (sub) {
    const key = sub[0] === 'metadata.annotations' ? sub[1].toLowerCase() : sub[1];
    return isQualifiedName(key).map((m) => invalid(at, key, m));
  }
  return VOLUME_FIELD_PATHS.includes(converted.label)
    ? []
    : [unsupported([...at, 'fieldPath'], converted.label, VOLUME_FIELD_PATHS)];
}

/** `validContainerResourceFieldPathExpressions`, sorted. */
const RESOURCE_FIELDS = [
  'limits.cpu',
  'limits.ephemeral-storage',
  'limits.memory',
  'requests.cpu',
  'requests.ephemeral-storage',
  'requests.memory',
];
const HUGEPAGES_PREFIXES = ['limits.hugepages-', 'requests.hugepages-'];
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
 * `validateContainerResourceDivisor` (validation.go): a divisor the resource can be divided by.
 * The complaint quotes the resource, as upstream's does. A divisor that does not decode is the
 * quantity rules' to report.
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
  if (HUGEPAGES_PREFIXES.some((p) => resource.startsWith(p)) && !BYTE_DIVISORS.includes(text))
    errs.push(only(BYTE_DIVISORS_TEXT, 'hugepages resource'));
  return errs;
}

/**
 * `validateContainerResourceFieldSelector` (validation.go) for a volume file: containerName is
 * required there, and the resource checks run only when it is set.
 */
export function validateContainerResourceFieldSelector(fs: unknown, at: Path): ErrorList {
  if (!isObj(fs)) return [];
  const errs: ErrorList = [];
  const containerName = str(fs, 'containerName');
  const resource = str(fs, 'resource');
  if (containerName === '') errs.push(required([...at, 'containerName']));
  else if (resource === '') errs.push(required([...at, 'resource']));
  else if (
    resource !== undefined &&
    !RESOURCE_FIELDS.includes(resource) &&
    !HUGEPAGES_PREFIXES.some((p) => resource.startsWith(p))
  )
    errs.push(unsupported([...at, 'resource'], resource, RESOURCE_FIELDS));
  if (resource !== undefined)
    errs.push(...validateContainerResourceDivisor(resource, fs.divisor, at));
  return errs;
}

/** `validateDownwardAPIVolumeFile` (validation.go): one item of a downwardAPI volume or projection. */
export function validateDownwardAPIVolumeFile(
  file: unknown,
  at: Path,
  opts: VolumeOptions,
): ErrorList {
  if (!isObj(file)) return [];
  const errs: ErrorList = [];
  const path = str(file, 'path');
  if (path === '') errs.push(required([...at, 'path']));
  if (path !== undefined) errs.push(...validateLocalNonReservedPath(path, [...at, 'path']));
  if (isSet(file.fieldRef)) {
    errs.push(...validateObjectFieldSelector(file.fieldRef, [...at, 'fieldRef']));
    if (isSet(file.resourceFieldRef))
      errs.push(
        invalid(
          at,
          'resource',
          'fieldRef and resourceFieldRef can not be specified simultaneously',
        ),
      );
  } else if (isSet(file.resourceFieldRef))
    errs.push(
      ...validateContainerResourceFieldSelector(file.resourceFieldRef, [...at, 'resourceFieldRef']),
    );
  else errs.push(required(at, 'one of fieldRef and resourceFieldRef is required'));
  errs.push(...validateFileMode(file, 'mode', at, opts));
  return errs;
}

/** `validateDownwardAPIVolumeSource` (validation.go). */
export function validateDownwardAPIVolumeSource(
  s: unknown,
  at: Path,
  opts: VolumeOptions,
): ErrorList {
  if (!isObj(s)) return [];
  const errs = validateFileMode(s, 'defaultMode', at, opts);
  listOf(s.items).forEach((f, i) =>
    errs.push(...validateDownwardAPIVolumeFile(f, [...at, 'items', i], opts)),
  );
  return errs;
}
