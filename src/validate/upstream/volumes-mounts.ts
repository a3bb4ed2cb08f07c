import type { UpstreamCase, UpstreamSuite } from './cases.ts';
import { podYaml, SOURCE } from './volumes-yaml.ts';

// The upstream tests of a container's volumeMounts and volumeDevices (TestValidateVolumeMounts,
// TestValidateSubpathMutuallyExclusive, TestValidateDisabledSubpathExpr,
// TestValidateMountPropagation, TestAlphaValidateVolumeDevices). Upstream hands the function a
// map of volumes and a map of the other list; here they are the Pod's volumes and the container's
// other list, so a volume or a device the test only names is declared (a PVC) to keep the case
// about what it tests.

const C = 'spec.containers[0]';
const EPHEMERAL =
  '{name: ephemeral, ephemeral: {volumeClaimTemplate: {spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10G}}}}}}';
const pvc = (name: string, claim: string) =>
  `{name: ${name}, persistentVolumeClaim: {claimName: ${claim}}}`;
const BASE_VOLUMES = [
  pvc('abc', 'testclaim1'),
  pvc('abc-123', 'testclaim2'),
  '{name: "123", hostPath: {path: /foo/baz, type: ""}}',
];
const MOUNT_VOLUMES = [
  ...BASE_VOLUMES,
  EPHEMERAL,
  '{name: image-volume, image: {reference: "quay.io/my/artifact:v1", pullPolicy: IfNotPresent}}',
];

/** A container block: `volumeMounts` and `volumeDevices` in flow style, and a securityContext. */
function container(mounts: string[], devices: string[] = [], securityContext = ''): string {
  return [
    ...(mounts.length ? ['    volumeMounts:', ...mounts.map((m) => `      - ${m}`)] : []),
    ...(devices.length ? ['    volumeDevices:', ...devices.map((d) => `      - ${d}`)] : []),
    ...(securityContext ? [`    securityContext: ${securityContext}`] : []),
  ].join('\n');
}

const at = (errors: string[]) => errors.map((e) => `${C}.${e}`);

/** TestValidateVolumeMounts' error cases: the device {xyz, /mnt/exists} sits beside the mounts. */
const mountCase = (
  name: string,
  mounts: string[],
  errors: string[],
  volumes: string[] = [],
): UpstreamCase => ({
  name,
  yaml: podYaml(
    [...MOUNT_VOLUMES, pvc('xyz', 'xyz-claim'), ...volumes],
    container(mounts, ['{name: xyz, devicePath: /mnt/exists}']),
  ),
  errors: at(errors),
});

const SUCCESS_MOUNTS = [
  '{name: abc, mountPath: /foo}',
  '{name: "123", mountPath: /bar}',
  '{name: abc-123, mountPath: /baz}',
  '{name: abc-123, mountPath: /baa, subPath: ""}',
  '{name: abc-123, mountPath: /bab, subPath: baz}',
  '{name: abc-123, mountPath: "d:", subPath: ""}',
  '{name: abc-123, mountPath: "F:", subPath: ""}',
  '{name: abc-123, mountPath: \'G:\\mount\', subPath: ""}',
  '{name: abc-123, mountPath: /bac, subPath: .baz}',
  '{name: abc-123, mountPath: /bad, subPath: ..baz}',
  '{name: ephemeral, mountPath: /foobar}',
  '{name: "123", mountPath: /rro-nil, readOnly: true}',
  '{name: "123", mountPath: /rro-disabled, readOnly: true, recursiveReadOnly: Disabled}',
  '{name: "123", mountPath: /rro-disabled-2, readOnly: false, recursiveReadOnly: Disabled}',
  '{name: "123", mountPath: /rro-ifpossible, readOnly: true, recursiveReadOnly: IfPossible}',
  '{name: "123", mountPath: /rro-enabled, readOnly: true, recursiveReadOnly: Enabled}',
  '{name: "123", mountPath: /rro-enabled-2, readOnly: true, recursiveReadOnly: Enabled, mountPropagation: None}',
  '{name: image-volume, mountPath: /image-volume}',
];

