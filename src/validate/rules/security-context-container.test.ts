import { describe, expect, it } from 'vitest';
import { lint, pod } from './testing.ts';
import { goSecurityContext, validateSecurityContext } from './security-context-container.ts';

const IDS = [
  'container-security-context-invalid',
  'user-namespace-invalid',
  'seccomp-invalid',
  'apparmor-invalid',
];
const ALL = { procMount: true, appArmorProfile: true };
const container = (sc: string, podLines = '') =>
  pod(
    `${podLines}  containers:\n    - name: app\n      image: nginx:1.27.3\n      securityContext:\n${sc}`,
  );

describe('validateSecurityContext', () => {
  it('accepts a full, valid security context', () => {
    const sc = {
      privileged: false,
      capabilities: { add: ['NET_ADMIN'], drop: ['ALL'] },
      seLinuxOptions: { user: 'user', role: 'role', type: 'type', level: 'level' },
      runAsUser: 1,
      procMount: 'Default',
    };
    expect(validateSecurityContext(sc, ['sc'], true, ALL)).toEqual([]);
    expect(validateSecurityContext({ procMount: 'Unmasked' }, ['sc'], false, ALL)).toEqual([]);
  });

  it('rejects IDs outside 0…2147483647', () => {
    expect(lint(container('        runAsUser: -1\n        runAsGroup: 2147483648\n'), IDS)).toEqual(
      [
        'error container-security-context-invalid spec.containers[0].securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive',
        'error container-security-context-invalid spec.containers[0].securityContext.runAsGroup: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive',
      ],
    );
  });

  it('rejects allowPrivilegeEscalation false with privileged, printing the whole context', () => {
    expect(
      lint(container('        privileged: true\n        allowPrivilegeEscalation: false\n'), IDS),
    ).toEqual([
      'error container-security-context-invalid spec.containers[0].securityContext: Invalid value: {"Capabilities":null,"Privileged":true,"SELinuxOptions":null,"WindowsOptions":null,"RunAsUser":null,"RunAsGroup":null,"RunAsNonRoot":null,"ReadOnlyRootFilesystem":null,"AllowPrivilegeEscalation":false,"ProcMount":null,"SeccompProfile":null,"AppArmorProfile":null}: cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
    ]);
  });

  it('rejects allowPrivilegeEscalation false with CAP_SYS_ADMIN added', () => {
    const found = validateSecurityContext(
      { allowPrivilegeEscalation: false, capabilities: { add: ['CAP_SYS_ADMIN'] } },
      ['sc'],
      true,
      ALL,
    );
    expect(found.map((e) => e.detail)).toEqual([
      'Invalid value: {"Capabilities":{"Add":["CAP_SYS_ADMIN"],"Drop":null},"Privileged":null,"SELinuxOptions":null,"WindowsOptions":null,"RunAsUser":null,"RunAsGroup":null,"RunAsNonRoot":null,"ReadOnlyRootFilesystem":null,"AllowPrivilegeEscalation":false,"ProcMount":null,"SeccompProfile":null,"AppArmorProfile":null}: cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN',
    ]);
    // SYS_ADMIN (the usual spelling) is not what the API compares.
    expect(
      validateSecurityContext(
        { allowPrivilegeEscalation: false, capabilities: { add: ['SYS_ADMIN'] } },
        ['sc'],
        true,
        ALL,
      ),
    ).toEqual([]);
  });

  it('rejects an Unmasked procMount outside a user namespace (1.33+)', () => {
    expect(lint(container('        procMount: Unmasked\n'), IDS)).toEqual([
      'error user-namespace-invalid spec.containers[0].securityContext.procMount: Invalid value: "Unmasked": `hostUsers` must be false to use `Unmasked`',
    ]);
    expect(lint(container('        procMount: Unmasked\n', '  hostUsers: false\n'), IDS)).toEqual(
      [],
    );
    // Before 1.33 the ProcMountType gate is off and the API resets procMount to Default.
    expect(lint(container('        procMount: Unmasked\n'), IDS, '1.32')).toEqual([]);
  });

  it('checks init and ephemeral containers too', () => {
    const text = pod(
      '  initContainers:\n    - name: init\n      image: busybox:1.36\n      securityContext:\n        runAsUser: -5\n  containers:\n    - name: app\n      image: nginx:1.27.3\n',
    );
    expect(lint(text, IDS)).toEqual([
      'error container-security-context-invalid spec.initContainers[0].securityContext.runAsUser: Invalid value: -5: must be between 0 and 2147483647, inclusive',
    ]);
  });

  it('routes the container seccomp and AppArmor fields to their rules', () => {
    expect(
      lint(
        container(
          '        seccompProfile:\n          type: Abc\n        appArmorProfile:\n          type: Localhost\n',
        ),
        IDS,
      ),
    ).toEqual([
      'error seccomp-invalid spec.containers[0].securityContext.seccompProfile.type: Unsupported value: "Abc": supported values: "Localhost", "RuntimeDefault", "Unconfined"',
      'error apparmor-invalid spec.containers[0].securityContext.appArmorProfile.localhostProfile: Required value: must be set when AppArmor type is Localhost',
    ]);
  });
});

describe('goSecurityContext', () => {
  it('leaves AppArmorProfile out where the API has no such field, and shows dropped procMount as Default', () => {
    expect(
      goSecurityContext(
        { procMount: 'Unmasked', seLinuxOptions: { level: 's0' } },
        { procMount: false, appArmorProfile: false },
      ),
    ).toBe(
      '{"Capabilities":null,"Privileged":null,"SELinuxOptions":{"User":"","Role":"","Type":"","Level":"s0"},"WindowsOptions":null,"RunAsUser":null,"RunAsGroup":null,"RunAsNonRoot":null,"ReadOnlyRootFilesystem":null,"AllowPrivilegeEscalation":null,"ProcMount":"Default","SeccompProfile":null}',
    );
  });
});
