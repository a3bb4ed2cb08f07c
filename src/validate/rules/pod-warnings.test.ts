import { describe, expect, it } from 'vitest';
import type { K8sVersion } from '../versions.ts';
import {
  checkForOverlap,
  overlappingPathWarnings,
  volumeTypeWarnings,
} from './pod-warnings-volumes.ts';
import { nodeSelectorTermWarnings } from './pod-warnings.ts';
import { lint } from './testing.ts';

// pkg/api/pod/warnings_test.go (TestWarnings, TestTemplateOnlyWarnings, TestCheckForOverLap) of
// kubernetes/kubernetes at 04669c5d644c554a4c46f8778e33fd79c4859989, ported as manifests; the cases
// whose warning another family gives (duplicate env, fractional container resources, duplicate
// port definitions and names) are in env.test.ts, resources.test.ts and ports.test.ts. Upstream
// prints map keys as `[key]`; Podsmith quotes them (`["key"]`).

const ID = ['pod-api-warning'];

/** The warnings of a Pod with `spec` lines (two spaces in) and metadata lines. */
function warnings(spec: string, meta = '', k8s: K8sVersion = '1.34'): string[] {
  const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${meta}spec:\n${spec}`;
  return lint(text, ID, k8s).map((l) => l.replace(/^warning pod-api-warning /, ''));
}

const APP = '  containers:\n    - name: foo\n      image: nginx:1.27.3\n';
const volume = (source: string) => `${APP}  volumes:\n    - name: s\n      ${source}\n`;

describe('TestWarnings (deprecated volume types)', () => {
  it.each([
    [
      'photon',
      'photonPersistentDisk: {pdID: x}',
      'photonPersistentDisk: deprecated in v1.11, non-functional in v1.16+',
    ],
    [
      'scaleIO',
      'scaleIO: {gateway: g, system: s, secretRef: {name: x}}',
      'scaleIO: deprecated in v1.16, non-functional in v1.22+',
    ],
    [
      'flocker',
      'flocker: {datasetName: d}',
      'flocker: deprecated in v1.22, non-functional in v1.25+',
    ],
    [
      'storageOS',
      'storageos: {volumeName: v}',
      'storageos: deprecated in v1.22, non-functional in v1.25+',
    ],
    [
      'quobyte',
      'quobyte: {registry: r, volume: v}',
      'quobyte: deprecated in v1.22, non-functional in v1.25+',
    ],
    [
      'glusterfs',
      'glusterfs: {endpoints: e, path: p}',
      'glusterfs: deprecated in v1.25, non-functional in v1.26+',
    ],
    ['CephFS', 'cephfs: {monitors: [m]}', 'cephfs: deprecated in v1.28, non-functional in v1.31+'],
    ['rbd', 'rbd: {monitors: [m], image: i}', 'rbd: deprecated in v1.28, non-functional in v1.31+'],
  ])('%s', (_name, source, expected) => {
    expect(warnings(volume(source))).toEqual([`spec.volumes[0].${expected}`]);
  });

  it('gitRepo: disabled by default from 1.33 (GitRepoVolumeDriver)', () => {
    expect(warnings(volume('gitRepo: {repository: r}'), '', '1.32')).toEqual([
      'spec.volumes[0].gitRepo: deprecated in v1.11',
    ]);
    expect(warnings(volume('gitRepo: {repository: r}'))).toEqual([
      'spec.volumes[0].gitRepo: deprecated in v1.11, and disabled by default in v1.33+',
    ]);
  });

  it('cephfs and rbd warn from 1.28', () => {
    expect(volumeTypeWarnings([{ name: 'c', cephfs: {} }], ['v'], '1.27')).toEqual([]);
  });

  it('pod with ephemeral volume source 200Mi / 200m', () => {
    const eph = (size: string) =>
      volume(
        `ephemeral: {volumeClaimTemplate: {spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: ${size}}}}}}`,
      );
    expect(warnings(eph('200Mi'))).toEqual([]);
    expect(warnings(eph('200m'))).toEqual([
      'spec.volumes[0].ephemeral.volumeClaimTemplate.spec.resources.requests.storage: fractional byte value "200m" is invalid, must be an integer',
    ]);
  });
});

describe('TestWarnings (overlapping paths, 1.31+)', () => {
  const items = (list: string) => `items: [${list}]`;
  it('in a configMap, secret and downwardAPI volume', () => {
    expect(
      warnings(
        volume(
          `configMap: {name: foo, ${items('{key: foo, path: test}, {key: bar, path: test}')}}`,
        ),
      ),
    ).toEqual([
      'spec.volumes[0]: volume "s" (ConfigMap "foo"): overlapping paths: "test" with "test"',
    ]);
    expect(
      warnings(
        volume(
          `configMap: {name: foo, ${items('{key: foo, path: test}, {key: bar, path: test/app}')}}`,
        ),
      ),
    ).toEqual([
      'spec.volumes[0]: volume "s" (ConfigMap "foo"): overlapping paths: "test/app" with "test"',
    ]);
    expect(
      warnings(
        volume(
          `secret: {secretName: foo, ${items('{key: bar, path: test/app}, {key: foo, path: test}')}}`,
        ),
      ),
    ).toEqual([
      'spec.volumes[0]: volume "s" (Secret "foo"): overlapping paths: "test" with "test/app"',
    ]);
    const field = '{fieldRef: {fieldPath: metadata.name}, path: test}';
    expect(warnings(volume(`downwardAPI: {${items(`${field}, ${field}`)}}`))).toEqual([
      'spec.volumes[0]: volume "s" (DownwardAPI): overlapping paths: "test" with "test"',
    ]);
  });

  it('in a projected volume', () => {
    const projected = (sources: string) => volume(`projected: {sources: [${sources}]}`);
    expect(
      warnings(
        projected(
          '{configMap: {name: Test, items: [{key: foo, path: test}]}}, {serviceAccountToken: {path: test/file}}',
        ),
      ),
    ).toEqual([
      'spec.volumes[0]: volume "s" (Projected): overlapping paths: "test/file" (ServiceAccountToken) with "test" (ConfigMap "Test")',
    ]);
    expect(
      warnings(
        projected(
          '{secret: {name: TestSecret, items: [{key: mykey, path: test}]}}, {downwardAPI: {items: [{fieldRef: {fieldPath: metadata.name}, path: test/test2}]}}',
        ),
      ),
    ).toEqual([
      'spec.volumes[0]: volume "s" (Projected): overlapping paths: "test/test2" (DownwardAPI) with "test" (Secret "TestSecret")',
    ]);
    expect(warnings(projected('{}'))).toEqual([
      'spec.volumes[0]: volume "s" (Projected) has no sources provided',
    ]);
    expect(
      overlappingPathWarnings(
        [{ name: 'x', configMap: { items: [{ path: 'a' }, { path: 'a' }] } }],
        ['v'],
        '1.30',
      ),
    ).toEqual([]);
  });

  it('through 1.32 a source without paths repeats the previous one (upstream bug, kept)', () => {
    const volumes = [
      {
        name: 'x',
        projected: {
          sources: [
            { configMap: { name: 'c', items: [{ path: 'a' }] } },
            { secret: { name: 's' } },
          ],
        },
      },
    ];
    expect(overlappingPathWarnings(volumes, ['v'], '1.32').map((w) => w.detail)).toEqual([
      'volume "x" (Projected): overlapping paths: "a" (ConfigMap "c") with "a" (ConfigMap "c")',
    ]);
    expect(overlappingPathWarnings(volumes, ['v'], '1.33')).toEqual([]);
  });
});

describe('TestCheckForOverLap', () => {
  const ps = (path: string, source = 'src') => ({ path, source });
  it.each([
    ['exact match', [ps('path/path1', 'src1')], ps('path/path1', 'src2'), 1],
    ['no match', [ps('path/path1')], ps('path2/path1'), 0],
    ['empty string in checkPaths', [ps('')], ps('path2/path1'), 0],
    ['empty path', [ps('test')], ps(''), 0],
    ['between file and dir', [ps('path/path1')], ps('path'), 1],
    ['between dir and file', [ps('path')], ps('path/path1'), 1],
    [
      'multiple paths with multiple overlap',
      [ps('path/path1'), ps('path/path2'), ps('path/path3')],
      ps('path'),
      3,
    ],
    [
      'partial overlap',
      [ps('path1/path'), ps('path2/path'), ps('path3/path')],
      ps('path101/path3'),
      0,
    ],
    ['partial overlap in path', [ps('dir/path1'), ps('dir/path2')], ps('dir/path345'), 0],
  ])('%s', (_name, haystack, needle, found) => {
    expect(checkForOverlap(haystack, needle)).toHaveLength(found);
  });
});

describe('TestWarnings (pod spec)', () => {
  it('duplicate hostAlias, duplicate and empty imagePullSecrets', () => {
    expect(
      warnings(`${APP}  hostAliases:\n    - ip: 1.1.1.1\n    - ip: 1.1.1.1\n    - ip: 1.1.1.1\n`),
    ).toEqual([
      'spec.hostAliases[1].ip: duplicate ip "1.1.1.1"',
      'spec.hostAliases[2].ip: duplicate ip "1.1.1.1"',
    ]);
    expect(
      warnings(`${APP}  imagePullSecrets:\n    - name: a\n    - name: a\n    - name: ""\n`),
    ).toEqual([
      'spec.imagePullSecrets[1].name: duplicate name "a"',
      'spec.imagePullSecrets[2].name: invalid empty name ""',
    ]);
  });

  it("fractional overhead ephemeral-storage (overhead memory is resources.ts's)", () => {
    expect(warnings(`${APP}  overhead:\n    ephemeral-storage: 4m\n`)).toEqual([
      'spec.overhead.ephemeral-storage: fractional byte value "4m" is invalid, must be an integer',
    ]);
  });

  it('node labels in nodeSelector, affinity and topologySpreadConstraints', () => {
    expect(
      warnings(
        `${APP}  nodeSelector:\n    beta.kubernetes.io/arch: amd64\n    kubernetes.io/os: linux\n`,
      ),
    ).toEqual([
      'spec.nodeSelector["beta.kubernetes.io/arch"]: deprecated since v1.14; use "kubernetes.io/arch" instead',
    ]);
    const required = `  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n          - matchExpressions:\n              - {key: foo, operator: Exists}\n              - {key: failure-domain.beta.kubernetes.io/zone, operator: Exists}\n`;
    expect(warnings(`${APP}${required}`)).toEqual([
      'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[1].key: failure-domain.beta.kubernetes.io/zone is deprecated since v1.17; use "topology.kubernetes.io/zone" instead',
    ]);
    const spread = `  topologySpreadConstraints:\n    - {maxSkew: 1, topologyKey: beta.kubernetes.io/instance-type, whenUnsatisfiable: DoNotSchedule, labelSelector: {}}\n    - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}\n`;
    expect(warnings(`${APP}${spread}`)).toEqual([
      'spec.topologySpreadConstraints[0].topologyKey: beta.kubernetes.io/instance-type is deprecated since v1.17; use "node.kubernetes.io/instance-type" instead',
      'spec.topologySpreadConstraints[1].labelSelector: a null labelSelector results in matching no pod',
    ]);
    expect(warnings(`${APP}${spread}`, '', '1.27')).toHaveLength(1);
  });

  it('nodeSelectorTermWarnings: preferred terms also warn about invalid values (1.33+)', () => {
    const term = {
      matchExpressions: [{ key: 'beta.kubernetes.io/os', operator: 'In', values: ['-linux'] }],
    };
    expect(nodeSelectorTermWarnings(term, ['t'], true).map((w) => w.detail)).toEqual([
      'beta.kubernetes.io/os is deprecated since v1.14; use "kubernetes.io/os" instead',
      "-linux is invalid, a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ]);
    expect(
      nodeSelectorTermWarnings(
        { matchExpressions: [{ key: 'zone', values: ['-x'] }] },
        ['t'],
        false,
      ),
    ).toEqual([]);
  });

  it('annotations (deprecated, and seccomp without its field)', () => {
    const meta = `  annotations:\n    foo: bar\n    scheduler.alpha.kubernetes.io/critical-pod: "true"\n    seccomp.security.alpha.kubernetes.io/pod: runtime/default\n    container.seccomp.security.alpha.kubernetes.io/foo: runtime/default\n    security.alpha.kubernetes.io/sysctls: a,b,c\n    security.alpha.kubernetes.io/unsafe-sysctls: d,e,f\n`;
    expect(warnings(APP, meta).sort()).toEqual(
      [
        'metadata.annotations["scheduler.alpha.kubernetes.io/critical-pod"]: non-functional in v1.16+; use the "priorityClassName" field instead',
        'metadata.annotations["seccomp.security.alpha.kubernetes.io/pod"]: non-functional in v1.27+; use the "seccompProfile" field instead',
        'metadata.annotations["container.seccomp.security.alpha.kubernetes.io/foo"]: non-functional in v1.27+; use the "seccompProfile" field instead',
        'metadata.annotations["security.alpha.kubernetes.io/sysctls"]: non-functional in v1.11+; use the "sysctls" field instead',
        'metadata.annotations["security.alpha.kubernetes.io/unsafe-sysctls"]: non-functional in v1.11+; use the "sysctls" field instead',
      ].sort(),
    );
    const fields =
      '  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n    - name: foo\n      image: nginx:1.27.3\n      securityContext:\n        seccompProfile: {type: RuntimeDefault}\n';
    const seccompMeta =
      '  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: runtime/default\n    container.seccomp.security.alpha.kubernetes.io/foo: runtime/default\n';
    expect(warnings(fields, seccompMeta)).toEqual([]);
  });

  it('terminationGracePeriodSeconds is negative; null labelSelector in pod affinity', () => {
    expect(warnings(`${APP}  terminationGracePeriodSeconds: -1\n`)).toEqual([
      'spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1',
    ]);
    const affinity = `  affinity:\n    podAntiAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        - {topologyKey: zone, labelSelector: {}}\n        - {topologyKey: zone}\n      preferredDuringSchedulingIgnoredDuringExecution:\n        - {weight: 1, podAffinityTerm: {topologyKey: zone}}\n`;
    expect(warnings(`${APP}${affinity}`)).toEqual([
      'spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[1].labelSelector: a null labelSelector results in matching no pod',
      'spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector: a null labelSelector results in matching no pod',
    ]);
  });

  it('ports: hostIP without hostPort, overlapping and ambiguous definitions (1.28+)', () => {
    const ports = (list: string) =>
      `  containers:\n    - name: foo\n      image: nginx:1.27.3\n      ports: [${list}]\n`;
    expect(warnings(ports('{containerPort: 80, protocol: UDP, hostIP: 10.0.0.1}'))).toEqual([
      'spec.containers[0].ports[0]: hostIP set without hostPort: {Name: HostPort:0 ContainerPort:80 Protocol:UDP HostIP:10.0.0.1}',
    ]);
    expect(
      warnings(
        ports(
          '{containerPort: 80, hostPort: 80, protocol: UDP, hostIP: 10.0.0.1}, {containerPort: 80, protocol: UDP, hostIP: 10.0.0.1}',
        ),
      ),
    ).toEqual([
      'spec.containers[0].ports[1]: hostIP set without hostPort: {Name: HostPort:0 ContainerPort:80 Protocol:UDP HostIP:10.0.0.1}',
      'spec.containers[0].ports[1]: overlapping port definition with spec.containers[0].ports[0]',
    ]);
    expect(
      warnings(
        ports(
          '{containerPort: 80, hostPort: 80, protocol: UDP, hostIP: 10.0.0.1}, {containerPort: 80, hostPort: 80, protocol: UDP}, {containerPort: 80, hostPort: 80, protocol: UDP, hostIP: 10.0.0.2}',
        ),
      ),
    ).toEqual([
      'spec.containers[0].ports[1]: dangerously ambiguous port definition with spec.containers[0].ports[0]',
      'spec.containers[0].ports[2]: dangerously ambiguous port definition with spec.containers[0].ports[1]',
    ]);
    expect(
      warnings(ports('{containerPort: 80, hostPort: 80}, {containerPort: 80, hostPort: 81}')),
    ).toEqual([]);
    expect(
      warnings(ports('{containerPort: 80, protocol: UDP, hostIP: 10.0.0.1}'), '', '1.27'),
    ).toEqual([]);
  });

  it('deprecated IP address forms (1.33+)', () => {
    expect(warnings(`${APP}  hostAliases:\n    - ip: 010.0.0.1\n      hostnames: [a]\n`)).toEqual([
      'spec.hostAliases[0].ip: non-standard IP address "010.0.0.1" will be considered invalid in a future Kubernetes release: use "10.0.0.1"',
    ]);
  });
});

describe('TestTemplateOnlyWarnings (AppArmor annotations, 1.30+)', () => {
  const deployment = (podSc: string, containerSc: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  selector:
    matchLabels: {app: d}
  template:
    metadata:
      labels: {app: d}
      annotations:
        container.apparmor.security.beta.kubernetes.io/foo: unconfined
    spec:
${podSc}      containers:
        - name: foo
          image: nginx:1.27.3
${containerSc}`;
  const lines = (text: string, k8s: K8sVersion = '1.34') =>
    lint(text, ID, k8s).map((l) => l.replace(/^warning pod-api-warning /, ''));

  it('warns about the annotation without its field', () => {
    expect(lines(deployment('', ''))).toEqual([
      'spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/foo"]: deprecated since v1.30; use the "appArmorProfile" field instead',
    ]);
    expect(lines(deployment('', ''), '1.29')).toEqual([]);
  });

  it('AppArmor pod field / container field', () => {
    expect(
      lines(
        deployment('      securityContext:\n        appArmorProfile: {type: Unconfined}\n', ''),
      ),
    ).toEqual([]);
    expect(
      lines(
        deployment(
          '',
          '          securityContext:\n            appArmorProfile: {type: Unconfined}\n',
        ),
      ),
    ).toEqual([]);
    // From 1.34 a pod profile that says otherwise no longer silences it.
    const other = deployment(
      '      securityContext:\n        appArmorProfile: {type: RuntimeDefault}\n',
      '',
    );
    expect(lines(other)).toHaveLength(1);
    expect(lines(other, '1.33')).toEqual([]);
  });
});
