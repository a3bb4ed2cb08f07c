import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../yaml/parse.ts';
import { validateDesign } from '../index.ts';
import { findings, lint, pod } from './testing.ts';

// The pod-level checks of the security profile (rules/security-pod.ts), and the profile itself.

const APP = `  containers:
    - name: app
      image: ghcr.io/example/app:1.0.0
`;

const deployment = (spec: string, template = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
${template}    spec:
${spec.replace(/^/gm, '    ').replace(/ +$/gm, '')}`;

const serviceAccount = (name: string, automount: string, namespace = 'shop') => `---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
  namespace: ${namespace}
${automount ? `automountServiceAccountToken: ${automount}\n` : ''}`;

describe('security-automount-token', () => {
  const id = ['security-automount-token'];

  it('points at the pod spec when the token is mounted by default', () => {
    const [d] = findings(pod(APP), id);
    expect(d?.message).toBe(
      'spec: every container gets a token for the Kubernetes API (automountServiceAccountToken is not false for the pod or for its ServiceAccount "default"): whoever gets into one can call the API as the pod; set automountServiceAccountToken: false unless the app uses the API',
    );
    expect(d?.fix).toBe('disable-service-account-token');
  });

  it('points at serviceAccountName, or at the field when it is true', () => {
    expect(findings(deployment(`  serviceAccountName: web\n${APP}`), id)[0]?.message).toMatch(
      /^spec\.template\.spec\.serviceAccountName: .*its ServiceAccount "web"\)/,
    );
    expect(lint(pod(`  automountServiceAccountToken: true\n${APP}`), id)).toEqual([
      'info security-automount-token spec.automountServiceAccountToken: every container gets a token for the Kubernetes API (automountServiceAccountToken is true): whoever gets into one can call the API as the pod; set automountServiceAccountToken: false unless the app uses the API',
    ]);
  });

  it("takes the ServiceAccount's word when the pod says nothing, as Kubernetes does", () => {
    const spec = `  serviceAccountName: web\n${APP}`;
    expect(lint(deployment(spec) + serviceAccount('web', 'false'), id)).toEqual([]);
    // Another namespace's ServiceAccount is not this pod's; true or unset mounts the token.
    expect(lint(deployment(spec) + serviceAccount('web', 'false', 'other'), id)).toHaveLength(1);
    expect(lint(deployment(spec) + serviceAccount('web', 'true'), id)).toHaveLength(1);
    expect(lint(deployment(spec) + serviceAccount('web', ''), id)).toHaveLength(1);
    // The pod's own field wins over its ServiceAccount's, both ways.
    const off = `  automountServiceAccountToken: false\n${spec}`;
    expect(lint(deployment(off) + serviceAccount('web', 'true'), id)).toEqual([]);
    const on = `  automountServiceAccountToken: true\n${spec}`;
    expect(lint(deployment(on) + serviceAccount('web', 'false'), id)).toHaveLength(1);
  });
});

describe('security-seccomp-missing', () => {
  const id = ['security-seccomp-missing'];

  it('flags a pod without a profile once, at its securityContext or spec, with the fix', () => {
    const [bare] = findings(pod(APP), id);
    expect(bare?.message).toBe(
      "spec: no seccomp profile for the pod: system calls are not filtered, so a process can reach every kernel interface; set securityContext.seccompProfile.type: RuntimeDefault for the pod (the runtime's profile blocks the calls containers do not need)",
    );
    expect(bare?.fix).toBe('set-seccomp-runtime-default');
    const [sc] = findings(pod(`  securityContext:\n    runAsNonRoot: true\n${APP}`), id);
    expect(sc?.message).toMatch(/^spec\.securityContext: no seccomp profile for the pod: /);
  });

  it("flags the pod's Unconfined at its field, and names the containers left open", () => {
    expect(
      findings(
        pod(`  securityContext:\n    seccompProfile:\n      type: Unconfined\n${APP}`),
        id,
      )[0]?.message,
    ).toMatch(
      /^spec\.securityContext\.seccompProfile\.type: the pod's seccompProfile is Unconfined: /,
    );
    const text = pod(`  containers:
    - name: app
      image: ghcr.io/example/app:1.0.0
      securityContext:
        seccompProfile:
          type: RuntimeDefault
    - name: helper
      image: busybox:1.37.0
`);
    expect(findings(text, id)[0]?.message).toMatch(
      /^spec: no seccomp profile for containers "helper": /,
    );
  });

  it("flags a container's own Unconfined, even under a confined pod", () => {
    const text = pod(`  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: ghcr.io/example/app:1.0.0
      securityContext:
        seccompProfile:
          type: Unconfined
`);
    expect(lint(text, id)).toEqual([
      "info security-seccomp-missing spec.containers[0].securityContext.seccompProfile.type: seccompProfile is Unconfined: the container's system calls are not filtered, so a process can reach every kernel interface; use RuntimeDefault (the runtime's profile blocks the ones containers do not need)",
    ]);
  });

  it('is silent for RuntimeDefault, Localhost, a confining legacy annotation, privileged or Windows pods', () => {
    expect(
      lint(pod(`  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n${APP}`), id),
    ).toEqual([]);
    expect(
      lint(
        pod(
          `  securityContext:\n    seccompProfile:\n      type: Localhost\n      localhostProfile: profiles/app.json\n${APP}`,
        ),
        id,
      ),
    ).toEqual([]);
    const annotated = deployment(
      APP,
      '      annotations:\n        seccomp.security.alpha.kubernetes.io/pod: runtime/default\n',
    );
    expect(lint(annotated, id)).toEqual([]);
    const privileged = `${APP}      securityContext:\n        privileged: true\n`;
    expect(lint(pod(privileged), id)).toEqual([]);
    expect(lint(pod(`  os:\n    name: windows\n${APP}`), id)).toEqual([]);
  });
});

describe('security-unsafe-sysctl', () => {
  const id = ['security-unsafe-sysctl'];
  const sysctls = (...names: string[]) =>
    pod(
      `  securityContext:\n    sysctls:\n${names.map((n) => `      - name: ${n}\n        value: "1"\n`).join('')}${APP}`,
    );

  it('flags a sysctl outside the safe set, at its name', () => {
    expect(lint(sysctls('net.ipv4.ip_local_port_range', 'kernel.msgmax'), id)).toEqual([
      'info security-unsafe-sysctl spec.securityContext.sysctls[1].name: "kernel.msgmax" is not one of the sysctls Kubernetes counts as safe (namespaced, and isolated from other pods): the kubelet refuses the pod unless its node allows it (--allowed-unsafe-sysctls); set it on the node, or keep to the safe sysctls',
    ]);
  });

  it('knows the sysctls made safe in 1.29, and the slash spelling', () => {
    const text = sysctls('net.ipv4.tcp_keepalive_probes');
    expect(findings(text, id, '1.28')).toHaveLength(1);
    expect(findings(text, id, '1.29')).toHaveLength(0);
    expect(lint(sysctls('net/ipv4/ip_local_port_range', 'kernel.shm_rmid_forced'), id)).toEqual([]);
    expect(findings(sysctls('net/core/somaxconn'), id)[0]?.message).toContain(
      '"net/core/somaxconn" is not one of',
    );
  });
});

describe('security-run-as-group-root and security-host-process at pod level', () => {
  it("flags the pod's runAsGroup 0 unless every container sets its own", () => {
    const id = ['security-run-as-group-root'];
    expect(lint(pod(`  securityContext:\n    runAsGroup: 0\n${APP}`), id)).toEqual([
      "info security-run-as-group-root spec.securityContext.runAsGroup: runAsGroup is 0: the pod's processes run in the root group and can use every file the group may; use a group ID of 1 or more",
    ]);
    const own = `${APP}      securityContext:\n        runAsGroup: 2000\n`;
    expect(lint(pod(`  securityContext:\n    runAsGroup: 0\n${own}`), id)).toEqual([]);
  });

  it("flags the pod's hostProcess once, not again for its containers", () => {
    const text = pod(`  hostNetwork: true
  securityContext:
    windowsOptions:
      hostProcess: true
  containers:
    - name: agent
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
      securityContext:
        windowsOptions:
          hostProcess: true
`);
    expect(findings(text, ['security-host-process']).map((d) => d.message.split(':')[0])).toEqual([
      'spec.securityContext.windowsOptions.hostProcess',
    ]);
  });
});

describe('the strict profile', () => {
  const text = pod(`  hostPID: true
  shareProcessNamespace: false
  containers:
    - name: app
      image: ghcr.io/example/app:1.0.0
      securityContext:
        privileged: true
`);
  const severities = (profile?: 'default' | 'strict') =>
    Object.fromEntries(
      validateDesign(parseDesign(text), { profile }).map((d) => [d.ruleId, d.severity]),
    );

  it('turns the profile into warnings, the rules of privilege.ts it takes in too', () => {
    const plain = severities();
    const strict = severities('strict');
    for (const id of [
      'sc-privileged',
      'sc-run-as-root',
      'host-namespaces',
      'security-automount-token',
      'security-root-filesystem-writable',
    ]) {
      expect(plain[id], id).toBe('info');
      expect(strict[id], id).toBe('warning');
    }
    // Best practice outside the profile stays info.
    expect(strict['probe-missing']).toBe('info');
    expect(severities('default')).toEqual(plain);
  });
});
