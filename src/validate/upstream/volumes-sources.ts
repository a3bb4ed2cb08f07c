import type { UpstreamCase, UpstreamSuite } from './cases.ts';
import { podYaml, SOURCE } from './volumes-yaml.ts';

// The upstream tests of single volume sources (TestValidateKeyToPath, TestValidateNFSVolumeSource,
// TestValidateGlusterfs, TestValidateCSIVolumeSource) and of the ephemeral volume's claim template
// (TestValidateEphemeralVolume, testValidatePVC with ephemeral=true), each source written as the
// only volume of a bare Pod named `web`.

const V = 'spec.volumes[0]';
const volumeCase = (name: string, volume: string, errors: string[] = []): UpstreamCase => ({
  name,
  yaml: podYaml([volume]),
  errors: errors.map((e) => `${V}.${e}`),
});

/** TestValidateKeyToPath: one item of a configMap volume. */
const keyToPath = (name: string, item: string, errors: string[] = []) =>
  volumeCase(
    name,
    `{name: cfg, configMap: {name: c, items: [${item}]}}`,
    errors.map((e) => `configMap.items[0].${e}`),
  );

const KEY_TO_PATH: UpstreamSuite = {
  test: 'TestValidateKeyToPath',
  functions: ['validateKeyToPath', 'ValidateLocalNonReservedPath'],
  source: SOURCE,
  cases: [
    keyToPath('k/p', '{key: k, path: p}'),
    keyToPath('k/p/p/p/p', '{key: k, path: p/p/p/p}'),
    keyToPath('k/p/..p/p../p..p', '{key: k, path: p/..p/p../p..p}'),
    keyToPath('k/p mode 0644', '{key: k, path: p, mode: 0644}'),
    keyToPath('empty key', '{key: "", path: p}', ['key: Required value']),
    keyToPath('empty path', '{key: k, path: ""}', ['path: Required value']),
    keyToPath('..p', '{key: k, path: ..p}', ['path: Invalid value']),
    keyToPath('../p', '{key: k, path: ../p}', ['path: Invalid value']),
    keyToPath('p/../p', '{key: k, path: p/../p}', ['path: Invalid value']),
    keyToPath('p/..', '{key: k, path: p/..}', ['path: Invalid value']),
    keyToPath('mode 01000', '{key: k, path: p, mode: 01000}', ['mode: Invalid value']),
    keyToPath('mode -1', '{key: k, path: p, mode: -1}', ['mode: Invalid value']),
  ],
};

const NFS: UpstreamSuite = {
  test: 'TestValidateNFSVolumeSource',
  functions: ['validateNFSVolumeSource'],
  source: SOURCE,
  cases: [
    volumeCase('missing server', '{name: nfs, nfs: {server: "", path: /tmp}}', [
      'nfs.server: Required value',
    ]),
    volumeCase('missing path', '{name: nfs, nfs: {server: my-server, path: ""}}', [
      'nfs.path: Required value',
    ]),
    volumeCase('abs path', '{name: nfs, nfs: {server: my-server, path: tmp}}', [
      'nfs.path: Invalid value',
    ]),
  ],
};

const GLUSTERFS: UpstreamSuite = {
  test: 'TestValidateGlusterfs',
  functions: ['validateGlusterfsVolumeSource'],
  source: SOURCE,
  cases: [
    volumeCase('missing endpointname', '{name: g, glusterfs: {endpoints: "", path: /tmp}}', [
      'glusterfs.endpoints: Required value',
    ]),
    volumeCase('missing path', '{name: g, glusterfs: {endpoints: my-endpoint, path: ""}}', [
      'glusterfs.path: Required value',
    ]),
    volumeCase('missing endpointname and path', '{name: g, glusterfs: {endpoints: "", path: ""}}', [
      'glusterfs.endpoints: Required value',
      'glusterfs.path: Required value',
    ]),
  ],
};

const csi = (name: string, fields: string, errors: string[] = []) =>
  volumeCase(
    name,
    `{name: csi, csi: {${fields}}}`,
    errors.map((e) => `csi.${e}`),
  );

