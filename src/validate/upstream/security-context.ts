import type { UpstreamCase, UpstreamSuite } from './cases.ts';

// Pod and container security contexts: Kubernetes' validation tests, ported as manifests. Read from
// pkg/apis/core/validation/validation_test.go of kubernetes/kubernetes at
// 000f26050b9be6fb3d79fae95e06b47fc96128cd (a tree just before 1.34: its TestValidateHostUsers
// still calls validateHostUsers without options); the expectations were checked against
// validation.go of 1.34.1 (openshift/openshift-apiserver@56aa2d96e). Upstream's containers are
// often all named "container" and carry no image; here each has its own name and an image, so a
// valid case stays valid as a whole object.

export const SOURCE =
  'pkg/apis/core/validation/validation_test.go @ kubernetes 000f26050b9be6fb3d79fae95e06b47fc96128cd';

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
export const q = (s: string): string => JSON.stringify(s);

/** `text` with every line indented by `n` spaces. */
export function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

/** One container list entry (YAML at four spaces), with an optional securityContext. */
export function ctr(name: string, securityContext = '', extra = ''): string {
  const sc = securityContext ? `  securityContext:\n${indent(securityContext, 4)}` : '';
  return indent(`- name: ${name}\n  image: nginx:1.27.3\n${sc}${extra}`, 4);
}

