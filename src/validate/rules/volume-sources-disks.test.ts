import { describe, expect, it } from 'vitest';
import { formatPath } from '../../yaml/path.ts';
import type { ErrorList } from '../field.ts';
import {
  DISK_SOURCES,
  validateAzureDisk,
  validateCSIDriverName,
  validateCSIVolumeSource,
  validateFCVolumeSource,
  validateFlexVolumeSource,
  validateFlockerVolumeSource,
  validateISCSIVolumeSource,
  validateQuobyteVolumeSource,
  validateStorageOSVolumeSource,
} from './volume-sources-disks.ts';

const text = (errs: ErrorList) => errs.map((e) => `${formatPath(e.path)}: ${e.detail}`);
const check = (source: string, value: Record<string, unknown>) =>
  text(DISK_SOURCES[source]!(value, [source]));

describe('validateISCSIVolumeSource', () => {
  const base = { targetPortal: '127.0.0.1', iqn: 'iqn.2015-02.example.com:test', lun: 1 };
  it('accepts the iqn, eui and naa forms', () => {
    expect(validateISCSIVolumeSource(base, ['iscsi'])).toEqual([]);
    expect(validateISCSIVolumeSource({ ...base, iqn: 'eui.0123456789ABCDEF' }, ['iscsi'])).toEqual(
      [],
    );
    expect(
      validateISCSIVolumeSource({ ...base, iqn: 'naa.62004567BA64678D0123456789ABCDEF' }, [
        'iscsi',
      ]),
    ).toEqual([]);
  });

  it('refuses malformed names, a lun past 255, CHAP without a secret', () => {
    expect(
      text(
        validateISCSIVolumeSource({ ...base, iqn: 'iqn.2015-02.example.com:test;ls;' }, ['iscsi']),
      ),
    ).toEqual([
      'iscsi.iqn: Invalid value: "iqn.2015-02.example.com:test;ls;": must be valid format',
    ]);
    expect(text(validateISCSIVolumeSource({ ...base, iqn: 'x' }, ['iscsi']))).toEqual([
      'iscsi.iqn: Invalid value: "x": must be valid format starting with iqn, eui, or naa',
    ]);
    expect(text(validateISCSIVolumeSource({ ...base, lun: 256 }, ['iscsi']))).toEqual([
      'iscsi.lun: Invalid value: 256: must be between 0 and 255, inclusive',
    ]);
    expect(text(validateISCSIVolumeSource({ ...base, chapAuthSession: true }, ['iscsi']))).toEqual([
      'iscsi.secretRef: Required value',
    ]);
    expect(
      text(
        validateISCSIVolumeSource({ ...base, initiatorName: '2015-02.example.com:init' }, [
          'iscsi',
        ]),
      ),
    ).toEqual([
      'iscsi.initiatorName: Invalid value: "2015-02.example.com:init": must be valid format starting with iqn, eui, or naa',
    ]);
    expect(text(validateISCSIVolumeSource({ iqn: '' }, ['iscsi']))).toEqual([
      'iscsi.targetPortal: Required value',
      'iscsi.iqn: Required value',
    ]);
  });
});

describe('validateFCVolumeSource', () => {
  it('wants targetWWNs (with a lun) or wwids, not both', () => {
    expect(text(validateFCVolumeSource({}, ['fc']))).toEqual([
      'fc.targetWWNs: Required value: must specify either targetWWNs or wwids, but not both',
    ]);
    expect(
      text(validateFCVolumeSource({ targetWWNs: ['w'], wwids: ['i'], lun: 1 }, ['fc'])),
    ).toEqual([
      'fc.targetWWNs: Invalid value: ["w"]: targetWWNs and wwids can not be specified simultaneously',
    ]);
    expect(text(validateFCVolumeSource({ targetWWNs: ['w'] }, ['fc']))).toEqual([
      'fc.lun: Required value: lun is required if targetWWNs is specified',
    ]);
    expect(text(validateFCVolumeSource({ targetWWNs: ['w'], lun: 256 }, ['fc']))).toEqual([
      'fc.lun: Invalid value: 256: must be between 0 and 255, inclusive',
    ]);
    expect(validateFCVolumeSource({ wwids: ['some_wwid'] }, ['fc'])).toEqual([]);
  });
});

