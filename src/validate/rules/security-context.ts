import { getPath } from '../../pod/view.ts';
import { API_FIELD_CHANGES, servedIn } from '../api-fields.ts';
import { gateOffByDefault } from '../api-gates.ts';
import type { RuleFamily } from '../context.ts';
import { reportErrors, type ErrorList, type FieldError } from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import { validationChanged } from '../api-validation-changes.ts';
import { specContainers } from './each.ts';
import { templateAbsent } from './pod.ts';
import {
  validateAppArmorAnnotationsAndFieldsMatchOnCreate,
  validateAppArmorPodAnnotations,
  validateSeccompAnnotationsAndFields,
  validateSeccompPodAnnotations,
} from './security-context-annotations.ts';
import { validateSecurityContext, type ContainerFields } from './security-context-container.ts';
import {
  validateHostUsers,
  validatePodSpecSecurityContext,
  validateWindowsHostProcessPod,
  type PodFields,
} from './security-context-pod.ts';

// What the API server rejects in pod and container security contexts (ValidatePodSpec's
// validatePodSpecSecurityContext, ValidateSecurityContext per container, validateHostUsers,
// validateWindowsHostProcessPod; ValidatePodSpecificAnnotations' seccomp and AppArmor parts; the
// annotation/field agreement of ValidatePodCreate and ValidatePodTemplateSpec), Kubernetes 1.34.1.
// Best practice about the same fields is privilege.ts's (info); the fields a pod's OS forbids are
// another family's. Version differences:
// - a field the target version does not serve, or drops because its gate is off by default
//   (appArmorProfile before 1.30, supplementalGroupsPolicy and seLinuxChangePolicy before 1.33,
//   procMount (forced to Default) and hostUsers before 1.33), is not validated: api-fields.ts;
// - sysctls of a namespace shared with the node are rejected from 1.29 (kubernetes#118705,
//   CHANGELOG-1.29);
// - validateHostUsers says "when `pod.Spec.HostUsers` is false" in 1.33 and checks volumeDevices
//   from 1.34 (vendored validation.go at openshift/openshift-apiserver@cd1ea2cd7 = 1.33.3);
// - seLinuxChangePolicy takes only Recursive while the SELinuxMount gate is off: off by default in
//   1.33–1.35 (kube_features.go; beta and still off in 1.35, as read for api-gates.ts); its
//   default in 1.36 was not read, so both values pass there (no false alarm).

/** True when the target version serves the field and does not drop it (its gate is on). */
export function fieldActive(type: string, field: string, version: K8sVersion): boolean {
  const change = API_FIELD_CHANGES.find((c) => c.type === type && c.field === field);
  if (!change) return true;
  return servedIn(change, version) && !(change.gate && gateOffByDefault(change.gate, version));
}

/** The rule a security-context error belongs to, by the field it names. */
function ruleOf(error: FieldError, fallback: string): string {
  const { path } = error;
  if (path.includes('sysctls')) return 'pod-sysctls-invalid';
  if (path.includes('seccompProfile')) return 'seccomp-invalid';
  if (path.includes('appArmorProfile')) return 'apparmor-invalid';
  if (path.includes('windowsOptions')) return 'windows-options-invalid';
  if (path[path.length - 1] === 'procMount' && error.detail.includes('`hostUsers`'))
    return 'user-namespace-invalid';
  return fallback;
}

/**
 * Pod and container security contexts as the API server validates them: IDs, sysctls, seccomp and
 * AppArmor profiles (fields and the deprecated annotations), Windows options and HostProcess pods,
 * procMount, privilege escalation, and what a user namespace (`hostUsers: false`) rules out.
 */
export const securityContext: RuleFamily = {
  ids: [
    'pod-security-context-invalid',
    'container-security-context-invalid',
    'pod-sysctls-invalid',
    'seccomp-invalid',
    'apparmor-invalid',
    'windows-options-invalid',
    'user-namespace-invalid',
  ],
  workload(ctx, report) {
    if (templateAbsent(ctx)) return;
    const { pod, spec, document, k8s } = ctx;
    const send = (errors: ErrorList, fallback: string) => {
      for (const e of errors)
        reportErrors(report, { ruleId: ruleOf(e, fallback), severity: 'error', document }, [e]);
    };
    const specPath = pod.specPath;
    const appArmor = fieldActive('PodSecurityContext', 'appArmorProfile', k8s);
    const podFields: PodFields = {
      appArmorProfile: appArmor,
      supplementalGroupsPolicy: fieldActive('PodSecurityContext', 'supplementalGroupsPolicy', k8s),
      seLinuxChangePolicy: fieldActive('PodSecurityContext', 'seLinuxChangePolicy', k8s),
      onlyRecursiveSELinux: !validationChanged('seLinuxChangePolicyNotOnlyRecursive', k8s),
      hostSysctls: validationChanged('hostNetworkSysctls', k8s),
    };
    send(validatePodSpecSecurityContext(spec, specPath, podFields), 'pod-security-context-invalid');

    const userNamespaces = fieldActive('PodSpec', 'hostUsers', k8s);
    const hostUsers = !(userNamespaces && spec.hostUsers === false);
    const containerFields: ContainerFields = {
      procMount: fieldActive('SecurityContext', 'procMount', k8s),
      appArmorProfile: fieldActive('SecurityContext', 'appArmorProfile', k8s),
    };
    for (const c of specContainers(spec, specPath))
      send(
        validateSecurityContext(
          c.raw.securityContext,
          [...c.path, 'securityContext'],
          hostUsers,
          containerFields,
        ),
        'container-security-context-invalid',
      );
    send(validateWindowsHostProcessPod(spec, specPath), 'windows-options-invalid');
    if (userNamespaces)
      send(
        validateHostUsers(spec, specPath, validationChanged('hostUsersVolumeDevices', k8s)),
        'user-namespace-invalid',
      );

    const annotationsPath = [...pod.templatePath, 'metadata', 'annotations'];
    const annotations = getPath(ctx.value, annotationsPath);
    send(validateSeccompPodAnnotations(annotations, annotationsPath), 'seccomp-invalid');
    send(validateAppArmorPodAnnotations(annotations, spec, annotationsPath), 'apparmor-invalid');
    send(validateSeccompAnnotationsAndFields(annotations, spec, specPath), 'seccomp-invalid');
    if (appArmor)
      send(
        validateAppArmorAnnotationsAndFieldsMatchOnCreate(
          annotations,
          spec,
          specPath,
          pod.kind === 'Pod',
        ),
        'apparmor-invalid',
      );
  },
};