const NEWER =
  'Not in the 1.34.1 validation ported here (ValidateVolumeMounts has no image-volume subPath check there); the test file read is newer, and 1.35 was not read.';

const VOLUME_MOUNTS: UpstreamSuite = {
  test: 'TestValidateVolumeMounts',
  functions: ['ValidateVolumeMounts', 'validateMountRecursiveReadOnly'],
  source: SOURCE,
  cases: [
    { name: 'successCase', yaml: podYaml(MOUNT_VOLUMES, container(SUCCESS_MOUNTS)), errors: [] },
    mountCase(
      'empty name',
      ['{name: "", mountPath: /foo}'],
      ['volumeMounts[0].name: Required value'],
    ),
    mountCase(
      'name not found',
      ['{name: "", mountPath: /foo}'],
      ['volumeMounts[0].name: Required value'],
    ),
    mountCase(
      'mountpath collision',
      ['{name: foo, mountPath: /path/a}', '{name: bar, mountPath: /path/a}'],
      [
        'volumeMounts[0].name: Not found',
        'volumeMounts[1].name: Not found',
        'volumeMounts[1].mountPath: Invalid value',
      ],
    ),
    mountCase(
      'absolute subpath',
      ['{name: abc, mountPath: /bar, subPath: /baz}'],
      ['volumeMounts[0].subPath: Invalid value'],
    ),
    mountCase(
      'subpath in ..',
      ['{name: abc, mountPath: /bar, subPath: ../baz}'],
      ['volumeMounts[0].subPath: Invalid value'],
    ),
    mountCase(
      'subpath contains ..',
      ['{name: abc, mountPath: /bar, subPath: baz/../bat}'],
      ['volumeMounts[0].subPath: Invalid value'],
    ),
    mountCase(
      'subpath ends in ..',
      ['{name: abc, mountPath: /bar, subPath: ./..}'],
      ['volumeMounts[0].subPath: Invalid value'],
    ),
    mountCase(
      'disabled MountPropagation feature gate',
      ['{name: abc, mountPath: /bar, mountPropagation: Bidirectional}'],
      ['volumeMounts[0].mountPropagation: Forbidden'],
    ),
    mountCase(
      'name exists in volumeDevice',
      ['{name: xyz, mountPath: /bar}'],
      ['volumeMounts[0].name: Invalid value'],
    ),
    mountCase(
      'mountpath exists in volumeDevice',
      ['{name: uvw, mountPath: /mnt/exists}'],
      ['volumeMounts[0].mountPath: Invalid value'],
      [pvc('uvw', 'uvw-claim')],
    ),
    mountCase(
      'both exist in volumeDevice',
      ['{name: xyz, mountPath: /mnt/exists}'],
      ['volumeMounts[0].name: Invalid value', 'volumeMounts[0].mountPath: Invalid value'],
    ),
    mountCase(
      'rro but not ro',
      ['{name: "123", mountPath: /rro-bad1, readOnly: false, recursiveReadOnly: Enabled}'],
      ['volumeMounts[0].recursiveReadOnly: Forbidden'],
    ),
    mountCase(
      'rro with incompatible propagation',
      [
        '{name: "123", mountPath: /rro-bad2, readOnly: true, recursiveReadOnly: Enabled, mountPropagation: HostToContainer}',
      ],
      ['volumeMounts[0].recursiveReadOnly: Forbidden'],
    ),
    mountCase(
      'rro-if-possible but not ro',
      ['{name: "123", mountPath: /rro-bad1, readOnly: false, recursiveReadOnly: IfPossible}'],
      ['volumeMounts[0].recursiveReadOnly: Forbidden'],
    ),
    {
      ...mountCase(
        'subPath not allowed for image volume sources',
        ['{name: image-volume, mountPath: /i, subPath: /foo}'],
        [],
      ),
      skip: NEWER,
    },
    {
      ...mountCase(
        'subPathExpr not allowed for image volume sources',
        ['{name: image-volume, mountPath: /i, subPathExpr: $(POD_NAME)}'],
        [],
      ),
      skip: NEWER,
    },
  ],
};

