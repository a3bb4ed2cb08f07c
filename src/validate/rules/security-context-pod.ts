import type { Path } from '../../yaml/path.ts';
import { isObj, listOf, objOf, type Obj } from '../context.ts';
import { duplicate, forbidden, invalid, required, unsupported, type ErrorList } from '../field.ts';
import { specContainers } from './each.ts';
import {
  byteLength,
  validateAppArmorProfileField,
  validateID,
  validateSeccompProfileField,
  validateWindowsSecurityContextOptions,
} from './security-context-fields.ts';

// The pod's securityContext and the pod-wide rules about it, ported by structure from
// pkg/apis/core/validation/validation.go of Kubernetes 1.34.1 (openshift/openshift-apiserver@
// 56aa2d96e, vendor/k8s.io/kubernetes), the sysctl namespaces from
// vendor/k8s.io/component-helpers/node/util/sysctl. In the v1 manifest hostNetwork, hostPID,
// hostIPC, hostUsers and shareProcessNamespace sit on the pod spec (the internal type moves them
// into the security context), so paths name them there.

/** What the target version checks, where it differs between versions (security-context.ts). */
export interface PodFields {
  appArmorProfile: boolean;
  supplementalGroupsPolicy: boolean;
  seLinuxChangePolicy: boolean;
  /** Only `Recursive` (the SELinuxMount gate off and no old object: 1.33–1.35). */
  onlyRecursiveSELinux: boolean;
  /** ValidateHostSysctl (from 1.29). */
  hostSysctls: boolean;
}

const SYSCTL_SEGMENT = '[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const SYSCTL_FMT = `^(${SYSCTL_SEGMENT}[\\./])*${SYSCTL_SEGMENT}$`;
const SYSCTL = new RegExp(SYSCTL_FMT);
const SYSCTL_MAX = 253;

/** `IsValidSysctlName`: dot- or slash-separated segments, at most 253 bytes. */
export function isValidSysctlName(name: string): boolean {
  return byteLength(name) <= SYSCTL_MAX && SYSCTL.test(name);
}

const IPC_NAMES = new Set([
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
  'kernel.shm',
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.msg',
]);

/** `sysctl.GetNamespace`: the kernel namespace of a sysctl (`net/ipv4/x` is `net.ipv4.x`). */
export function sysctlNamespace(sysctl: string): 'Net' | 'IPC' | undefined {
  let name = sysctl;
  const sep = name.search(/[./]/);
  if (sep !== -1 && name[sep] === '/') name = name.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'));
  const star = name.indexOf('*');
  if (star !== -1) name = name.slice(0, star);
  if (IPC_NAMES.has(name)) return 'IPC';
  if (name.startsWith('net.')) return 'Net';
  if (name.startsWith('fs.mqueue.')) return 'IPC';
  return undefined;
}

/** `ValidateHostSysctl`: no sysctl of a namespace the pod shares with the node. */
export function validateHostSysctl(sysctl: string, spec: Obj, path: Path): ErrorList {
  const ns = sysctlNamespace(sysctl);
  if (spec.hostNetwork === true && ns === 'Net')
    return [invalid(path, sysctl, "may not be specified when 'hostNetwork' is true")];
  if (spec.hostIPC === true && ns === 'IPC')
    return [invalid(path, sysctl, "may not be specified when 'hostIPC' is true")];
  return [];
}

/** `validateSysctls`: each name set, well formed and not repeated, and not of a host namespace. */
export function validateSysctls(spec: Obj, path: Path, hostSysctls: boolean): ErrorList {
  const errs: ErrorList = [];
  const names = new Set<string>();
  listOf(objOf(spec, 'securityContext').sysctls).forEach((s, i) => {
    if (!isObj(s)) return;
    const name = s.name ?? '';
    if (typeof name !== 'string') return;
    const namePath = [...path, i, 'name'];
    // A missing name is schema-required's (same path, same message).
    if (name === '') {
      if (s.name !== undefined) errs.push(required(namePath));
    } else if (!isValidSysctlName(name))
      errs.push(
        invalid(
          namePath,
          name,
          `must have at most ${SYSCTL_MAX} characters and match regex ${SYSCTL_FMT}`,
        ),
      );
    else if (names.has(name)) errs.push(duplicate(namePath, name));
    if (hostSysctls) errs.push(...validateHostSysctl(name, spec, namePath));
    names.add(name);
  });
  return errs;
}

/** A string enum field checked against its values (`validateFSGroupChangePolicy` and kin). */
function validateEnum(value: unknown, path: Path, values: readonly string[]): ErrorList {
  if (typeof value !== 'string' || values.includes(value)) return [];
  return [unsupported(path, value, values)];
}

/** `validateFSGroupChangePolicy`. */
export const validateFSGroupChangePolicy = (value: unknown, path: Path) =>
  validateEnum(value, path, ['Always', 'OnRootMismatch']);

/** `validateSupplementalGroupsPolicy`. */
export const validateSupplementalGroupsPolicy = (value: unknown, path: Path) =>
  validateEnum(value, path, ['Merge', 'Strict']);

