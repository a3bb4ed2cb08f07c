import { describe, expect, it } from 'vitest';
import { findings, lint, pod } from './testing.ts';

// The container-level checks of the security profile (rules/security-container.ts).

const c0 = 'spec.containers[0]';

/** A Pod with one container `app` whose extra lines (indented by six spaces) are `lines`. */
const one = (lines = '', podLines = '') =>
  pod(`${podLines}  containers:
    - name: app
      image: ghcr.io/example/app:1.0.0
${lines}`);

const ids = (id: string) => [`security-${id}`];

describe('security-privilege-escalation', () => {
  const id = ids('privilege-escalation');

  it('points at the container when nothing is set, at the field when it is true', () => {
    expect(lint(one(), id)).toEqual([
      `info security-privilege-escalation ${c0}: allowPrivilegeEscalation is not set to false: a process of the container can gain more privileges than its parent (setuid binaries, file capabilities); set allowPrivilegeEscalation: false`,
    ]);
    const set = findings(
      one('      securityContext:\n        allowPrivilegeEscalation: true\n'),
      id,
    );
    expect(set.map((d) => d.message)).toEqual([
      `${c0}.securityContext.allowPrivilegeEscalation: allowPrivilegeEscalation is true: a process of the container can gain more privileges than its parent (setuid binaries, file capabilities); set allowPrivilegeEscalation: false`,
    ]);
    expect(set[0]?.fix).toBe('disallow-privilege-escalation');
  });

  it('points at the securityContext when it exists without the field', () => {
    const [d] = findings(one('      securityContext:\n        runAsUser: 1000\n'), id);
    expect(d?.message).toMatch(/^spec\.containers\[0\]\.securityContext: allowPrivilegeEscalation/);
  });

  it('is silent for false, for privileged containers (sc-privileged) and for Windows pods', () => {
    expect(
      lint(one('      securityContext:\n        allowPrivilegeEscalation: false\n'), id),
    ).toEqual([]);
    expect(lint(one('      securityContext:\n        privileged: true\n'), id)).toEqual([]);
    expect(lint(one('', '  os:\n    name: windows\n'), id)).toEqual([]);
    expect(lint(one('', '  nodeSelector:\n    kubernetes.io/os: windows\n'), id)).toEqual([]);
  });

  it('offers no fix beside an added SYS_ADMIN, which the API server refuses with false', () => {
    const [d] = findings(
      one('      securityContext:\n        capabilities:\n          add: [CAP_SYS_ADMIN]\n'),
      id,
    );
    expect(d?.severity).toBe('info');
    expect(d?.fix).toBeUndefined();
  });

  it('checks init containers, native and classic sidecars like any container', () => {
    const text = pod(`  initContainers:
    - name: setup
      image: busybox:1.37.0
    - name: proxy
      image: envoyproxy/envoy:v1.31.0
      restartPolicy: Always
  containers:
    - name: app
      image: ghcr.io/example/app:1.0.0
    - name: logs
      image: fluent/fluent-bit:3.2.4
`);
    expect(findings(text, id).map((d) => d.message.split(':')[0])).toEqual([
      'spec.initContainers[0]',
      'spec.initContainers[1]',
      'spec.containers[0]',
      'spec.containers[1]',
    ]);
  });
});

describe('security-root-filesystem-writable', () => {
  const id = ids('root-filesystem-writable');

  it('flags a missing or false readOnlyRootFilesystem, with its fix', () => {
    expect(lint(one(), id)).toEqual([
      `info security-root-filesystem-writable ${c0}: readOnlyRootFilesystem is not set to true: whoever gets into the container can change its programs and leave tools on its filesystem; set readOnlyRootFilesystem: true and mount an emptyDir where the app writes`,
    ]);
    const [d] = findings(
      one('      securityContext:\n        readOnlyRootFilesystem: false\n'),
      id,
    );
    expect(d?.message).toMatch(
      /^spec\.containers\[0\]\.securityContext\.readOnlyRootFilesystem: readOnlyRootFilesystem is false: /,
    );
    expect(d?.fix).toBe('set-read-only-root-filesystem');
  });

  it('is silent for true, and offers no fix when securityContext is not a map', () => {
    expect(lint(one('      securityContext:\n        readOnlyRootFilesystem: true\n'), id)).toEqual(
      [],
    );
    const [d] = findings(one('      securityContext: [odd]\n'), id);
    expect(d?.fix).toBeUndefined();
  });
});

