/** Linux capability names as Kubernetes takes them: without the CAP_ prefix (capabilities(7)). */
export const CAPABILITIES = [
  'AUDIT_CONTROL',
  'AUDIT_READ',
  'AUDIT_WRITE',
  'BLOCK_SUSPEND',
  'BPF',
  'CHECKPOINT_RESTORE',
  'CHOWN',
  'DAC_OVERRIDE',
  'DAC_READ_SEARCH',
  'FOWNER',
  'FSETID',
  'IPC_LOCK',
  'IPC_OWNER',
  'KILL',
  'LEASE',
  'LINUX_IMMUTABLE',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
  'MKNOD',
  'NET_ADMIN',
  'NET_BIND_SERVICE',
  'NET_BROADCAST',
  'NET_RAW',
  'PERFMON',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYSLOG',
  'SYS_ADMIN',
  'SYS_BOOT',
  'SYS_CHROOT',
  'SYS_MODULE',
  'SYS_NICE',
  'SYS_PACCT',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_RESOURCE',
  'SYS_TIME',
  'SYS_TTY_CONFIG',
  'WAKE_ALARM',
] as const;

const KNOWN = new Set<string>([...CAPABILITIES, 'ALL']);

/**
 * Why a list of capability names for `capabilities.add` or `.drop` is not acceptable, or
 * `undefined`. Names are upper case, like NET_ADMIN, or ALL; a name the kernel does not know is
 * silently ignored by some runtimes and fails the container in others, so it is refused here.
 */
export function capabilitiesProblem(names: readonly string[]): string | undefined {
  for (const raw of names) {
    const name = raw.trim();
    if (name.toUpperCase().startsWith('CAP_'))
      return `Write ${name.slice(4).toUpperCase()} without the CAP_ prefix.`;
    if (KNOWN.has(name)) continue;
    if (KNOWN.has(name.toUpperCase()))
      return `Capability names are upper case: ${name.toUpperCase()}, not ${name}.`;
    return `"${name}" is not a Linux capability; use names like NET_ADMIN, SYS_TIME or ALL.`;
  }
  const seen = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    if (seen.has(name)) return `${name} is listed twice.`;
    seen.add(name);
  }
  return undefined;
}