describe('validateFlockerVolumeSource and validateQuobyteVolumeSource', () => {
  it('flocker: one of name and UUID, no slash in the name', () => {
    expect(text(validateFlockerVolumeSource({}, ['flocker']))).toEqual([
      'flocker: Required value: one of datasetName and datasetUUID is required',
    ]);
    expect(
      text(validateFlockerVolumeSource({ datasetName: 'a', datasetUUID: 'b' }, ['flocker'])),
    ).toEqual([
      'flocker: Invalid value: "resource": datasetName and datasetUUID can not be specified simultaneously',
    ]);
    expect(text(validateFlockerVolumeSource({ datasetName: 'foo/bar' }, ['flocker']))).toEqual([
      `flocker.datasetName: Invalid value: "foo/bar": must not contain '/'`,
    ]);
    expect(validateFlockerVolumeSource({ datasetName: 'd' }, ['flocker'])).toEqual([]);
  });

  it('quobyte: host:port registries, a volume, a short tenant', () => {
    expect(
      text(validateQuobyteVolumeSource({ registry: 'registry:7861,reg2', volume: 'v' }, ['q'])),
    ).toEqual([
      'q.registry: Invalid value: "registry:7861,reg2": must be a host:port pair or multiple pairs separated by commas',
    ]);
    expect(
      text(
        validateQuobyteVolumeSource({ registry: 'r:1', tenant: 'x'.repeat(65), volume: 'v' }, [
          'q',
        ]),
      ),
    ).toEqual([
      'q.tenant: Required value: must be a UUID and may not exceed a length of 64 characters',
    ]);
    expect(validateQuobyteVolumeSource({ registry: 'registry:7861', volume: 'v' }, ['q'])).toEqual(
      [],
    );
  });
});

describe('validateFlexVolumeSource, validateAzureDisk, validateStorageOSVolumeSource', () => {
  it('flexVolume: a driver, no option in a Kubernetes namespace', () => {
    expect(
      text(validateFlexVolumeSource({ driver: 'x/y', options: { 'foo.k8s.io/bar': 'z' } }, ['f'])),
    ).toEqual([
      'f.options["foo.k8s.io/bar"]: Invalid value: "foo.k8s.io/bar": kubernetes.io and k8s.io namespaces are reserved',
    ]);
    expect(
      validateFlexVolumeSource({ driver: 'kubernetes.io/blue', options: { a: 'b' } }, ['f']),
    ).toEqual([]);
  });

  it('azureDisk: known caching mode and kind; a blob URI unless the disk is managed', () => {
    expect(text(validateAzureDisk({ diskName: 'd', diskURI: '/subscriptions/x' }, ['a']))).toEqual([
      'a.diskURI: Unsupported value: "/subscriptions/x": supported values: "https://{account-name}.blob.core.windows.net/{container-name}/{disk-name}.vhd"',
    ]);
    expect(
      text(
        validateAzureDisk({ diskName: 'd', diskURI: 'https://b/x.vhd', cachingMode: 'All' }, ['a']),
      ),
    ).toEqual([
      'a.cachingMode: Unsupported value: "All": supported values: "None", "ReadOnly", "ReadWrite"',
    ]);
    expect(
      validateAzureDisk({ diskName: 'd', diskURI: '/subscriptions/x', kind: 'Managed' }, ['a']),
    ).toEqual([]);
    expect(
      validateAzureDisk({ diskName: 'foo', diskURI: 'https://blob/vhds/bar.vhd' }, ['a']),
    ).toEqual([]);
  });

  it('storageos: volume name and namespace are DNS labels', () => {
    expect(text(validateStorageOSVolumeSource({ volumeName: 'a.b' }, ['s']))).toEqual([
      's.volumeName: Invalid value: "a.b": must not contain dots',
    ]);
    expect(text(validateStorageOSVolumeSource({ volumeName: 'v', secretRef: {} }, ['s']))).toEqual([
      's.secretRef.name: Required value',
    ]);
    expect(
      validateStorageOSVolumeSource({ volumeName: 'v', volumeNamespace: 'ns' }, ['s']),
    ).toEqual([]);
  });
});