describe('security-capabilities-not-dropped', () => {
  const id = ids('capabilities-not-dropped');
  const caps = (body: string) => one(`      securityContext:\n        capabilities:\n${body}`);

  it('flags no drop list at all, naming NET_RAW, with the drop-all fix', () => {
    const [d] = findings(one(), id);
    expect(d?.message).toBe(
      `${c0}: capabilities.drop does not hold ALL: it keeps the runtime's default capabilities, NET_RAW among them (raw packets: spoofing and sniffing on the pod network); drop ALL and add back only what the app needs`,
    );
    expect(d?.fix).toBe('drop-all-capabilities');
  });

  it('points at a drop list without ALL', () => {
    expect(lint(caps('          drop: [NET_RAW]\n'), id)).toEqual([
      `info security-capabilities-not-dropped ${c0}.securityContext.capabilities.drop: capabilities.drop does not hold ALL: it drops NET_RAW but keeps the runtime's other default capabilities (CHOWN, SETUID, DAC_OVERRIDE, …); drop ALL and add back only what the app needs`,
    ]);
  });

  it("passes ALL in any case, and Polaris's full list; a drop that is no list gets no fix", () => {
    expect(lint(caps('          drop: [all]\n'), id)).toEqual([]);
    expect(
      lint(
        caps(
          '          drop: [NET_ADMIN, CHOWN, DAC_OVERRIDE, FSETID, FOWNER, MKNOD, NET_RAW, SETGID, SETUID, SETFCAP, SETPCAP, NET_BIND_SERVICE, SYS_CHROOT, KILL, AUDIT_WRITE]\n',
        ),
        id,
      ),
    ).toEqual([]);
    const [d] = findings(caps('          drop: ALL\n'), id);
    expect(d?.fix).toBeUndefined();
  });
});

describe('security-capabilities-added', () => {
  const id = ids('capabilities-added');
  const add = (list: string) =>
    one(
      `      securityContext:\n        capabilities:\n          drop: [ALL]\n          add: ${list}\n`,
    );

  it('names each capability beyond the Pod Security baseline, at its entry', () => {
    expect(lint(add('[NET_BIND_SERVICE, CAP_SYS_ADMIN, net_raw, IPC_LOCK]'), id)).toEqual([
      `info security-capabilities-added ${c0}.securityContext.capabilities.add[1]: "CAP_SYS_ADMIN" is added: it is close to root on the node (mounts, namespaces, many kernel interfaces); remove it unless the container cannot work without it`,
      `info security-capabilities-added ${c0}.securityContext.capabilities.add[2]: "net_raw" is added: it lets the container use raw sockets (spoofing and sniffing on the pod network); remove it unless the container cannot work without it`,
      `info security-capabilities-added ${c0}.securityContext.capabilities.add[3]: "IPC_LOCK" is added: the Pod Security baseline does not allow adding it; remove it unless the container cannot work without it`,
    ]);
  });

  it('flags ALL and NET_ADMIN, never a name inherited from Object', () => {
    const found = findings(add('[ALL, NET_ADMIN, constructor]'), id).map((d) => d.message);
    expect(found[0]).toContain('"ALL" is added: it grants every capability, as privileged does');
    expect(found[1]).toContain("reconfigure the pod's network");
    expect(found[2]).toContain('"constructor" is added: the Pod Security baseline does not allow');
  });

  it('is silent for baseline capabilities and for privileged containers', () => {
    expect(lint(add('[CHOWN, SETUID, NET_BIND_SERVICE]'), id)).toEqual([]);
    expect(
      lint(
        one(
          '      securityContext:\n        privileged: true\n        capabilities:\n          add: [SYS_ADMIN]\n',
        ),
        id,
      ),
    ).toEqual([]);
  });
});

describe('security-proc-mount-unmasked, security-run-as-group-root, security-host-process', () => {
  it('flags procMount: Unmasked, not Default', () => {
    const sc = (v: string) =>
      one(`      securityContext:\n        procMount: ${v}\n`, '  hostUsers: false\n');
    expect(lint(sc('Unmasked'), ids('proc-mount-unmasked'))).toEqual([
      `info security-proc-mount-unmasked ${c0}.securityContext.procMount: procMount is Unmasked: the container sees the parts of /proc the runtime hides (kernel settings, other processes' details); use the default procMount`,
    ]);
    expect(lint(sc('Default'), ids('proc-mount-unmasked'))).toEqual([]);
  });

  it("flags a container's runAsGroup 0", () => {
    expect(
      lint(one('      securityContext:\n        runAsGroup: 0\n'), ids('run-as-group-root')),
    ).toEqual([
      `info security-run-as-group-root ${c0}.securityContext.runAsGroup: runAsGroup is 0: the container's processes run in the root group and can use every file the group may; use a group ID of 1 or more`,
    ]);
    expect(
      lint(one('      securityContext:\n        runAsGroup: 3000\n'), ids('run-as-group-root')),
    ).toEqual([]);
  });

  it("flags a container's hostProcess, and skips the Linux checks of a Windows pod", () => {
    const text = one(
      '      securityContext:\n        windowsOptions:\n          hostProcess: true\n',
      '  hostNetwork: true\n',
    );
    expect(lint(text, ids('host-process'))).toEqual([
      `info security-host-process ${c0}.securityContext.windowsOptions.hostProcess: hostProcess: the container runs as a process on the Windows node, with the node's network and file system; run it as a normal container unless it manages the node`,
    ]);
    expect(lint(text, ids('root-filesystem-writable'))).toEqual([]);
  });
});

