import { DOWNWARD_FIELD_PATHS } from '../../volume/sources.ts';
import type { Path } from '../../yaml/path.ts';
import { goString, isObj, listOf, quote, type Obj } from '../context.ts';
import { invalid, required, type ErrorList, type FieldError } from '../field.ts';
import {
  RESOURCE_FIELD_PATHS,
  RESOURCE_FIELD_PREFIXES,
  validateContainerResourceFieldSelector,
  validateObjectFieldSelector,
} from '../field-selectors.ts';
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
  return goString(o[key]);
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
const VOLUME_FIELD_PATHS = [...DOWNWARD_FIELD_PATHS].sort();

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
    errs.push(
      ...validateObjectFieldSelector(file.fieldRef, VOLUME_FIELD_PATHS, [...at, 'fieldRef']),
    );
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
      ...validateContainerResourceFieldSelector(
        file.resourceFieldRef,
        RESOURCE_FIELD_PATHS,
        RESOURCE_FIELD_PREFIXES,
        [...at, 'resourceFieldRef'],
        true,
      ),
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
