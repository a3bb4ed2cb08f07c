import type { Path } from '../../yaml/path.ts';
import { entryOf, isObj, objOf, stringEntries, type Obj } from '../context.ts';
import { forbidden, invalid, type ErrorList, type FieldError } from '../field.ts';
import { specContainers } from './each.ts';
import { isValidAppArmorLocalhost } from './security-context-fields.ts';
import { validateLocalDescendingPath } from './volume-sources-files.ts';

// The deprecated seccomp and AppArmor annotations, and their agreement with the fields, ported by
// structure from pkg/apis/core/validation/validation.go of Kubernetes 1.34.1
// (openshift/openshift-apiserver@56aa2d96e, vendor/k8s.io/kubernetes); the Pod's AppArmor
// annotation-to-field copy from applyAppArmorVersionSkew in pkg/registry/core/pod/strategy.go and
// ApparmorFieldForAnnotation in pkg/api/pod/util.go (same release).

/** The deprecated seccomp annotation of the pod. */
export const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
/** The deprecated seccomp annotation of a container: the prefix, then the container's name. */
export const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';
/** The deprecated AppArmor annotation of a container: the prefix, then the container's name. */
export const APPARMOR_CONTAINER = 'container.apparmor.security.beta.kubernetes.io/';
const LOCALHOST = 'localhost/';

/** `ValidateSeccompProfile`: a seccomp annotation's value. */
export function validateSeccompProfile(profile: string, path: Path): ErrorList {
  if (['runtime/default', 'docker/default', 'unconfined'].includes(profile)) return [];
  if (profile.startsWith(LOCALHOST))
    return validateLocalDescendingPath(profile.slice(LOCALHOST.length), path);
  return [invalid(path, profile, 'must be a valid seccomp profile')];
}

/** `ValidateSeccompPodAnnotations`: the pod and container seccomp annotations' values. */
export function validateSeccompPodAnnotations(annotations: unknown, path: Path): ErrorList {
  const errs: ErrorList = [];
  const entries = stringEntries(annotations);
  const pod = entries.find(([k]) => k === SECCOMP_POD);
  if (pod) errs.push(...validateSeccompProfile(pod[1], [...path, SECCOMP_POD]));
  for (const [key, value] of entries)
    if (key.startsWith(SECCOMP_CONTAINER))
      errs.push(...validateSeccompProfile(value, [...path, key]));
  return errs;
}

/** `ValidateAppArmorProfileFormat`: the error message, or undefined for a valid value. */
export function validateAppArmorProfileFormat(profile: string): string | undefined {
  if (['', 'runtime/default', 'unconfined'].includes(profile)) return undefined;
  if (!profile.startsWith(LOCALHOST))
    return `invalid AppArmor profile name: ${JSON.stringify(profile)}`;
  return undefined;
}

/** `ValidateAppArmorPodAnnotations`: each AppArmor annotation names a container and a profile. */
export function validateAppArmorPodAnnotations(
  annotations: unknown,
  spec: Obj,
  path: Path,
): ErrorList {
  const errs: ErrorList = [];
  const names = new Set(specContainers(spec, []).map((c) => c.raw.name));
  for (const [key, value] of stringEntries(annotations)) {
    if (!key.startsWith(APPARMOR_CONTAINER)) continue;
    const container = key.slice(APPARMOR_CONTAINER.length);
    if (!names.has(container)) errs.push(invalid([...path, key], container, 'container not found'));
    const err = validateAppArmorProfileFormat(value);
    if (err) errs.push(invalid([...path, key], value, err));
  }
  return errs;
}

/** `validateSeccompAnnotationsAndFieldsMatch`: a seccomp annotation says what its field says. */
export function validateSeccompAnnotationsAndFieldsMatch(
  annotation: string,
  profile: unknown,
  path: Path,
): FieldError | undefined {
  if (!isObj(profile)) return undefined;
  const typeMismatch = () =>
    forbidden([...path, 'type'], 'seccomp type in annotation and field must match');
  switch (profile.type) {
    case 'Unconfined':
      return annotation === 'unconfined' ? undefined : typeMismatch();
    case 'RuntimeDefault':
      return annotation === 'runtime/default' || annotation === 'docker/default'
        ? undefined
        : typeMismatch();
    case 'Localhost':
      if (!annotation.startsWith(LOCALHOST)) return typeMismatch();
      if (annotation.slice(LOCALHOST.length) !== profile.localhostProfile)
        return forbidden(
          [...path, 'localhostProfile'],
          'seccomp profile in annotation and field must match',
        );
      return undefined;
    default:
      return undefined;
  }
}