const subPathCase = (name: string, mount: string, errors: string[] = []): UpstreamCase => ({
  name,
  yaml: podYaml(BASE_VOLUMES, container([mount])),
  errors: at(errors),
});

const SUBPATH_EXCLUSIVE: UpstreamSuite = {
  test: 'TestValidateSubpathMutuallyExclusive',
  functions: ['ValidateVolumeMounts'],
  source: SOURCE,
  cases: [
    subPathCase('subpath and subpathexpr not specified', '{name: abc-123, mountPath: /bab}'),
    subPathCase(
      'subpath expr specified',
      '{name: abc-123, mountPath: /bab, subPathExpr: $(POD_NAME)}',
    ),
    subPathCase('subpath specified', '{name: abc-123, mountPath: /bab, subPath: baz}'),
    subPathCase(
      'subpath and subpathexpr specified',
      '{name: abc-123, mountPath: /bab, subPath: baz, subPathExpr: $(POD_NAME)}',
      ['volumeMounts[0].subPathExpr: Invalid value'],
    ),
  ],
};

const SUBPATH_EXPR: UpstreamSuite = {
  test: 'TestValidateDisabledSubpathExpr',
  functions: ['ValidateVolumeMounts'],
  source: SOURCE,
  cases: [
    subPathCase('subpath expr not specified', '{name: abc-123, mountPath: /bab}'),
    subPathCase(
      'subpath expr specified',
      '{name: abc-123, mountPath: /bab, subPathExpr: $(POD_NAME)}',
    ),
  ],
};

const PRIVILEGED = '{privileged: true}';
const UNPRIVILEGED = '{privileged: false}';
const propagation = (
  name: string,
  mode: string,
  securityContext: string,
  errors: string[] = [],
): UpstreamCase => ({
  name,
  yaml: podYaml(
    ['{name: foo, hostPath: {path: /foo/baz, type: ""}}'],
    container(
      [`{name: foo, mountPath: /foo${mode ? `, mountPropagation: ${mode}` : ''}}`],
      [],
      securityContext,
    ),
  ),
  errors: at(errors.map((e) => `volumeMounts[0].mountPropagation: ${e}`)),
});

const MOUNT_PROPAGATION: UpstreamSuite = {
  test: 'TestValidateMountPropagation',
  functions: ['validateMountPropagation'],
  source: SOURCE,
  cases: [
    propagation('implicitly non-privileged container + no propagation', '', ''),
    propagation('implicitly non-privileged container + HostToContainer', 'HostToContainer', ''),
    propagation('non-privileged container + None', 'None', ''),
    propagation('error: implicitly non-privileged container + Bidirectional', 'Bidirectional', '', [
      'Forbidden',
    ]),
    propagation('explicitly non-privileged container + no propagation', '', UNPRIVILEGED),
    propagation(
      'explicitly non-privileged container + HostToContainer',
      'HostToContainer',
      UNPRIVILEGED,
    ),
    propagation(
      'explicitly non-privileged container + Bidirectional',
      'Bidirectional',
      UNPRIVILEGED,
      ['Forbidden'],
    ),
    propagation('privileged container + no propagation', '', PRIVILEGED),
    propagation('privileged container + HostToContainer', 'HostToContainer', PRIVILEGED),
    propagation('privileged container + Bidirectional', 'Bidirectional', PRIVILEGED),
    propagation('error: privileged container + invalid mount propagation', 'invalid', PRIVILEGED, [
      'Unsupported value',
    ]),
    {
      ...propagation('no container + Bidirectional', 'Bidirectional', ''),
      skip: 'Upstream validates a mount without its container (before the pod exists); a manifest always has the container, and there Bidirectional needs it privileged.',
    },
  ],
};

