import { utf8Length } from '../../yaml/limits.ts';
import type { Path } from '../../yaml/path.ts';
import { isQualifiedName, validateLabels } from '../apimachinery.ts';
import { goString, isObj, listOf, stringEntries, type Obj } from '../context.ts';
import { invalid, tooLong, type ErrorList } from '../field.ts';

// Object metadata, ported by structure from k8s.io/apimachinery/pkg/api/validation/objectmeta.go
// and generic.go (and validateKubeFinalizerName of pkg/apis/core/validation/validation.go) as
// vendored at Kubernetes 1.34.1 (openshift/openshift-apiserver@56aa2d96e). Only what a manifest
// can hold on create: name generation, namespace, labels, annotations, owner references and
// finalizers (generation, managedFields and the update rules are the server's).

/** `TotalAnnotationSizeLimitB`: 256 KiB of keys and values together. */
export const TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * 1024;

/** `ValidateAnnotationsSize`: true when the keys and values stay within 256 KiB (UTF-8 bytes). */
export function validateAnnotationsSize(annotations: unknown): boolean {
  let total = 0;
  for (const [k, v] of stringEntries(annotations)) total += utf8Length(k) + utf8Length(v);
  return total <= TOTAL_ANNOTATION_SIZE_LIMIT_B;
}

/** `ValidateAnnotations`: keys are qualified names (case does not matter), 256 KiB in all. */
export function validateAnnotations(annotations: unknown, path: Path): ErrorList {
  if (!isObj(annotations)) return [];
  const errs: ErrorList = [];
  for (const key of Object.keys(annotations))
    for (const msg of isQualifiedName(key.toLowerCase())) errs.push(invalid(path, key, msg));
  if (!validateAnnotationsSize(annotations))
    errs.push(tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT_B));
  return errs;
}

/** `schema.ParseGroupVersion` as `FromAPIVersionAndKind` uses it: `[group, version]`, empty when unparsable. */
function parseGroupVersion(apiVersion: string): [string, string] {
  if (apiVersion === '' || apiVersion === '/') return ['', ''];
  const parts = apiVersion.split('/');
  if (parts.length === 1) return ['', apiVersion];
  if (parts.length === 2) return [parts[0]!, parts[1]!];
  return ['', ''];
}

/** An OwnerReference as Go encodes it (field order, empty pointers left out): the value upstream prints. */
function ownerReferenceJson(ref: Obj): Obj {
  const out: Obj = {
    apiVersion: goString(ref.apiVersion) ?? ref.apiVersion,
    kind: goString(ref.kind) ?? ref.kind,
    name: goString(ref.name) ?? ref.name,
    uid: goString(ref.uid) ?? ref.uid,
  };
  if (ref.controller !== undefined && ref.controller !== null) out.controller = ref.controller;
  if (ref.blockOwnerDeletion !== undefined && ref.blockOwnerDeletion !== null)
    out.blockOwnerDeletion = ref.blockOwnerDeletion;
  return out;
}

/**
 * `validateOwnerReference`: a version, kind, name and uid, and no Event as owner. Upstream reports
 * at `metadata.ownerReferences.<field>`; here the entry's index is kept so the finding points at it.
 */
export function validateOwnerReference(ref: Obj, path: Path): ErrorList {
  const errs: ErrorList = [];
  const apiVersion = goString(ref.apiVersion);
  const kind = goString(ref.kind);
  const name = goString(ref.name);
  const uid = goString(ref.uid);
  const [group, version] = apiVersion === undefined ? ['', 'x'] : parseGroupVersion(apiVersion);
  if (version === '')
    errs.push(invalid([...path, 'apiVersion'], apiVersion, 'version must not be empty'));
  if (kind === '') errs.push(invalid([...path, 'kind'], kind, 'must not be empty'));
  if (name === '') errs.push(invalid([...path, 'name'], name, 'must not be empty'));
  if (uid === '') errs.push(invalid([...path, 'uid'], uid, 'must not be empty'));
  if (group === '' && version === 'v1' && kind === 'Event')
    errs.push(
      invalid(path, ownerReferenceJson(ref), '/v1, Kind=Event is disallowed from being an owner'),
    );
  return errs;
}

