import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIX_TITLES } from './fix-titles.ts';
import { RULE_IDS } from './rules/index.ts';
import { privilege } from './rules/privilege.ts';
import { security } from './rules/security.ts';
import {
  isProfile,
  SECURITY_PROFILE,
  SECURITY_PROFILE_IDS,
  SECURITY_RULE_IDS,
  underProfile,
} from './security-profile.ts';

// The security profile's table (security-profile.ts) against the linters it maps and against the
// README's "Security profile" table, so that neither can drift.

/** kube-linter's built-in checks: docs/generated/checks.md of stackrox/kube-linter@35de568. */
const KUBE_LINTER = new Set(
  `access-to-create-pods access-to-secrets cluster-admin-role-binding dangling-horizontalpodautoscaler
  dangling-ingress dangling-networkpolicy dangling-networkpolicypeer-podselector dangling-service
  dangling-servicemonitor default-service-account deprecated-service-account-field dnsconfig-options
  docker-sock drop-net-raw-capability duplicate-env-var env-value-from env-var-secret
  exposed-services host-ipc host-network host-pid hpa-minimum-three-replicas invalid-target-ports
  job-ttl-seconds-after-finished latest-tag liveness-port minimum-three-replicas
  mismatching-selector no-anti-affinity no-extensions-v1beta no-liveness-probe no-node-affinity
  no-read-only-root-fs no-readiness-probe no-rolling-update-strategy non-existent-service-account
  non-isolated-pod pdb-max-unavailable pdb-min-available pdb-unhealthy-pod-eviction-policy
  priority-class-name privilege-escalation-container privileged-container privileged-ports
  read-secret-from-env-var readiness-port required-annotation-email required-label-owner
  restart-policy run-as-non-root scc-deny-privileged-container schema-validation
  sensitive-host-mounts sorted-keys ssh-port startup-port unsafe-proc-mount unsafe-sysctls
  unset-cpu-requirements unset-memory-requirements use-namespace wildcard-in-rules
  writable-host-mount`.split(/\s+/),
);

/** Polaris's security checks: pkg/config/checks of FairwindsOps/polaris@c0e23a2. */
const POLARIS = new Set(
  `automountServiceAccountToken hostIPCSet hostPathSet hostProcess hostPIDSet linuxHardening
  missingNetworkPolicy notReadOnlyRootFilesystem privilegeEscalationAllowed procMount
  runAsRootAllowed runAsPrivileged dangerousCapabilities insecureCapabilities hostNetworkSet
  hostPortSet tlsSettingsMissing sensitiveContainerEnvVar sensitiveConfigmapContent`.split(/\s+/),
);

const readme = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'),
  'utf8',
);

/** The rows of the README's "Security profile" table, as cells. */
function readmeRows(): string[][] {
  const start = readme.indexOf('\n### Security profile\n');
  expect(start, 'README has a "### Security profile" section').toBeGreaterThan(-1);
  const section = readme.slice(start + 1, readme.indexOf('\n#', start + 2));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

/** `` `a`, `b` `` as ['a', 'b']; `—` as []. */
const ids = (cell: string) => (cell === '—' ? [] : cell.split(', ').map((id) => id.slice(1, -1)));

describe('the security profile table', () => {
  it('names only rule ids Podsmith reports, each once, the security- ones all', () => {
    expect(new Set(SECURITY_PROFILE_IDS).size).toBe(SECURITY_PROFILE_IDS.length);
    for (const id of SECURITY_PROFILE_IDS) expect(RULE_IDS, id).toContain(id);
    expect(security.ids).toEqual(SECURITY_RULE_IDS);
    expect(RULE_IDS.filter((id) => id.startsWith('security-'))).toEqual(SECURITY_RULE_IDS);
    // The older rules it takes in are privilege.ts's; shareprocessnamespace-pitfalls is not a
    // linter's security check, so it stays out.
    const older = SECURITY_PROFILE_IDS.filter((id) => !id.startsWith('security-'));
    for (const id of older) expect(privilege.ids, id).toContain(id);
    expect(older).not.toContain('shareprocessnamespace-pitfalls');
  });

  it('maps every rule to real kube-linter and Polaris checks, at least one of them', () => {
    for (const rule of SECURITY_PROFILE) {
      expect(rule.kubeLinter.length + rule.polaris.length, rule.id).toBeGreaterThan(0);
      for (const check of rule.kubeLinter) expect(KUBE_LINTER.has(check), check).toBe(true);
      for (const check of rule.polaris) expect(POLARIS.has(check), check).toBe(true);
      if (rule.fix) expect(FIX_TITLES[rule.fix], rule.fix).toBeDefined();
    }
  });

  it('the README shows the same table: ids, what they flag, the checks and the fix', () => {
    const rows = readmeRows();
    expect(rows.map((r) => r[0])).toEqual(SECURITY_PROFILE.map((r) => `\`${r.id}\``));
    for (const rule of SECURITY_PROFILE) {
      const row = rows.find((r) => r[0] === `\`${rule.id}\``)!;
      expect(row, rule.id).toHaveLength(5);
      expect(row[1], rule.id).toBe(rule.flags);
      expect(ids(row[2]!), `${rule.id} kube-linter`).toEqual(rule.kubeLinter);
      expect(ids(row[3]!), `${rule.id} Polaris`).toEqual(rule.polaris);
      expect(row[4], `${rule.id} fix`).toBe(rule.fix ? FIX_TITLES[rule.fix] : '—');
    }
  });

  it('the README tells how to ask for the strict profile', () => {
    expect(readme).toContain('podsmith lint --profile strict');
  });
});

describe('underProfile', () => {
  const finding = (ruleId: string, severity: 'error' | 'warning' | 'info') => ({
    ruleId,
    severity,
    document: 0,
    path: [],
    detail: 'x',
  });

  it("raises the profile's info to a warning under strict, and nothing else", () => {
    const strict = underProfile('strict');
    expect(strict(finding('security-host-port', 'info')).severity).toBe('warning');
    expect(strict(finding('sc-privileged', 'info')).severity).toBe('warning');
    expect(strict(finding('probe-missing', 'info')).severity).toBe('info');
    expect(strict(finding('sc-privileged', 'error')).severity).toBe('error');
    for (const profile of ['default', undefined] as const)
      expect(underProfile(profile)(finding('security-host-port', 'info')).severity).toBe('info');
  });

  it('knows its profile names', () => {
    expect(isProfile('strict')).toBe(true);
    expect(isProfile('default')).toBe(true);
    expect(isProfile('Strict')).toBe(false);
    expect(isProfile(undefined)).toBe(false);
  });
});
