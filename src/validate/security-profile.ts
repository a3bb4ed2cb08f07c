import type { Finding } from './context.ts';
import type { FixId } from './types.ts';

/** How strict lint is about security: `default` keeps the profile's findings as info. */
export type Profile = 'default' | 'strict';

export const PROFILES: readonly Profile[] = ['default', 'strict'];

export const isProfile = (value: unknown): value is Profile =>
  typeof value === 'string' && (PROFILES as readonly string[]).includes(value);

/** One rule of the security profile, and what it stands for in the common linters. */
export interface ProfileRule {
  id: string;
  /** What it flags, in a few words (the README table's second column). */
  flags: string;
  /** The kube-linter checks (stackrox/kube-linter, docs/generated/checks.md) it corresponds to. */
  kubeLinter: readonly string[];
  /** The Polaris checks (FairwindsOps/polaris, pkg/config/checks/*.yaml) it corresponds to. */
  polaris: readonly string[];
  /** The quick fix it offers, when it offers one. */
  fix?: FixId;
}

/**
 * The security profile: the pod- and container-level checks kube-linter and Polaris run, as
 * Podsmith's rule ids. They report info; `podsmith lint --profile strict` makes them warnings.
 * The `security-` rules live in rules/security*.ts; the others were best practice before the
 * profile existed (rules/privilege.ts) and are not repeated by it. README.md ("Security profile")
 * shows this table, and security-profile.test.ts keeps the two in step.
 *
 * Read against kube-linter 35de568 (docs/generated/checks.md, pkg/templates) and Polaris c0e23a2
 * (pkg/config/checks).
 */
export const SECURITY_PROFILE: readonly ProfileRule[] = [
  {
    id: 'sc-privileged',
    flags: 'a privileged container',
    kubeLinter: ['privileged-container'],
    polaris: ['runAsPrivileged'],
  },
  {
    id: 'sc-run-as-root',
    flags: 'a container that runs or may run as root (runAsUser 0, or no runAsNonRoot)',
    kubeLinter: ['run-as-non-root'],
    polaris: ['runAsRootAllowed'],
  },
  {
    id: 'security-run-as-group-root',
    flags: 'runAsGroup 0 (the root group), for the pod or a container',
    kubeLinter: ['run-as-non-root'],
    polaris: [],
  },
  {
    id: 'host-namespaces',
    flags: 'hostNetwork, hostPID or hostIPC',
    kubeLinter: ['host-network', 'host-pid', 'host-ipc'],
    polaris: ['hostNetworkSet', 'hostPIDSet', 'hostIPCSet'],
  },
  {
    id: 'volume-hostpath-risk',
    flags: 'a hostPath volume (runtime sockets, system directories, read-write mounts named)',
    kubeLinter: ['sensitive-host-mounts', 'docker-sock', 'writable-host-mount'],
    polaris: ['hostPathSet'],
  },
  {
    id: 'security-privilege-escalation',
    flags: 'allowPrivilegeEscalation not set to false',
    kubeLinter: ['privilege-escalation-container'],
    polaris: ['privilegeEscalationAllowed'],
    fix: 'disallow-privilege-escalation',
  },
  {
    id: 'security-root-filesystem-writable',
    flags: 'readOnlyRootFilesystem not set to true',
    kubeLinter: ['no-read-only-root-fs'],
    polaris: ['notReadOnlyRootFilesystem'],
    fix: 'set-read-only-root-filesystem',
  },
  {
    id: 'security-capabilities-not-dropped',
    flags: 'capabilities.drop without ALL',
    kubeLinter: ['drop-net-raw-capability'],
    polaris: ['insecureCapabilities'],
    fix: 'drop-all-capabilities',
  },
  {
    id: 'security-capabilities-added',
    flags:
      'capabilities.add beyond the Pod Security baseline (ALL, SYS_ADMIN, NET_ADMIN, NET_RAW, …)',
    kubeLinter: ['drop-net-raw-capability', 'privilege-escalation-container'],
    polaris: ['dangerousCapabilities'],
  },
  {
    id: 'security-seccomp-missing',
    flags: 'no seccomp profile for the pod or a container, or Unconfined',
    kubeLinter: [],
    polaris: ['linuxHardening'],
    fix: 'set-seccomp-runtime-default',
  },
  {
    id: 'security-proc-mount-unmasked',
    flags: 'procMount: Unmasked',
    kubeLinter: ['unsafe-proc-mount'],
    polaris: ['procMount'],
  },
  {
    id: 'security-host-process',
    flags: 'a Windows HostProcess pod or container',
    kubeLinter: [],
    polaris: ['hostProcess'],
  },
  {
    id: 'security-host-port',
    flags: 'a hostPort (outside hostNetwork)',
    kubeLinter: [],
    polaris: ['hostPortSet'],
  },
  {
    id: 'security-privileged-port',
    flags: 'a containerPort below 1024 (port 22 named as SSH)',
    kubeLinter: ['privileged-ports', 'ssh-port'],
    polaris: [],
  },
  {
    id: 'security-automount-token',
    flags: 'the service account token mounted (automountServiceAccountToken not false)',
    kubeLinter: [],
    polaris: ['automountServiceAccountToken'],
    fix: 'disable-service-account-token',
  },
  {
    id: 'security-env-literal-secret',
    flags: 'a secret-looking env var with a literal value, or a private key in one',
    kubeLinter: ['env-var-secret'],
    polaris: ['sensitiveContainerEnvVar'],
  },
  {
    id: 'security-unsafe-sysctl',
    flags: 'a sysctl outside the safe set',
    kubeLinter: ['unsafe-sysctls'],
    polaris: [],
  },
];

/** Every rule id of the security profile. */
export const SECURITY_PROFILE_IDS: readonly string[] = SECURITY_PROFILE.map((r) => r.id);

/** The ids of the `security-` rule family (rules/security.ts). */
export const SECURITY_RULE_IDS: readonly string[] = SECURITY_PROFILE_IDS.filter((id) =>
  id.startsWith('security-'),
);

const IN_PROFILE = new Set(SECURITY_PROFILE_IDS);

/** A finding as the profile reports it: under `strict`, the profile's info becomes a warning. */
export function underProfile(profile: Profile | undefined): (f: Finding) => Finding {
  if (profile !== 'strict') return (f) => f;
  return (f) =>
    f.severity === 'info' && IN_PROFILE.has(f.ruleId) ? { ...f, severity: 'warning' } : f;
}
