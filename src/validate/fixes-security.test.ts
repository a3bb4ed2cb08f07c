import { describe, expect, it } from 'vitest';
import { parseDesign } from '../yaml/parse.ts';
import { findingsOf, runFix } from './fix-testing.ts';
import { applyFix } from './fixes.ts';

// The quick fixes of the security profile (fixes-security.ts): each sets one field, touches only
// the lines it must, takes its finding away, and refuses when there is nothing left to fix.

const js = (t: string) => parseDesign(t).values[0] as any;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
spec:
  selector:
    matchLabels:
      app: orders
  template:
    metadata:
      labels:
        app: orders
    spec:
      containers:
        # the app
        - name: orders
          image: ghcr.io/example/orders:1.4.2
          ports:
            - containerPort: 8080
`;

const HARDENING = `apiVersion: v1
kind: Pod
metadata:
  name: builder
spec:
  containers:
    - name: builder
      image: ghcr.io/example/builder:0.9.1
      securityContext:
        allowPrivilegeEscalation: true # needed once, not any more
        readOnlyRootFilesystem: false
        capabilities:
          drop: [NET_RAW]
          add: [NET_BIND_SERVICE]
        seccompProfile:
          type: Unconfined
`;

const container = (t: string) => js(t).spec.template.spec.containers[0];

describe('container fixes', () => {
  it('disallow-privilege-escalation adds the securityContext a container lacks', () => {
    const fixed = runFix(
      DEPLOYMENT,
      'security-privilege-escalation',
      'disallow-privilege-escalation',
    );
    expect(fixed.removed).toEqual([]);
    expect(fixed.added).toEqual([
      '          securityContext:',
      '            allowPrivilegeEscalation: false',
    ]);
    expect(container(fixed.text).securityContext).toEqual({ allowPrivilegeEscalation: false });
    expect(fixed.text).toContain('# the app');
    expect(fixed.gone).toBe(true);
  });

  it('disallow-privilege-escalation turns true into false in place, comment kept', () => {
    const fixed = runFix(
      HARDENING,
      'security-privilege-escalation',
      'disallow-privilege-escalation',
    );
    expect(fixed.removed).toEqual([
      '        allowPrivilegeEscalation: true # needed once, not any more',
    ]);
    expect(fixed.added).toEqual([
      '        allowPrivilegeEscalation: false # needed once, not any more',
    ]);
    expect(fixed.gone).toBe(true);
  });

  it('set-read-only-root-filesystem sets the field to true', () => {
    const fixed = runFix(
      HARDENING,
      'security-root-filesystem-writable',
      'set-read-only-root-filesystem',
    );
    expect(fixed.removed).toEqual(['        readOnlyRootFilesystem: false']);
    expect(fixed.added).toEqual(['        readOnlyRootFilesystem: true']);
    expect(fixed.gone).toBe(true);
    const added = runFix(
      DEPLOYMENT,
      'security-root-filesystem-writable',
      'set-read-only-root-filesystem',
    );
    expect(container(added.text).securityContext).toEqual({ readOnlyRootFilesystem: true });
  });

  it('drop-all-capabilities replaces the drop list with [ALL] and keeps what is added', () => {
    const fixed = runFix(HARDENING, 'security-capabilities-not-dropped', 'drop-all-capabilities');
    expect(js(fixed.text).spec.containers[0].securityContext.capabilities).toEqual({
      drop: ['ALL'],
      add: ['NET_BIND_SERVICE'],
    });
    expect(fixed.removed).toEqual(['          drop: [NET_RAW]']);
    expect(fixed.gone).toBe(true);
    const fresh = runFix(DEPLOYMENT, 'security-capabilities-not-dropped', 'drop-all-capabilities');
    expect(container(fresh.text).securityContext).toEqual({ capabilities: { drop: ['ALL'] } });
    expect(fresh.gone).toBe(true);
  });

  it("set-seccomp-runtime-default replaces a container's Unconfined", () => {
    const fixed = runFix(HARDENING, 'security-seccomp-missing', 'set-seccomp-runtime-default', {
      at: 'spec.containers[0].securityContext.seccompProfile.type',
    });
    expect(fixed.removed).toEqual(['          type: Unconfined']);
    expect(fixed.added).toEqual(['          type: RuntimeDefault']);
    expect(fixed.gone).toBe(true);
  });
});

describe('pod fixes', () => {
  it('disable-service-account-token sets the field on the pod spec, above the containers', () => {
    const fixed = runFix(DEPLOYMENT, 'security-automount-token', 'disable-service-account-token');
    expect(fixed.removed).toEqual([]);
    expect(fixed.added).toEqual(['      automountServiceAccountToken: false']);
    expect(js(fixed.text).spec.template.spec.automountServiceAccountToken).toBe(false);
    expect(fixed.gone).toBe(true);
  });

  it('set-seccomp-runtime-default gives the pod a RuntimeDefault profile', () => {
    const fixed = runFix(DEPLOYMENT, 'security-seccomp-missing', 'set-seccomp-runtime-default');
    expect(js(fixed.text).spec.template.spec.securityContext).toEqual({
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(fixed.removed).toEqual([]);
    expect(fixed.gone).toBe(true);
    const unconfined = DEPLOYMENT.replace(
      '    spec:\n      containers:',
      '    spec:\n      securityContext:\n        seccompProfile:\n          type: Unconfined\n      containers:',
    );
    const replaced = runFix(unconfined, 'security-seccomp-missing', 'set-seccomp-runtime-default');
    expect(replaced.removed).toEqual(['          type: Unconfined']);
    expect(replaced.added).toEqual(['          type: RuntimeDefault']);
  });
});

describe('refusals', () => {
  it('refuses when the field already holds what the fix would set', () => {
    const [d] = findingsOf(DEPLOYMENT, 'security-privilege-escalation');
    const fixed = applyFix(DEPLOYMENT, d!);
    expect(() => applyFix(fixed, d!)).toThrow(/The design changed since this problem was found/);
    const [token] = findingsOf(DEPLOYMENT, 'security-automount-token');
    expect(() => applyFix(applyFix(DEPLOYMENT, token!), token!)).toThrow(/nothing to fix/);
  });

  it('refuses to disallow escalation beside privileged: true, and on a container that is gone', () => {
    const [d] = findingsOf(DEPLOYMENT, 'security-privilege-escalation');
    const privileged = DEPLOYMENT.replace(
      '          ports:',
      '          securityContext:\n            privileged: true\n          ports:',
    );
    expect(() => applyFix(privileged, d!)).toThrow(/API server refuses/);
    const gone = { ...d!, path: ['spec', 'template', 'spec', 'containers', 3] };
    expect(() => applyFix(DEPLOYMENT, gone)).toThrow(/container this problem is about is gone/);
  });

  it('refuses to write through a securityContext that is not a map', () => {
    const [d] = findingsOf(DEPLOYMENT, 'security-root-filesystem-writable');
    const odd = DEPLOYMENT.replace(
      '          ports:',
      '          securityContext: [x]\n          ports:',
    );
    expect(() => applyFix(odd, d!)).toThrow(/nothing to fix/);
  });
});
