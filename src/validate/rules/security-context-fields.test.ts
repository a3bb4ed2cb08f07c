import { describe, expect, it } from 'vitest';
import { lint, pod } from './testing.ts';
import {
  goJsonString,
  validateAppArmorProfileField,
  validateProcMountType,
  validateSeccompProfileField,
  validateSeccompProfileType,
  validateWindowsSecurityContextOptions,
} from './security-context-fields.ts';

const IDS = ['seccomp-invalid', 'apparmor-invalid', 'windows-options-invalid'];
const sc = (lines: string) =>
  pod(`  securityContext:\n${lines}  containers:\n    - name: app\n      image: nginx:1.27.3\n`);

describe('seccomp profile fields', () => {
  it('validateSeccompProfileType: set, and one of three', () => {
    expect(validateSeccompProfileType(['type'], 'RuntimeDefault')).toBeUndefined();
    expect(validateSeccompProfileType(['type'], '')?.detail).toBe(
      'Required value: type is required when seccompProfile is set',
    );
    expect(validateSeccompProfileType(['type'], 'Abc')?.detail).toBe(
      'Unsupported value: "Abc": supported values: "Localhost", "RuntimeDefault", "Unconfined"',
    );
  });

  it('validateSeccompProfileField: localhostProfile exactly when Localhost', () => {
    expect(
      validateSeccompProfileField({ type: 'Localhost', localhostProfile: 'p.json' }, []),
    ).toEqual([]);
    expect(lint(sc('    seccompProfile:\n      type: Localhost\n'), IDS)).toEqual([
      'error seccomp-invalid spec.securityContext.seccompProfile.localhostProfile: Required value: must be set when seccomp type is Localhost',
    ]);
    expect(
      lint(
        sc('    seccompProfile:\n      type: RuntimeDefault\n      localhostProfile: foo\n'),
        IDS,
      ),
    ).toEqual([
      'error seccomp-invalid spec.securityContext.seccompProfile.localhostProfile: Invalid value: {"Type":"RuntimeDefault","LocalhostProfile":"foo"}: can only be set when seccomp type is Localhost',
    ]);
  });

  it('leaves a missing type to the schema, and says why an empty one is wrong', () => {
    const ids = ['seccomp-invalid', 'schema-required', 'schema-enum'];
    expect(lint(sc('    seccompProfile: {}\n'), ids)).toEqual([
      'error schema-required spec.securityContext.seccompProfile.type: Required value',
    ]);
    expect(lint(sc('    seccompProfile:\n      type: ""\n'), ids)).toEqual([
      'error seccomp-invalid spec.securityContext.seccompProfile.type: Required value: type is required when seccompProfile is set',
    ]);
  });
});

describe('AppArmor profile fields', () => {
  it('validateAppArmorProfileField: Localhost needs an unpadded, non-empty profile', () => {
    expect(
      validateAppArmorProfileField({ type: 'Localhost', localhostProfile: 'k8s-nginx' }, []),
    ).toEqual([]);
    expect(
      lint(
        sc('    appArmorProfile:\n      type: Localhost\n      localhostProfile: "foo-bar "\n'),
        IDS,
      ),
    ).toEqual([
      'error apparmor-invalid spec.securityContext.appArmorProfile.localhostProfile: Invalid value: "foo-bar ": must not be padded with whitespace',
    ]);
    expect(
      validateAppArmorProfileField({ type: 'Localhost', localhostProfile: '' }, ['a']).map(
        (e) => e.detail,
      ),
    ).toEqual(['Required value: must be set when AppArmor type is Localhost']);
    expect(
      validateAppArmorProfileField(
        { type: 'Localhost', localhostProfile: 'a'.repeat(4096) },
        [],
      ).map((e) => e.detail),
    ).toEqual(['Too long: may not be more than 4095 bytes']);
  });

  it('validateAppArmorProfileField: the type, and no profile for the other types', () => {
    expect(lint(sc('    appArmorProfile:\n      type: test\n'), IDS)).toEqual([
      'error apparmor-invalid spec.securityContext.appArmorProfile.type: Unsupported value: "test": supported values: "Localhost", "RuntimeDefault", "Unconfined"',
    ]);
    expect(
      validateAppArmorProfileField({ type: 'Unconfined', localhostProfile: 'x' }, ['a']).map(
        (e) => e.detail,
      ),
    ).toEqual(['Invalid value: "x": can only be set when AppArmor type is Localhost']);
    expect(validateAppArmorProfileField({ type: '' }, ['a']).map((e) => e.detail)).toEqual([
      'Required value: type is required when appArmorProfile is set',
    ]);
    // A missing type is the schema's to report.
    expect(validateAppArmorProfileField({}, ['a'])).toEqual([]);
  });

  it('is not checked before 1.30, whose API has no appArmorProfile', () => {
    expect(lint(sc('    appArmorProfile:\n      type: test\n'), IDS, '1.29')).toEqual([]);
  });
});

