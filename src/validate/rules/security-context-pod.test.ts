import { describe, expect, it } from 'vitest';
import { lint, pod } from './testing.ts';
import {
  isValidSysctlName,
  sysctlNamespace,
  validateFSGroupChangePolicy,
  validateHostSysctl,
  validateHostUsers,
  validatePodSpecSecurityContext,
  validateSELinuxChangePolicy,
  validateSupplementalGroupsPolicy,
  validateSysctls,
  validateWindowsHostProcessPod,
} from './security-context-pod.ts';

const IDS = [
  'pod-security-context-invalid',
  'pod-sysctls-invalid',
  'user-namespace-invalid',
  'windows-options-invalid',
];
const APP = '  containers:\n    - name: app\n      image: nginx:1.27.3\n';
const withSc = (sc: string, extra = '') => pod(`${extra}  securityContext:\n${sc}${APP}`);
const ALL = {
  appArmorProfile: true,
  supplementalGroupsPolicy: true,
  seLinuxChangePolicy: true,
  onlyRecursiveSELinux: true,
  hostSysctls: true,
};
const details = (errs: { path: readonly (string | number)[]; detail: string }[]) =>
  errs.map((e) => `${e.path.join('.')}: ${e.detail}`);

describe('validatePodSpecSecurityContext', () => {
  it('accepts IDs at both ends of the range', () => {
    const spec = {
      securityContext: { runAsUser: 0, fsGroup: 2147483647, supplementalGroups: [0, 2147483647] },
    };
    expect(validatePodSpecSecurityContext(spec, ['spec'], ALL)).toEqual([]);
  });

  it('rejects IDs outside the range', () => {
    expect(
      lint(
        withSc('    runAsUser: -1\n    fsGroup: 2147483648\n    supplementalGroups: [1234, -1]\n'),
        IDS,
      ),
    ).toEqual([
      'error pod-security-context-invalid spec.securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
      'error pod-security-context-invalid spec.securityContext.fsGroup: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive',
      'error pod-security-context-invalid spec.securityContext.supplementalGroups[1]: Invalid value: -1: must be between 0 and 2147483647, inclusive',
    ]);
  });

  it('checks the enum fields, with upstream’s words', () => {
    expect(details(validateFSGroupChangePolicy('', ['f']))).toEqual([
      'f: Unsupported value: "": supported values: "Always", "OnRootMismatch"',
    ]);
    expect(validateFSGroupChangePolicy('OnRootMismatch', ['f'])).toEqual([]);
    expect(details(validateSupplementalGroupsPolicy('Loose', ['s']))).toEqual([
      's: Unsupported value: "Loose": supported values: "Merge", "Strict"',
    ]);
    expect(validateSupplementalGroupsPolicy('Strict', ['s'])).toEqual([]);
    expect(details(validateSELinuxChangePolicy('MountOption', ['x'], true))).toEqual([
      'x: Unsupported value: "MountOption": supported values: "Recursive"',
    ]);
    expect(validateSELinuxChangePolicy('MountOption', ['x'], false)).toEqual([]);
  });

  it('rejects seLinuxChangePolicy MountOption while SELinuxMount is off (1.33–1.35), not before or after', () => {
    const text = withSc('    seLinuxChangePolicy: MountOption\n');
    expect(lint(text, IDS)).toEqual([
      'error pod-security-context-invalid spec.securityContext.seLinuxChangePolicy: Unsupported value: "MountOption": supported values: "Recursive"',
    ]);
    expect(lint(text, IDS, '1.32')).toEqual([]);
    expect(lint(text, IDS, '1.35')).toEqual([
      'error pod-security-context-invalid spec.securityContext.seLinuxChangePolicy: Unsupported value: "MountOption": supported values: "Recursive"',
    ]);
    expect(lint(text, IDS, '1.36')).toEqual([]);
  });
});