const CSI: UpstreamSuite = {
  test: 'TestValidateCSIVolumeSource',
  functions: ['validateCSIVolumeSource', 'ValidateCSIDriverName'],
  source: SOURCE,
  cases: [
    csi('all required fields ok', 'driver: test-driver'),
    csi('missing driver name', 'driver: ""', ['driver: Required value']),
    csi('driver name: ok no punctuations', 'driver: comgooglestoragecsigcepd'),
    csi('driver name: ok dot only', 'driver: io.kubernetes.storage.csi.flex'),
    csi('driver name: ok dash only', 'driver: io-kubernetes-storage-csi-flex'),
    csi('driver name: invalid underscore', 'driver: io_kubernetes_storage_csi_flex', [
      'driver: Invalid value',
    ]),
    csi('driver name: invalid dot underscores', 'driver: io.kubernetes.storage_csi.flex', [
      'driver: Invalid value',
    ]),
    csi('driver name: ok beginning with number', 'driver: 2io.kubernetes.storage-csi.flex'),
    csi('driver name: ok ending with number', 'driver: io.kubernetes.storage-csi.flex2'),
    csi('driver name: invalid dot dash underscores', 'driver: io.kubernetes-storage.csi_flex', [
      'driver: Invalid value',
    ]),
    csi('driver name: ok length 1', 'driver: a'),
    csi('driver name: invalid length > 63', `driver: ${'g'.repeat(65)}`, ['driver: Too long']),
    csi('driver name: invalid start char', 'driver: _comgooglestoragecsigcepd', [
      'driver: Invalid value',
    ]),
    csi('driver name: invalid end char', 'driver: comgooglestoragecsigcepd/', [
      'driver: Invalid value',
    ]),
    csi('driver name: invalid separators', 'driver: com/google/storage/csi~gcepd', [
      'driver: Invalid value',
    ]),
    csi(
      'valid nodePublishSecretRef',
      'driver: com.google.gcepd, nodePublishSecretRef: {name: foobar}',
    ),
    csi(
      'nodePublishSecretRef: invalid name missing',
      'driver: com.google.gcepd, nodePublishSecretRef: {name: ""}',
      ['nodePublishSecretRef.name: Required value'],
    ),
  ],
};

/** testValidatePVC's good claim spec, as the ephemeral volume's template spec. */
const GOOD_SPEC = `selector: {matchExpressions: [{key: key2, operator: Exists}]}, accessModes: [ReadWriteOnce, ReadOnlyMany], resources: {requests: {storage: 10G}}, storageClassName: valid, volumeMode: Filesystem`;
const T = 'ephemeral.volumeClaimTemplate';
const ephemeral = (name: string, metadata: string, errors: string[] = [], spec = GOOD_SPEC) =>
  volumeCase(
    name,
    `{name: foo, ephemeral: {volumeClaimTemplate: {${metadata ? `metadata: {${metadata}}, ` : ''}spec: {${spec}}}}}`,
    errors.map((e) => `${T}.${e}`),
  );
const SIZE = 'resources: {requests: {storage: 10G}}';