/**
 * `validateSeccompAnnotationsAndFields`: where a seccomp annotation and the seccompProfile field
 * it stood for are both set (pod, or a container by name), they agree.
 */
export function validateSeccompAnnotationsAndFields(
  annotations: unknown,
  spec: Obj,
  specPath: Path,
): ErrorList {
  const errs: ErrorList = [];
  const values = Object.fromEntries(stringEntries(annotations));
  const check = (key: string, profile: unknown, path: Path) => {
    const annotation = entryOf(values, key);
    if (annotation === undefined) return;
    const err = validateSeccompAnnotationsAndFieldsMatch(annotation, profile, path);
    if (err) errs.push(err);
  };
  check(SECCOMP_POD, objOf(spec, 'securityContext').seccompProfile, [
    ...specPath,
    'securityContext',
    'seccompProfile',
  ]);
  for (const c of specContainers(spec, specPath))
    if (typeof c.raw.name === 'string')
      check(`${SECCOMP_CONTAINER}${c.raw.name}`, objOf(c.raw, 'securityContext').seccompProfile, [
        ...c.path,
        'securityContext',
        'seccompProfile',
      ]);
  return errs;
}

interface AppArmorField {
  type: string;
  localhostProfile?: string;
}

/** `ApparmorFieldForAnnotation` (pkg/api/pod/util.go): the profile an annotation stands for. */
export function appArmorFieldForAnnotation(annotation: string): AppArmorField | undefined {
  if (annotation === 'unconfined') return { type: 'Unconfined' };
  if (annotation === 'runtime/default') return { type: 'RuntimeDefault' };
  if (annotation.startsWith(LOCALHOST) && annotation.length > LOCALHOST.length)
    return { type: 'Localhost', localhostProfile: annotation.slice(LOCALHOST.length) };
  return undefined;
}

/** True when applyAppArmorVersionSkew copies the annotation: its field would pass validation. */
function copiedToField(annotation: string): boolean {
  const field = appArmorFieldForAnnotation(annotation);
  if (field?.localhostProfile !== undefined)
    return isValidAppArmorLocalhost(field.localhostProfile);
  return field !== undefined;
}

/**
 * `validateAppArmorAnnotationsAndFieldsMatchOnCreate`: a container's AppArmor annotation agrees
 * with its effective profile (its own field, else the pod's). Windows pods are skipped. For a
 * bare Pod (`isPod`) the API first copies a valid annotation into a container that has no field
 * of its own (applyAppArmorVersionSkew), so only a container that sets its own field can disagree.
 */
export function validateAppArmorAnnotationsAndFieldsMatchOnCreate(
  annotations: unknown,
  spec: Obj,
  specPath: Path,
  isPod: boolean,
): ErrorList {
  if (objOf(spec, 'os').name === 'windows') return [];
  const errs: ErrorList = [];
  const values = Object.fromEntries(stringEntries(annotations));
  const podProfile = objOf(spec, 'securityContext').appArmorProfile;
  for (const c of specContainers(spec, specPath)) {
    if (typeof c.raw.name !== 'string') continue;
    const annotation = entryOf(values, `${APPARMOR_CONTAINER}${c.raw.name}`);
    if (annotation === undefined) continue;
    const own = objOf(c.raw, 'securityContext').appArmorProfile;
    // Copied in, or left out as equal to the pod's profile: either way the annotation's.
    if (isPod && !isObj(own) && copiedToField(annotation)) continue;
    const profile = isObj(own) ? own : podProfile;
    if (!isObj(profile)) continue;
    const path = [...c.path, 'securityContext', 'appArmorProfile'];
    const typeMismatch = forbidden(
      [...path, 'type'],
      'apparmor type in annotation and field must match',
    );
    switch (profile.type) {
      case 'Unconfined':
        if (annotation !== 'unconfined') errs.push(typeMismatch);
        break;
      case 'RuntimeDefault':
        if (annotation !== 'runtime/default') errs.push(typeMismatch);
        break;
      case 'Localhost':
        if (!annotation.startsWith(LOCALHOST)) errs.push(typeMismatch);
        else if (annotation.slice(LOCALHOST.length) !== profile.localhostProfile)
          errs.push(
            forbidden(
              [...path, 'localhostProfile'],
              'apparmor profile in annotation and field must match',
            ),
          );
        break;
    }
  }
  return errs;
}
