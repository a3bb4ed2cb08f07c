import type { Path } from '../../yaml/path.ts';
import { isObj, listOf, type Obj } from '../context.ts';
import type { ErrorList } from '../field.ts';
import {
  goPointer,
  goProfile,
  goJsonString,
  invalidPointer,
  invalidRendered,
  validateAppArmorProfileField,
  validateID,
  validateProcMountType,
  validateSeccompProfileField,
  validateWindowsSecurityContextOptions,
} from './security-context-fields.ts';

// A container's securityContext (init, app and ephemeral containers alike), ported by structure
// from ValidateSecurityContext in pkg/apis/core/validation/validation.go of Kubernetes 1.34.1
// (openshift/openshift-apiserver@56aa2d96e, vendor/k8s.io/kubernetes).

/** Which fields the target version validates (a field it does not serve, or drops, is not). */
export interface ContainerFields {
  /** procMount: served, and its ProcMountType gate on (1.33+; dropped to Default before). */
  procMount: boolean;
  /** appArmorProfile: served from 1.30. */
  appArmorProfile: boolean;
}

const strings = (value: unknown): string =>
  Array.isArray(value) ? `[${value.map((v) => goJsonString(String(v))).join(',')}]` : 'null';

function goCapabilities(caps: unknown): string {
  if (!isObj(caps)) return 'null';
  return `{"Add":${strings(caps.add)},"Drop":${strings(caps.drop)}}`;
}

function goSELinux(options: unknown): string {
  if (!isObj(options)) return 'null';
  const s = (v: unknown) => goJsonString(typeof v === 'string' ? v : '');
  return `{"User":${s(options.user)},"Role":${s(options.role)},"Type":${s(options.type)},"Level":${s(options.level)}}`;
}

function goWindows(options: unknown): string {
  if (!isObj(options)) return 'null';
  const p = goPointer;
  return `{"GMSACredentialSpecName":${p(options.gmsaCredentialSpecName)},"GMSACredentialSpec":${p(options.gmsaCredentialSpec)},"RunAsUserName":${p(options.runAsUserName)},"HostProcess":${p(options.hostProcess)}}`;
}

/**
 * The internal SecurityContext as encoding/json writes it: the value the API prints when it
 * rejects the whole securityContext (Go field names, unset pointers `null`).
 */
export function goSecurityContext(sc: Obj, fields: ContainerFields): string {
  const profile = (v: unknown) => (isObj(v) ? goProfile(v) : 'null');
  const procMount = fields.procMount
    ? goPointer(sc.procMount)
    : sc.procMount
      ? '"Default"'
      : 'null';
  const parts = [
    `"Capabilities":${goCapabilities(sc.capabilities)}`,
    `"Privileged":${goPointer(sc.privileged)}`,
    `"SELinuxOptions":${goSELinux(sc.seLinuxOptions)}`,
    `"WindowsOptions":${goWindows(sc.windowsOptions)}`,
    `"RunAsUser":${goPointer(sc.runAsUser)}`,
    `"RunAsGroup":${goPointer(sc.runAsGroup)}`,
    `"RunAsNonRoot":${goPointer(sc.runAsNonRoot)}`,
    `"ReadOnlyRootFilesystem":${goPointer(sc.readOnlyRootFilesystem)}`,
    `"AllowPrivilegeEscalation":${goPointer(sc.allowPrivilegeEscalation)}`,
    `"ProcMount":${procMount}`,
    `"SeccompProfile":${profile(sc.seccompProfile)}`,
    ...(fields.appArmorProfile ? [`"AppArmorProfile":${profile(sc.appArmorProfile)}`] : []),
  ];
  return `{${parts.join(',')}}`;
}

/**
 * `ValidateSecurityContext`: runAsUser and runAsGroup in 0…2147483647, a known procMount
 * (`Unmasked` only in a user namespace: `hostUsers` false), the seccomp, AppArmor and Windows
 * options, and allowPrivilegeEscalation false with neither privileged nor CAP_SYS_ADMIN.
 * Skipped: `privileged` "disallowed by cluster policy" (the API server's --allow-privileged flag,
 * cluster configuration a manifest cannot show).
 */
export function validateSecurityContext(
  sc: unknown,
  path: Path,
  hostUsers: boolean,
  fields: ContainerFields,
): ErrorList {
  if (!isObj(sc)) return [];
  const errs: ErrorList = [];
  errs.push(...validateID(sc.runAsUser, [...path, 'runAsUser']));
  errs.push(...validateID(sc.runAsGroup, [...path, 'runAsGroup']));
  const procMount = sc.procMount;
  if (fields.procMount && typeof procMount === 'string') {
    const procPath = [...path, 'procMount'];
    const err = validateProcMountType(procPath, procMount);
    if (err) errs.push(err);
    if (hostUsers && procMount === 'Unmasked')
      errs.push(invalidPointer(procPath, procMount, '`hostUsers` must be false to use `Unmasked`'));
  }
  errs.push(...validateSeccompProfileField(sc.seccompProfile, [...path, 'seccompProfile']));
  if (sc.allowPrivilegeEscalation === false) {
    if (sc.privileged === true)
      errs.push(
        invalidRendered(
          path,
          goSecurityContext(sc, fields),
          'cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
        ),
      );
    const add = isObj(sc.capabilities) ? listOf(sc.capabilities.add) : [];
    for (const cap of add)
      if (cap === 'CAP_SYS_ADMIN')
        errs.push(
          invalidRendered(
            path,
            goSecurityContext(sc, fields),
            'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN',
          ),
        );
  }
  errs.push(
    ...validateWindowsSecurityContextOptions(sc.windowsOptions, [...path, 'windowsOptions']),
  );
  if (fields.appArmorProfile)
    errs.push(...validateAppArmorProfileField(sc.appArmorProfile, [...path, 'appArmorProfile']));
  return errs;
}
