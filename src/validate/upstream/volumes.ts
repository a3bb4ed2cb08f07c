import type { UpstreamCase, UpstreamSuite } from './cases.ts';
import { VOLUME_TABLE_REST } from './volumes-table.ts';
import { bad, ok, SOURCE } from './volumes-yaml.ts';

// TestValidateVolumes (pkg/apis/core/validation/validation_test.go), ported as manifests: each
// upstream volume is the only volume of a bare Pod named `web` (volumes-yaml.ts). This file holds
// the table up to CephFS; volumes-table.ts the rest (downwardAPI to image volumes).

const IQN = '"iqn.2015-02.example.com:test"';
const iscsi = (fields: string) =>
  `{name: iscsi, iscsi: {targetPortal: 127.0.0.1, iqn: ${IQN}, lun: 1, fsType: ext4, readOnly: false${fields}}}`;
const secret = (fields: string) => `{name: secret, secret: {secretName: s${fields}}}`;
const configMap = (fields: string) => `{name: cfgmap, configMap: {name: c${fields}}}`;

const CASES: UpstreamCase[] = [
  // EmptyDir and basic volume names
  ok('valid alpha name', '{name: empty, emptyDir: {}}'),
  ok('valid num name', '{name: "123", emptyDir: {}}'),
  ok('valid alphanum name', '{name: empty-123, emptyDir: {}}'),
  ok('valid numalpha name', '{name: 123-empty, emptyDir: {}}'),
  bad('zero-length name', '{name: "", emptyDir: {}}', ['name: Required value']),
  bad('name > 63 characters', `{name: ${'a'.repeat(64)}, emptyDir: {}}`, ['name: Invalid value']),
  bad('name has dots', '{name: a.b.c, emptyDir: {}}', ['name: Invalid value']),
  bad('name not a DNS label', '{name: "Not a DNS label!", emptyDir: {}}', ['name: Invalid value']),
  bad(
    'more than one source',
    '{name: dups, emptyDir: {}, hostPath: {path: /mnt/path, type: Directory}}',
    ['hostPath: Forbidden'],
  ),
  // HostPath
  ok('default HostPath', '{name: hostpath, hostPath: {path: /mnt/path, type: Directory}}'),
  ok('valid HostPath', '{name: hostpath, hostPath: {path: /mnt/path, type: Socket}}'),
  bad('invalid HostPath', '{name: hostpath, hostPath: {path: /mnt/path, type: invalid}}', [
    'hostPath.type: Unsupported value',
  ]),
  bad(
    'invalid HostPath backsteps',
    '{name: hostpath, hostPath: {path: /mnt/path/.., type: Directory}}',
    ['hostPath.path: Invalid value'],
  ),
  // GcePersistentDisk, AWSElasticBlockStore
  ok(
    'valid GcePersistentDisk',
    '{name: gce-pd, gcePersistentDisk: {pdName: my-PD, fsType: ext4, partition: 1, readOnly: false}}',
  ),
  ok(
    'valid AWSElasticBlockStore',
    '{name: aws-ebs, awsElasticBlockStore: {volumeID: my-PD, fsType: ext4, partition: 1, readOnly: false}}',
  ),
  // GitRepo
  ok(
    'valid GitRepo',
    '{name: git-repo, gitRepo: {repository: my-repo, revision: hashstring, directory: target}}',
  ),
  ok('valid GitRepo in .', '{name: git-repo-dot, gitRepo: {repository: my-repo, directory: .}}'),
  ok(
    'valid GitRepo with .. in name',
    '{name: git-repo-dot-dot-foo, gitRepo: {repository: my-repo, directory: ..foo}}',
  ),
  bad(
    'GitRepo starts with ../',
    '{name: gitrepo, gitRepo: {repository: foo, directory: ../dots/bar}}',
    ['gitRepo.directory: Invalid value'],
  ),
  bad(
    'GitRepo contains ..',
    '{name: gitrepo, gitRepo: {repository: foo, directory: dots/../bar}}',
    ['gitRepo.directory: Invalid value'],
  ),
  bad(
    'GitRepo absolute target',
    '{name: gitrepo, gitRepo: {repository: foo, directory: /abstarget}}',
    ['gitRepo.directory: Invalid value'],
  ),
  // ISCSI
  ok('valid ISCSI', iscsi('')),
  ok('valid IQN: eui format', iscsi('').replace(IQN, 'eui.0123456789ABCDEF')),
  ok('valid IQN: naa format', iscsi('').replace(IQN, 'naa.62004567BA64678D0123456789ABCDEF')),
  bad('empty portal', iscsi('').replace('127.0.0.1', '""'), ['iscsi.targetPortal: Required value']),
  bad('empty iqn', iscsi('').replace(IQN, '""'), ['iscsi.iqn: Required value']),
  bad('invalid IQN: iqn format', iscsi('').replace(IQN, '"iqn.2015-02.example.com:test;ls;"'), [
    'iscsi.iqn: Invalid value',
  ]),
  bad('invalid IQN: eui format', iscsi('').replace(IQN, 'eui.0123456789ABCDEFGHIJ'), [
    'iscsi.iqn: Invalid value',
  ]),
  bad('invalid IQN: naa format', iscsi('').replace(IQN, 'naa.62004567BA_4-78D.123456789ABCDEF'), [
    'iscsi.iqn: Invalid value',
  ]),
  ok('valid initiatorName', iscsi(', initiatorName: "iqn.2015-02.example.com:init"')),
  bad('invalid initiatorName', iscsi(', initiatorName: "2015-02.example.com:init"'), [
    'iscsi.initiatorName: Invalid value',
  ]),
  bad('empty secret', iscsi(', chapAuthDiscovery: true'), ['iscsi.secretRef: Required value']),
  bad('empty secret (session CHAP)', iscsi(', chapAuthSession: true'), [
    'iscsi.secretRef: Required value',
  ]),
  // Secret
  ok('valid Secret', '{name: secret, secret: {secretName: my-secret}}'),
  ok(
    'valid Secret with defaultMode',
    '{name: secret, secret: {secretName: my-secret, defaultMode: 0644}}',
  ),
  ok(
    'valid Secret with projection and mode',
    secret(', items: [{key: key, path: filename, mode: 0644}]'),
  ),
  ok('valid Secret with subdir projection', secret(', items: [{key: key, path: dir/filename}]')),
  bad('secret with missing path', secret(', items: [{key: key, path: ""}]'), [
    'secret.items[0].path: Required value',
  ]),
  bad('secret with leading ..', secret(', items: [{key: key, path: ../foo}]'), [
    'secret.items[0].path: Invalid value',
  ]),
  bad('secret with .. inside', secret(', items: [{key: key, path: foo/../bar}]'), [
    'secret.items[0].path: Invalid value',
  ]),
  bad('secret with invalid positive defaultMode', secret(', defaultMode: 01000'), [
    'secret.defaultMode: Invalid value',
  ]),
  bad('secret with invalid negative defaultMode', secret(', defaultMode: -1'), [
    'secret.defaultMode: Invalid value',
  ]),
  // ConfigMap
  ok('valid ConfigMap', '{name: cfgmap, configMap: {name: my-cfgmap}}'),
  ok(
    'valid ConfigMap with defaultMode',
    '{name: cfgmap, configMap: {name: my-cfgmap, defaultMode: 0644}}',
  ),
  ok(
    'valid ConfigMap with projection and mode',
    configMap(', items: [{key: key, path: filename, mode: 0644}]'),
  ),
  ok(
    'valid ConfigMap with subdir projection',
    configMap(', items: [{key: key, path: dir/filename}]'),
  ),
  bad('configmap with missing path', configMap(', items: [{key: key, path: ""}]'), [
    'configMap.items[0].path: Required value',
  ]),
  bad('configmap with leading ..', configMap(', items: [{key: key, path: ../foo}]'), [
    'configMap.items[0].path: Invalid value',
  ]),
  bad('configmap with .. inside', configMap(', items: [{key: key, path: foo/../bar}]'), [
    'configMap.items[0].path: Invalid value',
  ]),
  bad('configmap with invalid positive defaultMode', configMap(', defaultMode: 01000'), [
    'configMap.defaultMode: Invalid value',
  ]),
  bad('configmap with invalid negative defaultMode', configMap(', defaultMode: -1'), [
    'configMap.defaultMode: Invalid value',
  ]),
  // Glusterfs
  ok(
    'valid Glusterfs',
    '{name: glusterfs, glusterfs: {endpoints: host1, path: path, readOnly: false}}',
  ),
  bad('empty hosts', '{name: glusterfs, glusterfs: {endpoints: "", path: path}}', [
    'glusterfs.endpoints: Required value',
  ]),
  bad('empty path', '{name: glusterfs, glusterfs: {endpoints: host, path: ""}}', [
    'glusterfs.path: Required value',
  ]),
  // Flocker
  ok(
    'valid Flocker -- datasetUUID',
    '{name: flocker, flocker: {datasetUUID: d846b09d-223d-43df-ab5b-d6db2206a0e4}}',
  ),
  ok('valid Flocker -- datasetName', '{name: flocker, flocker: {datasetName: datasetName}}'),
  bad('both empty', '{name: flocker, flocker: {datasetName: ""}}', ['flocker: Required value']),
  bad(
    'both specified',
    '{name: flocker, flocker: {datasetName: datasetName, datasetUUID: d846b09d-223d-43df-ab5b-d6db2206a0e4}}',
    ['flocker: Invalid value'],
  ),
  bad('slash in flocker datasetName', '{name: flocker, flocker: {datasetName: foo/bar}}', [
    'flocker.datasetName: Invalid value',
  ]),
  // RBD, Cinder, CephFS
  ok('valid RBD', '{name: rbd, rbd: {monitors: [foo], image: bar, fsType: ext4}}'),
  bad('empty rbd monitors', '{name: rbd, rbd: {monitors: [], image: bar, fsType: ext4}}', [
    'rbd.monitors: Required value',
  ]),
  bad('empty image', '{name: rbd, rbd: {monitors: [foo], image: "", fsType: ext4}}', [
    'rbd.image: Required value',
  ]),
  ok(
    'valid Cinder',
    '{name: cinder, cinder: {volumeID: 29ea5088-4f60-4757-962e-dba678767887, fsType: ext4, readOnly: false}}',
  ),
  ok('valid CephFS', '{name: cephfs, cephfs: {monitors: [foo]}}'),
  bad('empty cephfs monitors', '{name: cephfs, cephfs: {monitors: []}}', [
    'cephfs.monitors: Required value',
  ]),
  ...VOLUME_TABLE_REST,
];

export const VOLUMES_SUITE: UpstreamSuite = {
  test: 'TestValidateVolumes',
  functions: [
    'ValidateVolumes',
    'validateVolumeSource',
    'validateHostPathVolumeSource',
    'validateGitRepoVolumeSource',
    'validateISCSIVolumeSource',
    'validateSecretVolumeSource',
    'validateConfigMapVolumeSource',
    'validateKeyToPath',
    'validateDownwardAPIVolumeSource',
    'validateProjectionSources',
    'validateImageVolumeSource',
  ],
  source: SOURCE,
  cases: CASES,
};
