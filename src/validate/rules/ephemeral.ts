import type { Path } from '../../yaml/path.ts';
import { isDNS1123Label } from '../apimachinery.ts';
import { isObj, listOf, quote, type Obj, type RuleFamily } from '../context.ts';
import { duplicate, forbidden, invalid, reportErrors, required, type ErrorList } from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import { isSet } from './each.ts';
import { gateKeeps } from './lifecycle.ts';

// Ephemeral containers (pkg/apis/core/validation/validation.go, Kubernetes 1.34.1, vendored
// unmodified in openshift/openshift-apiserver@56aa2d96e). They are added to a running Pod through
// its ephemeralcontainers subresource only: ValidatePodCreate refuses them on create, and
// ValidatePodTemplateSpec in any pod template. validateEphemeralContainers still runs on both, so
// its findings come on top.

/**
 * The fields of EphemeralContainerCommon that validateFieldAllowList refuses
 * (allowedEphemeralContainerFields leaves them out), with the version range where the API server
 * still has them when it validates: resizePolicy is dropped until InPlacePodVerticalScaling is on
 * (1.33), restartPolicy (served from 1.28) and restartPolicyRules (1.34) while ContainerRestartRules
 * is off (1.34).
 */
function refused(k8s: K8sVersion): string[] {
  const fields = [
    'ports',
    'resources',
    'livenessProbe',
    'readinessProbe',
    'startupProbe',
    'lifecycle',
  ];
  if (gateKeeps('InPlacePodVerticalScaling', k8s)) fields.push('resizePolicy');
  if (gateKeeps('ContainerRestartRules', k8s, '1.28')) fields.push('restartPolicy');
  if (gateKeeps('ContainerRestartRules', k8s, '1.34')) fields.push('restartPolicyRules');
  return fields;
}

/**
 * Set as Go sees it: a present list (even empty), a pointer (an object, or restartPolicy even when
 * empty); the resources struct only when one of its fields is.
 */
function present(value: unknown, field: string): boolean {
  if (!isSet(value)) return false;
  if (field === 'resources') return isObj(value) && Object.values(value).some(isSet);
  return true;
}

/** `validateFieldAllowList` over allowedEphemeralContainerFields. */
export function validateFieldAllowList(container: Obj, path: Path, k8s: K8sVersion): ErrorList {
  return refused(k8s)
    .filter((f) => present(container[f], f))
    .map((f) => forbidden([...path, f], 'cannot be set for an Ephemeral Container'));
}

/**
 * The name and image checks of validateContainerCommon and validateContainerOnlyForPod, which the
 * names and containers families make for the other lists: a DNS-label name, an image without
 * surrounding whitespace.
 */
function nameAndImage(c: Obj, path: Path): ErrorList {
  const errs: ErrorList = [];
  const name = c.name ?? '';
  if (name === '') errs.push(required([...path, 'name']));
  else if (typeof name === 'string')
    errs.push(...isDNS1123Label(name).map((m) => invalid([...path, 'name'], name, m)));
  const image = c.image ?? '';
  if (image === '') errs.push(required([...path, 'image']));
  else if (typeof image === 'string' && image.trim() !== image)
    errs.push(invalid([...path, 'image'], image, 'must not have leading or trailing whitespace'));
  return errs;
}

/**
 * `validateEphemeralContainers`: names unique across all containers, a target that is a regular
 * or init container, only the allowed fields, and no subPath or subPathExpr mounts. Env, mounts,
 * devices and the security context go through the same checks as other containers upstream; here
 * they are not repeated for ephemeral containers.
 */
export function validateEphemeralContainers(spec: Obj, path: Path, k8s: K8sVersion): ErrorList {
  const errs: ErrorList = [];
  const names = (list: unknown) =>
    listOf(list)
      .map((c) => (isObj(c) ? c.name : undefined))
      .filter((n): n is string => typeof n === 'string');
  const others = new Set([...names(spec.containers), ...names(spec.initContainers)]);
  const all = new Set(others);
  listOf(spec.ephemeralContainers).forEach((c, i) => {
    if (!isObj(c)) return;
    const at = [...path, i];
    errs.push(...nameAndImage(c, at));
    const name = c.name ?? '';
    if (typeof name === 'string') {
      if (all.has(name)) errs.push(duplicate([...at, 'name'], name));
      else all.add(name);
    }
    const target = c.targetContainerName;
    if (typeof target === 'string' && target !== '' && !others.has(target))
      errs.push({ path: [...at, 'targetContainerName'], detail: `Not found: ${quote(target)}` });
    errs.push(...validateFieldAllowList(c, at, k8s));
    listOf(c.volumeMounts).forEach((m, j) => {
      if (!isObj(m)) return;
      for (const field of ['subPath', 'subPathExpr'] as const)
        if (typeof m[field] === 'string' && m[field] !== '')
          errs.push(
            forbidden(
              [...at, 'volumeMounts', j, field],
              'cannot be set for an Ephemeral Container',
            ),
          );
    });
  });
  return errs;
}

/**
 * Ephemeral containers in a manifest: refused on a Pod (ValidatePodCreate: "cannot be set on
 * create") and in a template (ValidatePodTemplateSpec), and validated as upstream does.
 */
export const ephemeral: RuleFamily = {
  ids: ['ephemeral-container-invalid'],
  workload(ctx, report) {
    const list = ctx.spec.ephemeralContainers;
    if (!Array.isArray(list) || list.length === 0) return;
    const path = [...ctx.pod.specPath, 'ephemeralContainers'];
    const base = {
      ruleId: 'ephemeral-container-invalid',
      severity: 'error' as const,
      document: ctx.document,
    };
    reportErrors(report, base, [
      forbidden(
        path,
        ctx.pod.kind === 'Pod'
          ? 'cannot be set on create'
          : 'ephemeral containers not allowed in pod template',
      ),
      ...validateEphemeralContainers(ctx.spec, path, ctx.k8s),
    ]);
  },
};