describe('security-host-port and security-privileged-port', () => {
  const ports = (list: string, podLines = '') => one(`      ports:\n${list}`, podLines);

  it('flags a hostPort and a port below 1024, at their fields', () => {
    expect(
      lint(
        ports(
          '        - containerPort: 80\n        - containerPort: 8443\n          hostPort: 443\n',
        ),
        [...ids('host-port'), ...ids('privileged-port')],
      ),
    ).toEqual([
      `info security-privileged-port ${c0}.ports[0].containerPort: port 80 is below 1024: binding it takes root or NET_BIND_SERVICE, more privilege than the app needs; listen on 1024 or above and map the port in the Service`,
      `info security-host-port ${c0}.ports[1].hostPort: the container takes port 443 of its node: it is reachable at the node's address, and only one such pod fits on a node; reach it through a Service unless it must be on the node's port`,
    ]);
  });

  it("names port 22 as SSH's (TCP only)", () => {
    const [tcp] = findings(ports('        - containerPort: 22\n'), ids('privileged-port'));
    expect(tcp?.message).toBe(
      `${c0}.ports[0].containerPort: port 22 is SSH's: a container should not run an SSH server (use kubectl exec); and it is below 1024: binding it takes root or NET_BIND_SERVICE, more privilege than the app needs; listen on 1024 or above and map the port in the Service`,
    );
    const [udp] = findings(
      ports('        - containerPort: 22\n          protocol: UDP\n'),
      ids('privileged-port'),
    );
    expect(udp?.message).toContain(': port 22 is below 1024');
  });

  it('is silent for high ports, port 0, a hostPort under hostNetwork, and odd values', () => {
    const quiet = [...ids('host-port'), ...ids('privileged-port')];
    expect(lint(ports('        - containerPort: 8080\n          hostPort: 0\n'), quiet)).toEqual(
      [],
    );
    expect(
      lint(
        ports('        - containerPort: 9100\n          hostPort: 9100\n', '  hostNetwork: true\n'),
        quiet,
      ),
    ).toEqual([]);
    expect(lint(ports('        - containerPort: "80"\n        - 80\n'), quiet)).toEqual([]);
    // Ports below 1024 are privileged on Linux only.
    expect(
      lint(ports('        - containerPort: 80\n', '  os:\n    name: windows\n'), quiet),
    ).toEqual([]);
  });
});

describe('security-env-literal-secret', () => {
  const id = ids('env-literal-secret');
  const env = (list: string) => one(`      env:\n${list}`);

  it('flags a secret-looking name with a literal value, and a private key under any name', () => {
    expect(
      lint(
        env(
          '        - name: DB_PASSWORD\n          value: hunter2\n        - name: TLS\n          value: "-----BEGIN RSA PRIVATE KEY-----\\nMIIE"\n',
        ),
        id,
      ),
    ).toEqual([
      `info security-env-literal-secret ${c0}.env[0].value: "DB_PASSWORD" looks like a secret written as a literal value: anyone who can read the Pod can read it; take it from a Secret (valueFrom.secretKeyRef) or mount the Secret as a file`,
      `info security-env-literal-secret ${c0}.env[1].value: "TLS" holds a private key written as a literal value: anyone who can read the Pod can read it; take it from a Secret (valueFrom.secretKeyRef) or mount the Secret as a file`,
    ]);
  });

  it("follows both linters' names: secret, password, token, bearer, cloud keys", () => {
    const names = [
      'AWS_SECRET_ACCESS_KEY',
      'GITHUB_TOKEN',
      'AUTH_BEARER',
      'AZURE_STORAGE_KEY',
      'OCI_CLI_KEY_CONTENT',
    ];
    const text = env(
      names.map((n) => `        - name: ${n}\n          value: abc123XYZ\n`).join(''),
    );
    expect(findings(text, id)).toHaveLength(names.length);
  });

  it('is silent for values that are no secret and for secrets taken from a Secret', () => {
    const text = env(`        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: db
              key: password
        - name: DB_PASSWORD_FILE
          value: /run/secrets/db
        - name: GOOGLE_APPLICATION_CREDENTIALS
          value: /var/secrets/google/key.json
        - name: SECRET_NAME
          value: db
        - name: MAX_TOKENS
          value: "4096"
        - name: TOKEN_TTL
          value: 15m
        - name: TOKEN_REFRESH
          value: "true"
        - name: TOKEN_ENDPOINT
          value: https://auth.example.com/token
        - name: API_TOKEN
          value: $(DB_PASSWORD)
        - name: EMPTY_SECRET
          value: ""
        - name: LOG_LEVEL
          value: info
`);
    expect(lint(text, id)).toEqual([]);
  });
});