const EPHEMERAL: UpstreamSuite = {
  test: 'TestValidateEphemeralVolume',
  functions: [
    'validateEphemeralVolumeSource',
    'ValidatePersistentVolumeClaimTemplate',
    'ValidateTemplateObjectMeta',
  ],
  source: SOURCE,
  cases: [
    ephemeral('good-claim', ''),
    ephemeral('missing-name', ''),
    ephemeral('missing-namespace', ''),
    ephemeral('with-generate-name', 'generateName: pvc-', ['metadata.generateName: Forbidden']),
    ephemeral('with-uid', 'uid: ac051fac-2ead-46d9-b8b4-4e0fbeb7455d', ['metadata.uid: Forbidden']),
    ephemeral('with-resource-version', 'resourceVersion: "1"', [
      'metadata.resourceVersion: Forbidden',
    ]),
    ephemeral('with-generation', 'generation: 100', ['metadata.generation: Forbidden']),
    ephemeral('with-creation-timestamp', 'creationTimestamp: "2024-01-02T03:04:05Z"', [
      'metadata.creationTimestamp: Forbidden',
    ]),
    ephemeral('with-deletion-grace-period-seconds', 'deletionGracePeriodSeconds: 10', [
      'metadata.deletionGracePeriodSeconds: Forbidden',
    ]),
    ephemeral(
      'with-owner-references',
      'ownerReferences: [{apiVersion: v1, kind: pod, name: foo, uid: ac051fac-2ead-46d9-b8b4-4e0fbeb7455d}]',
      ['metadata.ownerReferences: Forbidden'],
    ),
    ephemeral('with-finalizers', 'finalizers: [example.com/foo]', [
      'metadata.finalizers: Forbidden',
    ]),
    ephemeral(
      'with-managed-fields',
      'managedFields: [{fieldsType: FieldsV1, operation: Apply, apiVersion: apps/v1, manager: foo}]',
      ['metadata.managedFields: Forbidden'],
    ),
    ephemeral('with-good-labels', 'labels: {apps.kubernetes.io/name: test}'),
    ephemeral('with-bad-labels', 'labels: {hello-world: hyphen not allowed}', [
      'metadata.labels: Invalid value',
    ]),
    ephemeral('with-good-annotations', 'labels: {foo: bar}'),
    ephemeral('with-bad-annotations', 'labels: {hello-world: hyphen not allowed}', [
      'metadata.labels: Invalid value',
    ]),
    ephemeral('with-read-write-once-pod', '', [], `accessModes: [ReadWriteOncePod], ${SIZE}`),
    ephemeral(
      'with-read-write-once-pod-and-others',
      '',
      ['spec.accessModes: Forbidden'],
      `accessModes: [ReadWriteOncePod, ReadWriteMany], ${SIZE}`,
    ),
    ephemeral(
      'invalid-claim-zero-capacity',
      '',
      ['spec.resources.requests.storage: Invalid value'],
      `accessModes: [ReadWriteOnce], resources: {requests: {storage: 0G}}`,
    ),
    ephemeral(
      'invalid-label-selector',
      '',
      ['spec.selector.matchExpressions[0].operator: Invalid value'],
      `selector: {matchExpressions: [{key: key2, operator: InvalidOp, values: [value1, value2]}]}, accessModes: [ReadWriteOnce], ${SIZE}`,
    ),
    ephemeral(
      'invalid-accessmode',
      '',
      ['spec.accessModes[0]: Unsupported value'],
      `accessModes: [fakemode], ${SIZE}`,
    ),
    ephemeral(
      'zero-storage-request',
      '',
      ['spec.resources.requests.storage: Invalid value'],
      `accessModes: [ReadWriteOnce, ReadOnlyMany], resources: {requests: {storage: 0G}}`,
    ),
    ephemeral(
      'invalid-volume-mode',
      '',
      ['spec.volumeMode: Unsupported value'],
      `accessModes: [ReadWriteOnce], ${SIZE}, volumeMode: fakeVolumeMode`,
    ),
    ephemeral(
      'invaild-apigroup-in-data-source-ref',
      '',
      ['spec.dataSourceRef.apiGroup: Invalid value'],
      `accessModes: [ReadWriteOnce], ${SIZE}, dataSourceRef: {apiGroup: ^invalid, kind: Foo, name: foo1}`,
    ),
    ephemeral('no-access-modes', '', ['spec.accessModes: Required value'], SIZE),
    ephemeral(
      'no-resource-requests',
      '',
      ['spec.resources.requests.storage: Required value'],
      'accessModes: [ReadWriteOnce]',
    ),
    ephemeral(
      'negative-storage-request',
      '',
      ['spec.resources.requests.storage: Invalid value'],
      `accessModes: [ReadWriteOnce], resources: {requests: {storage: -10G}}`,
    ),
    ephemeral(
      'invalid-storage-class-name',
      '',
      ['spec.storageClassName: Invalid value'],
      `accessModes: [ReadWriteOnce], ${SIZE}, storageClassName: -invalid-`,
    ),
    ephemeral(
      'mismatch-data-source-and-ref',
      '',
      ['spec: Invalid value'],
      `accessModes: [ReadWriteOnce], ${SIZE}, dataSource: {kind: PersistentVolumeClaim, name: pvc1}, dataSourceRef: {kind: PersistentVolumeClaim, name: pvc2}`,
    ),
  ],
};

export const VOLUME_SOURCE_SUITES: readonly UpstreamSuite[] = [
  KEY_TO_PATH,
  NFS,
  GLUSTERFS,
  CSI,
  EPHEMERAL,
];
