import type { Path } from '../../yaml/path.ts';
import { validateLabels } from '../apimachinery.ts';
import { isObj, objOf, type Obj } from '../context.ts';
import { invalid, type ErrorList } from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import { goJsonKind, goJsonSyntaxError, utf8Bytes } from './go-decode.ts';
import { validateAnnotations } from './meta-object.ts';
import { validateTolerations } from './scheduling.ts';

// The annotations the API reads as pod settings, and the pod template's own metadata, ported by
// structure from pkg/apis/core/validation/validation.go (ValidatePodSpecificAnnotations,
// ValidateTolerationsInPodAnnotations, ValidatePodTemplateSpec) and pkg/apis/core/helper/helpers.go
// (GetTolerationsFromPodAnnotations, GetDeletionCostFromPodAnnotations) of Kubernetes 1.34.1
// (openshift/openshift-apiserver@56aa2d96e, vendor/k8s.io/kubernetes); unchanged since 1.27.2
// (the same file vendored at openshift/openshift-apiserver@8dea0ed5d). The seccomp and AppArmor
// annotations ValidatePodSpecificAnnotations also checks are security-context-annotations.ts's.

const MIRROR = 'kubernetes.io/config.mirror';
const TOLERATIONS = 'scheduler.alpha.kubernetes.io/tolerations';
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

/** The Go type of each Toleration field, as `UnmarshalTypeError` names it. */
const TOLERATION_FIELDS: Record<string, string> = {
  key: 'string',
  operator: 'core.TolerationOperator',
  value: 'string',
  effect: 'core.TaintEffect',
  tolerationSeconds: 'int64',
};

/** A JSON value's kind as Go's decoder reports it for a field of `type` (`number 1.5`). */
function mismatch(value: unknown, type: string): string | undefined {
  if (value === null) return undefined;
  if (type === 'int64')
    return typeof value === 'number' && Number.isSafeInteger(value)
      ? undefined
      : typeof value === 'number'
        ? `number ${String(value)}`
        : goJsonKind(value);
  return typeof value === 'string' ? undefined : goJsonKind(value);
}

/**
 * `GetTolerationsFromPodAnnotations`: the tolerations the annotation holds (each with Go's field
 * names, matched without regard to case as encoding/json does), or Go's decoding error.
 */
export function tolerationsFromAnnotation(
  text: string,
): { tolerations: Obj[] } | { error: string } {
  const syntax = goJsonSyntaxError(utf8Bytes(text));
  if (syntax) return { error: syntax };
  const value: unknown = JSON.parse(text);
  if (value === null) return { tolerations: [] };
  if (!Array.isArray(value))
    return {
      error: `json: cannot unmarshal ${goJsonKind(value)} into Go value of type []core.Toleration`,
    };
  const tolerations: Obj[] = [];
  let error: string | undefined;
  for (const item of value) {
    if (item !== null && !isObj(item)) {
      error ??= `json: cannot unmarshal ${goJsonKind(item)} into Go value of type core.Toleration`;
      continue;
    }
    const toleration: Obj = {};
    for (const [key, v] of Object.entries(item ?? {})) {
      const name = Object.keys(TOLERATION_FIELDS).find(
        (f) => f.toLowerCase() === key.toLowerCase(),
      );
      if (!name) continue;
      const kind = mismatch(v, TOLERATION_FIELDS[name]!);
      if (kind)
        error ??= `json: cannot unmarshal ${kind} into Go struct field Toleration.${name} of type ${TOLERATION_FIELDS[name]}`;
      else if (v !== null) toleration[name] = v;
    }
    tolerations.push(toleration);
  }
  return error ? { error } : { tolerations };
}

/** `ValidateTolerationsInPodAnnotations`: the annotation decodes, and each toleration is valid. */
export function validateTolerationsInPodAnnotations(
  text: string,
  path: Path,
  k8s: K8sVersion,
): ErrorList {
  const decoded = tolerationsFromAnnotation(text);
  if ('error' in decoded) return [invalid(path, TOLERATIONS, decoded.error)];
  return validateTolerations(decoded.tolerations, [...path, TOLERATIONS], k8s);
}

/** `GetDeletionCostFromPodAnnotations`: true when the value is a base-10 int32 without a `+` or leading zeros. */
export function isValidDeletionCost(value: string): boolean {
  if (!/^-?[0-9]+$/.test(value)) return false;
  if (value[0] === '0' && value !== '0') return false;
  const n = BigInt(value);
  return n >= -2147483648n && n <= 2147483647n;
}

/**
 * `ValidatePodSpecificAnnotations` (without its seccomp and AppArmor checks): the mirror pod
 * annotation needs spec.nodeName, the tolerations annotation must decode to valid tolerations, and
 * the pod deletion cost must be an int32 (the PodDeletionCost gate is on by default in every
 * version Podsmith targets).
 */
export function validatePodSpecificAnnotations(
  annotations: unknown,
  spec: Obj,
  path: Path,
  k8s: K8sVersion,
): ErrorList {
  if (!isObj(annotations)) return [];
  const errs: ErrorList = [];
  const mirror = annotations[MIRROR];
  if (typeof mirror === 'string' && !(typeof spec.nodeName === 'string' && spec.nodeName))
    errs.push(
      invalid([...path, MIRROR], mirror, 'must set spec.nodeName if mirror pod annotation is set'),
    );
  const tolerations = annotations[TOLERATIONS];
  if (typeof tolerations === 'string' && tolerations !== '')
    errs.push(...validateTolerationsInPodAnnotations(tolerations, path, k8s));
  const cost = annotations[DELETION_COST];
  if (typeof cost === 'string' && !isValidDeletionCost(cost))
    errs.push(invalid([...path, DELETION_COST], cost, 'must be a 32bit integer'));
  return errs;
}

/**
 * The metadata part of `ValidatePodTemplateSpec` (and of `ValidatePodTemplateSpecForStatefulSet`,
 * which checks the same): labels, annotations and the pod-specific annotations. `template` is the
 * template object; paths are under `at` (the template's path in the manifest).
 */
export function validatePodTemplateMetadata(
  template: unknown,
  at: Path,
  k8s: K8sVersion,
): ErrorList {
  const metadata = objOf(template, 'metadata');
  const spec = objOf(template, 'spec');
  return [
    ...validateLabels(metadata.labels, [...at, 'metadata', 'labels']),
    ...validateAnnotations(metadata.annotations, [...at, 'metadata', 'annotations']),
    ...validatePodSpecificAnnotations(
      metadata.annotations,
      spec,
      [...at, 'metadata', 'annotations'],
      k8s,
    ),
  ];
}