describe('CSI', () => {
  it('validateCSIDriverName: a subdomain of at most 63 characters, any case', () => {
    expect(text(validateCSIDriverName('g'.repeat(65), ['d']))).toEqual([
      'd: Too long: may not be more than 63 bytes',
    ]);
    expect(text(validateCSIDriverName('', ['d']))).toEqual([
      'd: Required value',
      `d: Invalid value: "": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    ]);
    expect(validateCSIDriverName('IO.Kubernetes.storage-csi.flex2', ['d'])).toEqual([]);
  });

  it('validateCSIVolumeSource: the driver and the node publish secret name', () => {
    expect(text(validateCSIVolumeSource({ driver: 'io_x' }, ['csi']))).toHaveLength(1);
    expect(
      text(validateCSIVolumeSource({ driver: 'a.b', nodePublishSecretRef: {} }, ['csi'])),
    ).toEqual(['csi.nodePublishSecretRef.name: Required value']);
    expect(
      validateCSIVolumeSource(
        { driver: 'com.google.gcepd', nodePublishSecretRef: { name: 'foobar' } },
        ['csi'],
      ),
    ).toEqual([]);
  });
});

describe('the simple disk sources', () => {
  it('each requires its identifying fields', () => {
    expect(check('gcePersistentDisk', { partition: 256 })).toEqual([
      'gcePersistentDisk.pdName: Required value',
      'gcePersistentDisk.partition: Invalid value: 256: must be between 1 and 255, inclusive',
    ]);
    expect(check('awsElasticBlockStore', { volumeID: 'v', partition: -1 })).toEqual([
      'awsElasticBlockStore.partition: Invalid value: -1: must be between 1 and 255, inclusive',
    ]);
    expect(check('nfs', { server: 's', path: 'tmp' })).toEqual([
      'nfs.path: Invalid value: "tmp": must be an absolute path',
    ]);
    expect(check('glusterfs', { path: 'p' })).toEqual(['glusterfs.endpoints: Required value']);
    expect(check('rbd', { monitors: [], image: 'i' })).toEqual(['rbd.monitors: Required value']);
    expect(check('cinder', { secretRef: { name: '' } })).toEqual([
      'cinder.volumeID: Required value',
      'cinder.secretRef.name: Required value',
    ]);
    expect(check('cephfs', {})).toEqual(['cephfs.monitors: Required value']);
    expect(check('azureFile', { secretName: 'k' })).toEqual([
      'azureFile.shareName: Required value',
    ]);
    expect(check('vsphereVolume', {})).toEqual(['vsphereVolume.volumePath: Required value']);
    expect(check('photonPersistentDisk', {})).toEqual([
      'photonPersistentDisk.pdID: Required value',
    ]);
    expect(check('portworxVolume', {})).toEqual(['portworxVolume.volumeID: Required value']);
    expect(check('scaleIO', { gateway: 'g', system: 's' })).toEqual([
      'scaleIO.volumeName: Required value',
    ]);
  });

  it('accept them when complete', () => {
    expect(check('gcePersistentDisk', { pdName: 'my-PD', partition: 1 })).toEqual([]);
    expect(check('nfs', { server: 's', path: '/tmp' })).toEqual([]);
    expect(check('rbd', { monitors: ['foo'], image: 'bar' })).toEqual([]);
    expect(check('cephfs', { monitors: ['foo'] })).toEqual([]);
    expect(check('scaleIO', { gateway: 'g', system: 's', volumeName: 'v' })).toEqual([]);
  });
});
