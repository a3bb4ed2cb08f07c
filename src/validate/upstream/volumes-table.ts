import type { UpstreamCase } from './cases.ts';
import { bad, ok, podYaml } from './volumes-yaml.ts';

// TestValidateVolumes, second half of its table: downwardAPI, FC, FlexVolume, AzureFile, Quobyte,
// AzureDisk, ScaleIO, projected and image volumes, then the cases after the table.

const labels = (path: string, extra = '') =>
  `{name: downapi, downwardAPI: {items: [{path: "${path}", fieldRef: {apiVersion: v1, fieldPath: metadata.labels}${extra}}]}}`;

const DOWNWARD_ITEMS = [
  ['labels', 'metadata.labels'],
  ['labels with subscript', "metadata.labels['key']"],
  ['labels with complex subscript', "metadata.labels['test.example.com/key']"],
  ['annotations', 'metadata.annotations'],
  ['annotations with subscript', "metadata.annotations['key']"],
  ['annotations with complex subscript', "metadata.annotations['TEST.EXAMPLE.COM/key']"],
  ['namespace', 'metadata.namespace'],
  ['name', 'metadata.name'],
  ['path/with/subdirs', 'metadata.labels'],
  ['path/./withdot', 'metadata.labels'],
  ['path/with/embedded..dotdot', 'metadata.labels'],
  ['path/with/leading/..dotdot', 'metadata.labels'],
]
  .map(([path, field]) => `{path: "${path}", fieldRef: {apiVersion: v1, fieldPath: "${field}"}}`)
  .concat(
    [
      'cpu_limit:limits.cpu',
      'cpu_request:requests.cpu',
      'memory_limit:limits.memory',
      'memory_request:requests.memory',
    ].map((e) => {
      const [path, resource] = e.split(':');
      return `{path: ${path}, resourceFieldRef: {containerName: test-container, resource: ${resource}}}`;
    }),
  );