/** `validateSELinuxChangePolicy`: only `Recursive` while the SELinuxMount gate is off. */
export const validateSELinuxChangePolicy = (value: unknown, path: Path, onlyRecursive: boolean) =>
  validateEnum(value, path, onlyRecursive ? ['Recursive'] : ['MountOption', 'Recursive']);

/**
 * `validatePodSpecSecurityContext`: user and group IDs in 0…2147483647, sysctls, the enum fields
 * and the seccomp, Windows and AppArmor options. shareProcessNamespace with hostPID is
 * pod-share-process-namespace-hostpid's (rules/pod.ts).
 */
export function validatePodSpecSecurityContext(
  spec: Obj,
  specPath: Path,
  fields: PodFields,
): ErrorList {
  const sc = spec.securityContext;
  if (!isObj(sc)) return [];
  const path = [...specPath, 'securityContext'];
  const errs: ErrorList = [];
  errs.push(...validateID(sc.fsGroup, [...path, 'fsGroup']));
  errs.push(...validateID(sc.runAsUser, [...path, 'runAsUser']));
  errs.push(...validateID(sc.runAsGroup, [...path, 'runAsGroup']));
  listOf(sc.supplementalGroups).forEach((gid, g) =>
    errs.push(...validateID(gid, [...path, 'supplementalGroups', g])),
  );
  if (listOf(sc.sysctls).length)
    errs.push(...validateSysctls(spec, [...path, 'sysctls'], fields.hostSysctls));
  errs.push(
    ...validateFSGroupChangePolicy(sc.fsGroupChangePolicy, [...path, 'fsGroupChangePolicy']),
  );
  errs.push(...validateSeccompProfileField(sc.seccompProfile, [...path, 'seccompProfile']));
  errs.push(
    ...validateWindowsSecurityContextOptions(sc.windowsOptions, [...path, 'windowsOptions']),
  );
  if (fields.appArmorProfile)
    errs.push(...validateAppArmorProfileField(sc.appArmorProfile, [...path, 'appArmorProfile']));
  if (fields.supplementalGroupsPolicy)
    errs.push(
      ...validateSupplementalGroupsPolicy(sc.supplementalGroupsPolicy, [
        ...path,
        'supplementalGroupsPolicy',
      ]),
    );
  if (fields.seLinuxChangePolicy)
    errs.push(
      ...validateSELinuxChangePolicy(
        sc.seLinuxChangePolicy,
        [...path, 'seLinuxChangePolicy'],
        fields.onlyRecursiveSELinux,
      ),
    );
  return errs;
}

/**
 * `validateHostUsers`: a pod in a user namespace (`hostUsers: false`) shares none of the node's
 * network, PID and IPC namespaces and (1.34) has no volumeDevices. `since134` picks 1.34's words
 * and its volumeDevices check; 1.33 says "when `pod.Spec.HostUsers` is false".
 */
export function validateHostUsers(spec: Obj, specPath: Path, since134: boolean): ErrorList {
  if (spec.hostUsers !== false) return [];
  const why = since134 ? 'when `hostUsers` is false' : 'when `pod.Spec.HostUsers` is false';
  const errs: ErrorList = [];
  for (const field of ['hostNetwork', 'hostPID', 'hostIPC'])
    if (spec[field] === true) errs.push(forbidden([...specPath, field], why));
  if (since134)
    for (const c of specContainers(spec, specPath))
      if (listOf(c.raw.volumeDevices).length)
        errs.push(forbidden([...c.path, 'volumeDevices'], why));
  return errs;
}

/**
 * `validateWindowsHostProcessPod`: hostProcess the same in the pod and every container that sets
 * it, all containers HostProcess or none, and hostNetwork with them. Skipped: "hostProcess
 * containers are disallowed by cluster policy" (the API server's --allow-privileged flag).
 */
export function validateWindowsHostProcessPod(spec: Obj, specPath: Path): ErrorList {
  const errs: ErrorList = [];
  const podOptions = objOf(objOf(spec, 'securityContext'), 'windowsOptions');
  const pod = typeof podOptions.hostProcess === 'boolean' ? podOptions.hostProcess : undefined;
  let count = 0;
  let hostProcessCount = 0;
  for (const c of specContainers(spec, specPath)) {
    count++;
    const options = objOf(objOf(c.raw, 'securityContext'), 'windowsOptions');
    const own = typeof options.hostProcess === 'boolean' ? options.hostProcess : undefined;
    if (pod !== undefined && own !== undefined && pod !== own)
      errs.push(
        invalid(
          [...c.path, 'securityContext', 'windowsOptions', 'hostProcess'],
          own,
          `pod hostProcess value must be identical if both are specified, was ${pod}`,
        ),
      );
    if (own === true || (own === undefined && pod === true)) hostProcessCount++;
  }
  if (hostProcessCount > 0) {
    if (hostProcessCount !== count)
      errs.push(
        invalid(
          specPath,
          '',
          'If pod contains any hostProcess containers then all containers must be HostProcess containers',
        ),
      );
    if (spec.hostNetwork !== true)
      errs.push(
        invalid(
          [...specPath, 'hostNetwork'],
          false,
          'hostNetwork must be true if pod contains any hostProcess containers',
        ),
      );
  }
  return errs;
}