describe('sysctls', () => {
  it('isValidSysctlName', () => {
    for (const name of ['a.b.c.d', 'a', 'a_b', 'a-b', 'abc', 'abc.def', 'a/b/c/d', 'a/b.c'])
      expect(isValidSysctlName(name)).toBe(true);
    for (const name of [
      '',
      '*',
      'ä',
      'a_',
      '_a',
      '-',
      '.',
      'a.',
      '.a',
      'a*b',
      'Abc',
      '/a',
      'a'.repeat(256),
    ])
      expect(isValidSysctlName(name)).toBe(false);
  });

  it('validateSysctls: accepts distinct well-formed names, slashes included', () => {
    const names = ['net.foo.bar', 'kernel.shmmax', 'net.ipv4.conf.enp3s0/200.forwarding'];
    const spec = { securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) } };
    expect(validateSysctls(spec, ['s'], true)).toEqual([]);
  });

  it('validateSysctls: required, well formed, not repeated', () => {
    const spec = {
      securityContext: {
        sysctls: [
          { name: 'i..nvalid' },
          { name: '' },
          { name: 'kernel.shmmax' },
          { name: 'kernel.shmmax' },
        ],
      },
    };
    expect(details(validateSysctls(spec, ['s'], true))).toEqual([
      's.0.name: Invalid value: "i..nvalid": must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$',
      's.1.name: Required value',
      's.3.name: Duplicate value: "kernel.shmmax"',
    ]);
  });

  it('sysctlNamespace and validateHostSysctl', () => {
    expect(sysctlNamespace('net/ipv4/conf/enp3s0.200/forwarding')).toBe('Net');
    expect(sysctlNamespace('kernel.msgmax')).toBe('IPC');
    expect(sysctlNamespace('fs.mqueue.msg_max')).toBe('IPC');
    expect(sysctlNamespace('kernel.pid_max')).toBeUndefined();
    expect(validateHostSysctl('net.core.somaxconn', { hostNetwork: false }, ['n'])).toEqual([]);
    expect(details(validateHostSysctl('kernel.shmmax', { hostIPC: true }, ['n']))).toEqual([
      `n: Invalid value: "kernel.shmmax": may not be specified when 'hostIPC' is true`,
    ]);
  });

  it('rejects a net sysctl on a hostNetwork pod from 1.29', () => {
    const text = withSc(
      '    sysctls:\n      - name: net.ipv4.ip_local_port_range\n        value: "40000 65535"\n',
      '  hostNetwork: true\n',
    );
    expect(lint(text, IDS)).toEqual([
      `error pod-sysctls-invalid spec.securityContext.sysctls[0].name: Invalid value: "net.ipv4.ip_local_port_range": may not be specified when 'hostNetwork' is true`,
    ]);
    expect(lint(text, IDS, '1.28')).toEqual([]);
  });
});

describe('validateHostUsers', () => {
  it('accepts a user namespace alone, and hostUsers true with host namespaces', () => {
    expect(validateHostUsers({ hostUsers: false }, ['spec'], true)).toEqual([]);
    expect(validateHostUsers({ hostUsers: true, hostPID: true }, ['spec'], true)).toEqual([]);
  });

  it('forbids host namespaces and volumeDevices in a user namespace', () => {
    const text = pod(
      '  hostUsers: false\n  hostNetwork: true\n  hostIPC: true\n  containers:\n    - name: app\n      image: nginx:1.27.3\n      volumeDevices:\n        - name: disk\n          devicePath: /dev/xvda\n',
    );
    expect(lint(text, ['user-namespace-invalid'])).toEqual([
      'error user-namespace-invalid spec.hostNetwork: Forbidden: when `hostUsers` is false',
      'error user-namespace-invalid spec.hostIPC: Forbidden: when `hostUsers` is false',
      'error user-namespace-invalid spec.containers[0].volumeDevices: Forbidden: when `hostUsers` is false',
    ]);
    expect(lint(text, ['user-namespace-invalid'], '1.33')).toEqual([
      'error user-namespace-invalid spec.hostNetwork: Forbidden: when `pod.Spec.HostUsers` is false',
      'error user-namespace-invalid spec.hostIPC: Forbidden: when `pod.Spec.HostUsers` is false',
    ]);
    // The UserNamespacesSupport gate is off before 1.33: the API drops hostUsers.
    expect(lint(text, ['user-namespace-invalid'], '1.32')).toEqual([]);
  });
});

describe('validateWindowsHostProcessPod', () => {
  const hp = (v: boolean) => ({ securityContext: { windowsOptions: { hostProcess: v } } });

  it('accepts an all-HostProcess pod on the host network', () => {
    const spec = {
      hostNetwork: true,
      ...hp(true),
      containers: [{ name: 'a' }, { name: 'b', ...hp(true) }],
    };
    expect(validateWindowsHostProcessPod(spec, ['spec'])).toEqual([]);
  });

  it('rejects a mix, a disagreement with the pod, and HostProcess without hostNetwork', () => {
    const spec = { ...hp(false), containers: [{ name: 'a', ...hp(true) }, { name: 'b' }] };
    expect(details(validateWindowsHostProcessPod(spec, ['spec']))).toEqual([
      'spec.containers.0.securityContext.windowsOptions.hostProcess: Invalid value: true: pod hostProcess value must be identical if both are specified, was false',
      'spec: Invalid value: "": If pod contains any hostProcess containers then all containers must be HostProcess containers',
      'spec.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers',
    ]);
  });

  it('reports through windows-options-invalid', () => {
    const text = withSc(
      '    windowsOptions:\n      hostProcess: true\n',
      '  os:\n    name: windows\n',
    );
    expect(lint(text, IDS)).toEqual([
      'error windows-options-invalid spec.hostNetwork: Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers',
    ]);
  });
});