const DEVICE_VOLUMES = [
  ...BASE_VOLUMES.slice(0, 2),
  '{name: def, hostPath: {path: /foo/baz, type: ""}}',
  EPHEMERAL,
];
const BAD_MOUNTS = [
  '{name: abc, mountPath: /foo}',
  '{name: abc-123, mountPath: /this/path/exists}',
];
const deviceCase = (name: string, devices: string[], errors: string[]): UpstreamCase => ({
  name,
  yaml: podYaml(DEVICE_VOLUMES, container(BAD_MOUNTS, devices)),
  errors: at(errors),
});

const VOLUME_DEVICES: UpstreamSuite = {
  test: 'TestAlphaValidateVolumeDevices',
  functions: ['ValidateVolumeDevices'],
  source: SOURCE,
  cases: [
    {
      name: 'successCase',
      yaml: podYaml(
        [...DEVICE_VOLUMES, '{name: xyz, emptyDir: {}}', '{name: ghi, emptyDir: {}}'],
        container(
          ['{name: xyz, mountPath: /foofoo}', '{name: ghi, mountPath: /foo/usr/share/test}'],
          [
            '{name: abc, devicePath: /foo}',
            '{name: abc-123, devicePath: /usr/share/test}',
            '{name: ephemeral, devicePath: /disk}',
          ],
        ),
      ),
      errors: [],
    },
    deviceCase(
      'empty name',
      ['{name: "", devicePath: /foo}'],
      ['volumeDevices[0].name: Required value'],
    ),
    deviceCase(
      'duplicate name',
      ['{name: abc, devicePath: /foo}', '{name: abc, devicePath: /foo/bar}'],
      ['volumeDevices[1].name: Invalid value'],
    ),
    deviceCase(
      'name not found',
      ['{name: not-found, devicePath: /usr/share/test}'],
      ['volumeDevices[0].name: Not found'],
    ),
    deviceCase(
      'name found but invalid source',
      ['{name: def, devicePath: /usr/share/test}'],
      ['volumeDevices[0].name: Invalid value'],
    ),
    deviceCase(
      'empty devicepath',
      ['{name: abc, devicePath: ""}'],
      ['volumeDevices[0].devicePath: Required value'],
    ),
    deviceCase(
      'relative devicepath',
      ['{name: abc-123, devicePath: baz}'],
      ['volumeDevices[0].name: Invalid value'],
    ),
    deviceCase(
      'duplicate devicepath',
      ['{name: abc, devicePath: /foo}', '{name: abc-123, devicePath: /foo}'],
      ['volumeDevices[1].devicePath: Invalid value'],
    ),
    deviceCase(
      'no backsteps',
      ['{name: def, devicePath: /baz/../}'],
      ['volumeDevices[0].devicePath: Invalid value'],
    ),
    deviceCase(
      'name exists in volumemounts',
      ['{name: abc, devicePath: /baz/../}'],
      ['volumeDevices[0].name: Invalid value'],
    ),
    deviceCase(
      'path exists in volumemounts',
      ['{name: xyz, devicePath: /this/path/exists}'],
      ['volumeDevices[0].devicePath: Invalid value'],
    ),
    deviceCase(
      'both exist in volumemounts',
      ['{name: abc, devicePath: /this/path/exists}'],
      ['volumeDevices[0].name: Invalid value', 'volumeDevices[0].devicePath: Invalid value'],
    ),
  ],
};

export const VOLUME_MOUNT_SUITES: readonly UpstreamSuite[] = [
  VOLUME_MOUNTS,
  SUBPATH_EXCLUSIVE,
  SUBPATH_EXPR,
  MOUNT_PROPAGATION,
  VOLUME_DEVICES,
];