/** The cases of TestValidateVolumes from DownwardAPI on. */
export const VOLUME_TABLE_REST: UpstreamCase[] = [
  // DownwardAPI
  ok(
    'valid DownwardAPI',
    `{name: downwardapi, downwardAPI: {items: [${DOWNWARD_ITEMS.join(', ')}]}}`,
  ),
  ok(
    'hugepages-downwardAPI-enabled',
    '{name: downwardapi, downwardAPI: {items: [{path: hugepages_request, resourceFieldRef: {containerName: test-container, resource: requests.hugepages-2Mi}}, {path: hugepages_limit, resourceFieldRef: {containerName: test-container, resource: limits.hugepages-2Mi}}]}}',
  ),
  ok('downapi valid defaultMode', '{name: downapi, downwardAPI: {defaultMode: 0644}}'),
  ok('downapi valid item mode', labels('path', ', mode: 0644')),
  bad('downapi invalid positive item mode', labels('path', ', mode: 01000'), [
    'downwardAPI.items[0].mode: Invalid value',
  ]),
  bad('downapi invalid negative item mode', labels('path', ', mode: -1'), [
    'downwardAPI.items[0].mode: Invalid value',
  ]),
  bad('downapi empty metatada path', labels(''), ['downwardAPI.items[0].path: Required value']),
  bad('downapi absolute path', labels('/absolutepath'), [
    'downwardAPI.items[0].path: Invalid value',
  ]),
  bad('downapi dot dot path', labels('../../passwd'), ['downwardAPI.items[0].path: Invalid value']),
  bad('downapi dot dot file name', labels('..badFileName'), [
    'downwardAPI.items[0].path: Invalid value',
  ]),
  bad('downapi dot dot first level dirent', labels('..badDirName/goodFileName'), [
    'downwardAPI.items[0].path: Invalid value',
  ]),
  bad(
    'downapi fieldRef and ResourceFieldRef together',
    labels(
      'test',
      ', resourceFieldRef: {containerName: test-container, resource: requests.memory}',
    ),
    ['downwardAPI.items[0]: Invalid value'],
  ),
  bad(
    'downapi invalid positive defaultMode',
    '{name: downapi, downwardAPI: {defaultMode: 01000}}',
    ['downwardAPI.defaultMode: Invalid value'],
  ),
  bad('downapi invalid negative defaultMode', '{name: downapi, downwardAPI: {defaultMode: -1}}', [
    'downwardAPI.defaultMode: Invalid value',
  ]),
  // FC
  ok(
    'FC valid targetWWNs and lun',
    '{name: fc, fc: {targetWWNs: [some_wwn], lun: 1, fsType: ext4, readOnly: false}}',
  ),
  ok('FC valid wwids', '{name: fc, fc: {wwids: [some_wwid], fsType: ext4, readOnly: false}}'),
  bad(
    'FC empty targetWWNs and wwids',
    '{name: fc, fc: {targetWWNs: [], lun: 1, wwids: [], fsType: ext4}}',
    ['fc.targetWWNs: Required value'],
  ),
  bad(
    'FC invalid: both targetWWNs and wwids simultaneously',
    '{name: fc, fc: {targetWWNs: [some_wwn], lun: 1, wwids: [some_wwid]}}',
    ['fc.targetWWNs: Invalid value'],
  ),
  bad('FC valid targetWWNs and empty lun', '{name: fc, fc: {targetWWNs: [wwn], fsType: ext4}}', [
    'fc.lun: Required value',
  ]),
  bad(
    'FC valid targetWWNs and invalid lun',
    '{name: fc, fc: {targetWWNs: [wwn], lun: 256, fsType: ext4}}',
    ['fc.lun: Invalid value'],
  ),
  // FlexVolume, AzureFile
  ok(
    'valid FlexVolume',
    '{name: flex-volume, flexVolume: {driver: kubernetes.io/blue, fsType: ext4}}',
  ),
  ok(
    'valid AzureFile',
    '{name: azure-file, azureFile: {secretName: key, shareName: share, readOnly: false}}',
  ),
  bad(
    'AzureFile empty secret',
    '{name: azure-file, azureFile: {secretName: "", shareName: share}}',
    ['azureFile.secretName: Required value'],
  ),
  bad('AzureFile empty share', '{name: azure-file, azureFile: {secretName: name, shareName: ""}}', [
    'azureFile.shareName: Required value',
  ]),
  // Quobyte
  ok(
    'valid Quobyte',
    '{name: quobyte, quobyte: {registry: "registry:7861", volume: volume, readOnly: false, user: root, group: root, tenant: ThisIsSomeTenantUUID}}',
  ),
  bad(
    'empty registry quobyte',
    '{name: quobyte, quobyte: {volume: /test, tenant: ThisIsSomeTenantUUID}}',
    ['quobyte.registry: Required value'],
  ),
  bad(
    'wrong format registry quobyte',
    '{name: quobyte, quobyte: {registry: registry7861, volume: /test, tenant: ThisIsSomeTenantUUID}}',
    ['quobyte.registry: Invalid value'],
  ),
  bad(
    'wrong format multiple registries quobyte',
    '{name: quobyte, quobyte: {registry: "registry:7861,reg2", volume: /test, tenant: ThisIsSomeTenantUUID}}',
    ['quobyte.registry: Invalid value'],
  ),
  bad(
    'empty volume quobyte',
    '{name: quobyte, quobyte: {registry: "registry:7861", tenant: ThisIsSomeTenantUUID}}',
    ['quobyte.volume: Required value'],
  ),
  ok(
    'empty tenant quobyte',
    '{name: quobyte, quobyte: {registry: "registry:7861", volume: /test, tenant: ""}}',
  ),
  bad(
    'too long tenant quobyte',
    `{name: quobyte, quobyte: {registry: "registry:7861", volume: /test, tenant: ${'t'.repeat(100)}}}`,
    ['quobyte.tenant: Required value'],
  ),
  // AzureDisk
  ok(
    'valid AzureDisk',
    '{name: azure-disk, azureDisk: {diskName: foo, diskURI: "https://blob/vhds/bar.vhd"}}',
  ),
  bad(
    'AzureDisk empty disk name',
    '{name: azure-disk, azureDisk: {diskName: "", diskURI: "https://blob/vhds/bar.vhd"}}',
    ['azureDisk.diskName: Required value'],
  ),
  bad('AzureDisk empty disk uri', '{name: azure-disk, azureDisk: {diskName: foo, diskURI: ""}}', [
    'azureDisk.diskURI: Required value',
  ]),
  // ScaleIO
  ok(
    'valid scaleio volume',
    '{name: scaleio-volume, scaleIO: {gateway: "http://abcd/efg", system: test-system, volumeName: test-vol-1, secretRef: {name: sio}}}',
  ),
  bad(
    'ScaleIO with empty name',
    '{name: scaleio-volume, scaleIO: {gateway: "http://abcd/efg", system: test-system, volumeName: "", secretRef: {name: sio}}}',
    ['scaleIO.volumeName: Required value'],
  ),
  bad(
    'ScaleIO with empty gateway',
    '{name: scaleio-volume, scaleIO: {gateway: "", system: test-system, volumeName: test-vol-1, secretRef: {name: sio}}}',
    ['scaleIO.gateway: Required value'],
  ),
  bad(
    'ScaleIO with empty system',
    '{name: scaleio-volume, scaleIO: {gateway: "http://agc/efg/gateway", system: "", volumeName: test-vol-1, secretRef: {name: sio}}}',
    ['scaleIO.system: Required value'],
  ),
  // ProjectedVolumeSource
  bad(
    'ProjectedVolumeSource more than one projection in a source',
    '{name: projected-volume, projected: {sources: [{secret: {name: foo}}, {secret: {name: foo}, downwardAPI: {}}]}}',
    ['projected.sources[1]: Forbidden'],
  ),
  bad(
    'ProjectedVolumeSource more than one projection in a source (no names)',
    '{name: projected-volume, projected: {sources: [{secret: {}}, {secret: {}, downwardAPI: {}}]}}',
    [
      'projected.sources[0].secret.name: Required value',
      'projected.sources[1].secret.name: Required value',
      'projected.sources[1]: Forbidden',
    ],
  ),
  // ImageVolumeSource: the ImageVolume gate is off by default through 1.34 (the API server drops
  // image volumes), so these run against 1.35, the first version Podsmith does not know it off in.
  ok(
    'valid image volume on pod',
    '{name: image-volume, image: {reference: "quay.io/my/artifact:v1", pullPolicy: IfNotPresent}}',
    '1.35',
  ),
  {
    name: 'no volume source',
    yaml: podYaml(['{name: volume}']),
    errors: [],
    skip: 'A manifest cannot hold a volume without a source: the v1 defaults (SetDefaults_Volume) make it an emptyDir before validation, so the API accepts it.',
  },
  bad(
    'image volume with empty name',
    '{name: "", image: {reference: "quay.io/my/artifact:v1", pullPolicy: IfNotPresent}}',
    ['name: Required value'],
    '1.35',
  ),
  bad(
    'image volume with empty reference on pod',
    '{name: image-volume, image: {reference: "", pullPolicy: IfNotPresent}}',
    ['image.reference: Required value'],
    '1.35',
  ),
  {
    name: 'image volume with empty reference on other object',
    yaml: podYaml(
      ['{name: image-volume, image: {reference: "", pullPolicy: IfNotPresent}}'],
      '',
      'Deployment',
    ),
    errors: [],
    k8s: '1.35',
  },
  bad(
    'image volume with wrong pullPolicy',
    '{name: image-volume, image: {reference: "quay.io/my/artifact:v1", pullPolicy: wrong}}',
    ['image.pullPolicy: Unsupported value'],
    '1.35',
  ),
  // After the table: duplicate names, and emptyDir on huge pages.
  {
    name: 'dupsCase',
    yaml: podYaml(['{name: abc, emptyDir: {}}', '{name: abc, emptyDir: {}}']),
    errors: ['spec.volumes[1].name: Duplicate value'],
  },
  ok('hugePagesCase', '{name: working, emptyDir: {medium: HugePages}}'),
];