/** A Pod from pod-spec lines (two spaces in) and its annotations. */
export function podManifest(spec: string, annotations: Record<string, string> = {}): string {
  const entries = Object.entries(annotations);
  const meta = entries.length
    ? `  annotations:\n${entries.map(([k, v]) => `    ${k}: ${q(v)}\n`).join('')}`
    : '';
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${meta}spec:\n${spec}`;
}

/** A Pod whose one container `ctr` has `containerSc`, with `podLines` before its containers. */
export function podWith(podLines: string, containerSc = ''): string {
  return podManifest(`${podLines}  containers:\n${ctr('ctr', containerSc)}`);
}

/** A Pod with a pod-level securityContext (YAML at zero indent). */
export const podSc = (sc: string, extra = '') =>
  podWith(`${extra}  securityContext:\n${indent(sc, 4)}`);

const ok = (name: string, yaml: string, more: Partial<UpstreamCase> = {}): UpstreamCase => ({
  name,
  yaml,
  errors: [],
  ...more,
});
const bad = (name: string, yaml: string, ...errors: string[]): UpstreamCase => ({
  name,
  yaml,
  errors,
});

const C = 'spec.containers[0].securityContext';
const FULL_SC = `privileged: false
capabilities:
  add: [foo]
  drop: [bar]
seLinuxOptions:
  user: user
  role: role
  type: type
  level: level
runAsUser: 1
`;
const USERNS = '  hostUsers: false\n';

const securityContextSuite: UpstreamSuite = {
  test: 'TestValidateSecurityContext',
  functions: ['ValidateSecurityContext'],
  source: SOURCE,
  cases: [
    ok('all settings', podWith(USERNS, FULL_SC)),
    ok('no capabilities', podWith(USERNS, FULL_SC.replace(/capabilities:\n( {2}.*\n)+/, ''))),
    ok('no selinux', podWith(USERNS, FULL_SC.replace(/seLinuxOptions:\n( {2}.*\n)+/, ''))),
    ok('no priv request', podWith(USERNS, FULL_SC.replace('privileged: false\n', ''))),
    ok('no run as user', podWith(USERNS, FULL_SC.replace('runAsUser: 1\n', ''))),
    ok('proc mount set', podWith('', `${FULL_SC}procMount: Default\n`)),
    ok('proc mount unmasked', podWith(USERNS, `${FULL_SC}procMount: Unmasked\n`)),
    {
      name: 'request privileged when capabilities forbids',
      yaml: podWith('', FULL_SC.replace('privileged: false', 'privileged: true')),
      errors: [`${C}.privileged: Forbidden`],
      skip: 'privileged containers are refused only when the API server runs without --allow-privileged, cluster configuration no manifest shows',
    },
    bad(
      'negative RunAsUser',
      podWith('', FULL_SC.replace('runAsUser: 1', 'runAsUser: -1')),
      `${C}.runAsUser: Invalid value`,
    ),
    bad(
      'with CAP_SYS_ADMIN and allowPrivilegeEscalation false',
      podWith(
        '',
        `${FULL_SC.replace('add: [foo]', 'add: [CAP_SYS_ADMIN]')}allowPrivilegeEscalation: false\n`,
      ),
      `${C}: Invalid value`,
    ),
    bad(
      'with privileged and allowPrivilegeEscalation false',
      podWith(
        '',
        `${FULL_SC.replace('privileged: false', 'privileged: true')}allowPrivilegeEscalation: false\n`,
      ),
      `${C}: Invalid value`,
    ),
    bad(
      'with unmasked proc mount type and no user namespace',
      podWith('', `${FULL_SC}procMount: Unmasked\n`),
      `${C}.procMount: Invalid value`,
    ),
  ],
};

const sysctls = (names: readonly string[], extra = '') =>
  podSc(`sysctls:\n${names.map((n) => `  - name: ${q(n)}\n    value: "1"\n`).join('')}`, extra);
const S = 'spec.securityContext.sysctls';
const NET_NAMES = ['net.ipv4.conf.enp3s0/200.forwarding', 'net/ipv4/conf/enp3s0.200/forwarding'];

const sysctlsSuite: UpstreamSuite = {
  test: 'TestValidateSysctls',
  functions: ['validateSysctls', 'ValidateHostSysctl'],
  source: SOURCE,
  cases: [
    ok('valid', sysctls(['net.foo.bar', 'kernel.shmmax', ...NET_NAMES])),
    bad(
      'invalid',
      sysctls(['i..nvalid', '_invalid']),
      `${S}[0].name: Invalid value`,
      `${S}[1].name: Invalid value`,
    ),
    bad('duplicates', sysctls(['kernel.shmmax', 'kernel.shmmax']), `${S}[1].name: Duplicate value`),
    bad(
      'invalidWithHostNet',
      sysctls(NET_NAMES, '  hostNetwork: true\n'),
      `${S}[0].name: Invalid value`,
      `${S}[1].name: Invalid value`,
    ),
    ok('invalidWithHostNet, before 1.29', sysctls(NET_NAMES, '  hostNetwork: true\n'), {
      k8s: '1.28',
    }),
    bad(
      'invalidWithHostIPC',
      sysctls(['kernel.shmmax', 'kernel.msgmax'], '  hostIPC: true\n'),
      `${S}[0].name: Invalid value`,
      `${S}[1].name: Invalid value`,
    ),
    {
      name: 'invalidWithHostNet, AllowNamespacedSysctlsForHostNetAndHostIPC',
      yaml: sysctls(NET_NAMES, '  hostNetwork: true\n'),
      errors: [],
      skip: 'the option is set only on an update of a pod that already had such sysctls; a manifest is a create',
    },
  ],
};

const sysctlNamesSuite: UpstreamSuite = {
  test: 'TestIsValidSysctlName',
  functions: ['IsValidSysctlName'],
  source: SOURCE,
  cases: [
    ok('valid', sysctls(['a.b.c.d', 'a', 'a_b', 'a-b', 'abc', 'abc.def', 'a/b/c/d', 'a/b.c'])),
    bad('invalid ""', sysctls(['']), `${S}[0].name: Required value`),
    ...['*', 'ä', 'a_', '_a._b', '.a', 'a.b.', 'a*.b', 'Abc', '/a', 'a/b/*', 'a'.repeat(256)].map(
      (name) =>
        bad(
          `invalid ${q(name.length > 20 ? `${name.slice(0, 5)}…(${name.length})` : name)}`,
          sysctls([name]),
          `${S}[0].name: Invalid value`,
        ),
    ),
  ],
};

const hostUsersSuite: UpstreamSuite = {
  test: 'TestValidateHostUsers',
  functions: ['validateHostUsers'],
  source: SOURCE,
  cases: [
    ok('empty', podWith('')),
    ok('hostUsers unset', podSc('runAsUser: 1000\n')),
    ok('hostUsers=false', podWith(USERNS)),
    ok('hostUsers=true', podWith('  hostUsers: true\n')),
    ok(
      'hostUsers=false & volumes',
      podWith(`${USERNS}  volumes:
    - name: configmap
      configMap:
        name: configmap
    - name: secret
      secret:
        secretName: secret
    - name: downward-api
      downwardAPI: {}
    - name: proj
      projected: {}
    - name: empty-dir
      emptyDir: {}
`),
    ),
    ok(
      'hostUsers=false - stateful volume',
      podWith(`${USERNS}  volumes:\n    - name: host-path\n      hostPath:\n        path: /data\n`),
    ),
    ok(
      'hostUsers=true - unsupported volume',
      podWith(
        '  hostUsers: true\n  volumes:\n    - name: host-path\n      hostPath:\n        path: /data\n',
      ),
    ),
    bad(
      'hostUsers=false & HostNetwork',
      podWith(`${USERNS}  hostNetwork: true\n`),
      'spec.hostNetwork: Forbidden',
    ),
    bad(
      'hostUsers=false & HostPID',
      podWith(`${USERNS}  hostPID: true\n`),
      'spec.hostPID: Forbidden',
    ),
    bad(
      'hostUsers=false & HostIPC',
      podWith(`${USERNS}  hostIPC: true\n`),
      'spec.hostIPC: Forbidden',
    ),
    ok(
      'hostUsers=false & HostNetwork, before the gate is on',
      podWith(`${USERNS}  hostNetwork: true\n`),
      {
        k8s: '1.32',
      },
    ),
  ],
};

const P = 'spec.securityContext';
const podSpecSuite: UpstreamSuite = {
  test: 'TestValidatePodSpec',
  functions: ['validatePodSpecSecurityContext', 'validateFSGroupChangePolicy'],
  source: SOURCE,
  cases: [
    ok(
      'populate RunAsUser SupplementalGroups FSGroup with minID 0',
      podSc('supplementalGroups: [0]\nrunAsUser: 0\nfsGroup: 0\n'),
    ),
    ok(
      'populate RunAsUser SupplementalGroups FSGroup with maxID 2147483647',
      podSc('supplementalGroups: [2147483647]\nrunAsUser: 2147483647\nfsGroup: 2147483647\n'),
    ),
    ok('populate HostIPC', podWith('  hostIPC: true\n')),
    ok('populate HostPID', podWith('  hostPID: true\n')),
    ok('populate ShareProcessNamespace', podWith('  shareProcessNamespace: true\n')),
    ok('populate FSGroupChangePolicy', podSc('fsGroupChangePolicy: Always\n')),
    bad(
      'bad supplementalGroups large than math.MaxInt32',
      podSc('supplementalGroups: [2147483648, 1234]\n'),
      `${P}.supplementalGroups[0]: Invalid value`,
    ),
    bad(
      'bad supplementalGroups less than 0',
      podSc('supplementalGroups: [-1, 1234]\n'),
      `${P}.supplementalGroups[0]: Invalid value`,
    ),
    bad(
      'bad runAsUser large than math.MaxInt32',
      podSc('runAsUser: 2147483648\n'),
      `${P}.runAsUser: Invalid value`,
    ),
    bad('bad runAsUser less than 0', podSc('runAsUser: -1\n'), `${P}.runAsUser: Invalid value`),
    bad(
      'bad fsGroup large than math.MaxInt32',
      podSc('fsGroup: 2147483648\n'),
      `${P}.fsGroup: Invalid value`,
    ),
    bad('bad fsGroup less than 0', podSc('fsGroup: -1\n'), `${P}.fsGroup: Invalid value`),
    bad(
      'ShareProcessNamespace and HostPID both set',
      podWith('  hostPID: true\n  shareProcessNamespace: true\n'),
      'spec.shareProcessNamespace: Invalid value',
    ),
    bad(
      'bad empty fsGroupchangepolicy',
      podSc('fsGroupChangePolicy: ""\n'),
      `${P}.fsGroupChangePolicy: Unsupported value`,
    ),
    bad(
      'bad invalid fsgroupchangepolicy',
      podSc('fsGroupChangePolicy: invalid\n'),
      `${P}.fsGroupChangePolicy: Unsupported value`,
    ),
  ],
};

/** The security-context suites of core validation_test.go (profiles and Windows: their own files). */
export const SECURITY_CONTEXT_SUITES: readonly UpstreamSuite[] = [
  securityContextSuite,
  sysctlsSuite,
  sysctlNamesSuite,
  hostUsersSuite,
  podSpecSuite,
];