/** `ValidateOwnerReferences`: each reference, and at most one with `controller: true`. */
export function validateOwnerReferences(refs: unknown, path: Path): ErrorList {
  const errs: ErrorList = [];
  let firstController = '';
  const all = listOf(refs);
  all.forEach((ref, i) => {
    if (!isObj(ref)) return;
    errs.push(...validateOwnerReference(ref, [...path, i]));
    if (ref.controller !== true) return;
    const current = `${goString(ref.kind) ?? ''}/${goString(ref.name) ?? ''}`;
    if (firstController)
      errs.push(
        invalid(
          path,
          all.map((r) => (isObj(r) ? ownerReferenceJson(r) : r)),
          `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${current}`,
        ),
      );
    else firstController = current;
  });
  return errs;
}

/** `ValidateFinalizerName`: a qualified name. */
export function validateFinalizerName(name: string, path: Path): ErrorList {
  return isQualifiedName(name).map((msg) => invalid(path, name, msg));
}

const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/** `validateKubeFinalizerName`: a name without a `/` prefix must be one of the standard ones. */
export function validateKubeFinalizerName(name: string, path: Path): ErrorList {
  if (name.split('/').length === 1 && !STANDARD_FINALIZERS.has(name))
    return [
      invalid(path, name, 'name is neither a standard finalizer name nor is it fully qualified'),
    ];
  return [];
}

/**
 * `ValidateFinalizers`: each name (with the built-in kinds' extra rule when `kube`), and not both
 * orphan and foregroundDeletion. Each name is reported at its own index (upstream reports the
 * qualified-name errors at the list).
 */
export function validateFinalizers(finalizers: unknown, path: Path, kube: boolean): ErrorList {
  const errs: ErrorList = [];
  const names = listOf(finalizers);
  names.forEach((name, i) => {
    if (typeof name !== 'string') return;
    errs.push(...validateFinalizerName(name, [...path, i]));
    if (kube) errs.push(...validateKubeFinalizerName(name, [...path, i]));
  });
  if (names.includes('orphan') && names.includes('foregroundDeletion'))
    errs.push(invalid(path, names, 'finalizer orphan and foregroundDeletion cannot be both set'));
  return errs;
}

/** `maskTrailingDash`: a generateName may end in `-` (upstream replaces the last two characters). */
export function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

/** What the API knows about an object's kind for its metadata. */
export interface MetaRules {
  /** The kind's `ValidateNameFunc` (all complaints), when Podsmith knows it; else generateName is not checked. */
  nameFn?: (name: string) => string[];
  /** True for a namespaced built-in kind (a cluster-scoped kind's namespace is cleared, not checked). */
  namespaced: boolean;
  /** True for the built-in kinds validated by core's `ValidateObjectMeta` (standard finalizer names). */
  kube: boolean;
  /** `ValidateNamespaceName`. */
  namespaceFn: (name: string) => string[];
}

/**
 * `ValidateObjectMetaAccessor` for create (core's `ValidateObjectMeta` when `rules.kube`): the
 * generated-name prefix, the namespace, labels, annotations, owner references and finalizers. The
 * name itself is objects.ts's (metadata-name-invalid); a missing namespace is filled in by kubectl.
 */
export function validateObjectMetaAccessor(
  metadata: unknown,
  rules: MetaRules,
  path: Path,
): ErrorList {
  if (!isObj(metadata)) return [];
  const errs: ErrorList = [];
  const { generateName, namespace } = metadata;
  if (typeof generateName === 'string' && generateName !== '' && rules.nameFn)
    for (const msg of rules.nameFn(maskTrailingDash(generateName)))
      errs.push(invalid([...path, 'generateName'], generateName, msg));
  if (rules.namespaced && typeof namespace === 'string' && namespace !== '')
    for (const msg of rules.namespaceFn(namespace))
      errs.push(invalid([...path, 'namespace'], namespace, msg));
  errs.push(...validateLabels(metadata.labels, [...path, 'labels']));
  errs.push(...validateAnnotations(metadata.annotations, [...path, 'annotations']));
  errs.push(...validateOwnerReferences(metadata.ownerReferences, [...path, 'ownerReferences']));
  errs.push(...validateFinalizers(metadata.finalizers, [...path, 'finalizers'], rules.kube));
  return errs;
}