describe('procMount', () => {
  it('validateProcMountType', () => {
    expect(validateProcMountType(['p'], 'Unmasked')).toBeUndefined();
    expect(validateProcMountType(['p'], 'Masked')?.detail).toBe(
      'Unsupported value: "Masked": supported values: "Default", "Unmasked"',
    );
  });
});

describe('Windows options', () => {
  const opts = (o: object) =>
    validateWindowsSecurityContextOptions(o, ['w']).map((e) => `${e.path.join('.')}: ${e.detail}`);

  it('accepts good names and specs', () => {
    expect(
      opts({
        gmsaCredentialSpecName: 'gmsa-spec',
        gmsaCredentialSpec: '{}',
        runAsUserName: 'Container. User',
      }),
    ).toEqual([]);
    expect(opts({ runAsUserName: 'Network Service\\Container. User' })).toEqual([]);
    expect(opts({ runAsUserName: `${'fOo'.repeat(20)}.liSH\\Container. User` })).toEqual([]);
    expect(opts({ runAsUserName: `${'a'.repeat(42)}\\Container. User` })).toEqual([]);
  });

  it('gmsaCredentialSpecName and gmsaCredentialSpec', () => {
    expect(opts({ gmsaCredentialSpecName: 'not_a-valid-name' })[0]).toContain(
      'w.gmsaCredentialSpecName: Invalid value: "not_a-valid-name": a lowercase RFC 1123 subdomain',
    );
    expect(opts({ gmsaCredentialSpec: '' })).toEqual([
      'w.gmsaCredentialSpec: Invalid value: "": gmsaCredentialSpec cannot be an empty string',
    ]);
    expect(opts({ gmsaCredentialSpec: 'a'.repeat(64 * 1024 + 1) })[0]).toMatch(
      /: gmsaCredentialSpec size must be under 64 KiB$/,
    );
  });

  it('runAsUserName', () => {
    const one = (name: string) => opts({ runAsUserName: name });
    expect(one('')).toEqual([
      'w.runAsUserName: Invalid value: "": runAsUserName cannot be an empty string',
    ]);
    expect(one('Container\tUser')[0]).toMatch(/runAsUserName cannot contain control characters$/);
    expect(one('Container\\Foo\\Lish')[0]).toMatch(/cannot contain more than one backslash$/);
    expect(one('\\User')[0]).toMatch(/Domain doesn't match the NetBios nor the DNS format$/);
    expect(one('Container\\')[0]).toMatch(/runAsUserName's User cannot be empty$/);
    expect(one(`NetBios ${'a'.repeat(8)}\\user`)[0]).toMatch(/doesn't match the NetBios/);
    expect(one(`${`${'a'.repeat(63)}.`.repeat(4).slice(0, 253)}.com\\user`)[0]).toMatch(
      /Domain length must be under 256 characters$/,
    );
    expect(one('a'.repeat(105))[0]).toMatch(/must not be longer than 104 characters$/);
    expect(one('... ...')[0]).toMatch(/cannot contain only periods or spaces$/);
    expect(one('.FooLish\\User')[0]).toMatch(/doesn't match the NetBios/);
    expect(one('Foo? Lish?\\User')[0]).toMatch(/doesn't match the NetBios/);
    expect(one(`${'a'.repeat(32)}.com-\\user`)[0]).toMatch(/nor the DNS format$/);
    expect(one('Container/User')).toEqual([
      'w.runAsUserName: Invalid value: "Container/User": runAsUserName\'s User cannot contain the following characters: "/\\:;|=,+*?<>@[]',
    ]);
  });

  it('reports pod-level options under windows-options-invalid', () => {
    expect(lint(sc('    windowsOptions:\n      runAsUserName: ""\n'), IDS)).toEqual([
      'error windows-options-invalid spec.securityContext.windowsOptions.runAsUserName: Invalid value: "": runAsUserName cannot be an empty string',
    ]);
  });
});

describe('goJsonString', () => {
  it('escapes as Go encoding/json does', () => {
    expect(goJsonString('a<b>&"\\\n\u0001')).toBe('"a\\u003cb\\u003e\\u0026\\"\\\\\\n\\u0001"');
  });
});
