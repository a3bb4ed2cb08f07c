import type { K8sVersion } from '../versions.ts';
import type { UpstreamCase, UpstreamSuite } from './cases.ts';

// PersistentVolumeClaims: Kubernetes' validation tests, ported as manifests. Read from
// pkg/apis/core/validation/validation_test.go of kubernetes/kubernetes at
// 000f26050b9be6fb3d79fae95e06b47fc96128cd (a tree just before 1.34): testValidatePVC (as
// TestValidatePersistentVolumeClaim runs it), TestAlphaVolumeSnapshotDataSource,
// TestAlphaVolumePVCDataSource, TestAnyDataSource, TestCrossNamespaceSource and
// TestVolumeAttributesClass. Upstream calls ValidatePersistentVolumeClaimSpec directly; a manifest
// first goes through the PVC create strategy (DropDisabledFields, EnforceDataSourceBackwards-
// Compatibility, NormalizeDataSources of 1.34.1), so a data source the API drops before validating
// cannot fail: those cases are listed with the reason. Upstream checks "fails or not"; the
// `errors` here are the path and type the API reports.

const SOURCE =
  'pkg/apis/core/validation/validation_test.go @ kubernetes 000f26050b9be6fb3d79fae95e06b47fc96128cd';

const ok = (name: string, yaml: string, k8s?: K8sVersion): UpstreamCase => ({
  name,
  yaml,
  errors: [],
  ...(k8s ? { k8s } : {}),
});
const bad = (name: string, yaml: string, ...errors: string[]): UpstreamCase => ({
  name,
  yaml,
  errors,
});
const skip = (name: string, yaml: string, reason: string, ...errors: string[]): UpstreamCase => ({
  name,
  yaml,
  errors,
  skip: reason,
});

const DROPPED_SOURCE =
  'the PVC create strategy drops a lone dataSource that is neither a PersistentVolumeClaim nor a snapshot.storage.k8s.io VolumeSnapshot before validating (EnforceDataSourceBackwardsCompatibility), so it cannot fail';
const CROSS_NAMESPACE_OFF =
  'upstream turns CrossNamespaceVolumeDataSource on; it is off by default, and the API drops a dataSourceRef that names a namespace before validating';

/** A claim from metadata lines and spec lines (each two spaces in). */
function claim(spec: string, meta = '  name: foo\n  namespace: ns\n'): string {
  return `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n${meta}spec:\n${spec}`;
}

const GOOD_SPEC = `  selector:
    matchExpressions:
      - key: key2
        operator: Exists
  accessModes: [ReadWriteOnce, ReadOnlyMany]
  resources:
    requests:
      storage: 10G
  storageClassName: valid
  volumeMode: Filesystem
`;
const good = (meta: string) => claim(GOOD_SPEC, `  name: foo\n  namespace: ns\n${meta}`);
const storage = (s: string) => `  resources:\n    requests:\n      storage: ${s}\n`;
const modes = (...m: string[]) => `  accessModes: [${m.join(', ')}]\n`;

const pvcCases: UpstreamCase[] = [
  ok('good-claim', claim(GOOD_SPEC)),
  bad('missing-name', claim(GOOD_SPEC, '  namespace: ns\n'), 'metadata.name: Required value'),
  skip(
    'missing-namespace',
    claim(GOOD_SPEC, '  name: foo\n'),
    'kubectl sends every namespaced object to a namespace, so a missing one is filled in',
    'metadata.namespace: Required value',
  ),
  ok('with-generate-name', good('  generateName: pvc-\n')),
  ok('with-uid', good('  uid: ac051fac-2ead-46d9-b8b4-4e0fbeb7455d\n')),
  ok('with-resource-version', good('  resourceVersion: "1"\n')),
  ok('with-generation', good('  generation: 100\n')),
  ok('with-creation-timestamp', good('  creationTimestamp: "2024-01-02T03:04:05Z"\n')),
  ok('with-deletion-grace-period-seconds', good('  deletionGracePeriodSeconds: 10\n')),
  ok(
    'with-owner-references',
    good(
      '  ownerReferences:\n    - apiVersion: v1\n      kind: pod\n      name: foo\n      uid: ac051fac-2ead-46d9-b8b4-4e0fbeb7455d\n',
    ),
  ),
  ok('with-finalizers', good('  finalizers: [example.com/foo]\n')),
  ok(
    'with-managed-fields',
    good(
      '  managedFields:\n    - fieldsType: FieldsV1\n      operation: Apply\n      apiVersion: apps/v1\n      manager: foo\n',
    ),
  ),
  ok('with-good-labels', good('  labels:\n    apps.kubernetes.io/name: test\n')),
  bad(
    'with-bad-labels',
    good('  labels:\n    hello-world: hyphen not allowed\n'),
    'metadata.labels: Invalid value',
  ),
  ok('with-good-annotations', good('  labels:\n    foo: bar\n')),
  bad(
    'with-bad-annotations',
    good('  labels:\n    hello-world: hyphen not allowed\n'),
    'metadata.labels: Invalid value',
  ),
  ok('with-read-write-once-pod', claim(`${modes('ReadWriteOncePod')}${storage('10G')}`)),
  bad(
    'with-read-write-once-pod-and-others',
    claim(`${modes('ReadWriteOncePod', 'ReadWriteMany')}${storage('10G')}`),
    'spec.accessModes: Forbidden',
  ),
  bad(
    'invalid-claim-zero-capacity',
    claim(`${modes('ReadWriteOnce', 'ReadOnlyMany')}${storage('0G')}  storageClassName: valid\n`),
    'spec.resources.requests.storage: Invalid value',
  ),
  bad(
    'invalid-label-selector',
    claim(
      `  selector:\n    matchExpressions:\n      - key: key2\n        operator: InvalidOp\n        values: [value1, value2]\n${modes('ReadWriteOnce', 'ReadOnlyMany')}${storage('10G')}`,
    ),
    'spec.selector.matchExpressions[0].operator: Invalid value',
  ),
  bad(
    'invalid-accessmode',
    claim(`${modes('fakemode')}${storage('10G')}`),
    'spec.accessModes[0]: Unsupported value',
  ),
  bad('no-access-modes', claim(storage('10G')), 'spec.accessModes: Required value'),
  bad(
    'no-resource-requests',
    claim(modes('ReadWriteOnce')),
    'spec.resources.requests.storage: Required value',
  ),
  bad(
    'invalid-resource-requests',
    claim(`${modes('ReadWriteOnce')}  resources:\n    requests:\n      memory: 10G\n`),
    'spec.resources.requests.storage: Required value',
  ),
  bad(
    'negative-storage-request',
    claim(`${modes('ReadWriteOnce')}${storage('-10G')}`),
    'spec.resources.requests.storage: Invalid value',
  ),
  bad(
    'zero-storage-request',
    claim(`${modes('ReadWriteOnce')}${storage('0G')}`),
    'spec.resources.requests.storage: Invalid value',
  ),
  bad(
    'invalid-storage-class-name',
    claim(`${modes('ReadWriteOnce')}${storage('10G')}  storageClassName: -invalid-\n`),
    'spec.storageClassName: Invalid value',
  ),
  bad(
    'invalid-volume-mode',
    claim(`${modes('ReadWriteOnce')}${storage('10G')}  volumeMode: fakeVolumeMode\n`),
    'spec.volumeMode: Unsupported value',
  ),
  bad(
    'mismatch-data-source-and-ref',
    claim(
      `${modes('ReadWriteOnce')}${storage('10G')}  dataSource:\n    kind: PersistentVolumeClaim\n    name: pvc1\n  dataSourceRef:\n    kind: PersistentVolumeClaim\n    name: pvc2\n`,
    ),
    'spec: Invalid value',
  ),
  skip(
    'invaild-apigroup-in-data-source',
    claim(
      `${modes('ReadWriteOnce')}${storage('10G')}  dataSource:\n    apiGroup: ^invalid\n    kind: Foo\n    name: foo1\n`,
    ),
    DROPPED_SOURCE,
    'spec.dataSource.apiGroup: Invalid value',
  ),
  bad(
    'invaild-apigroup-in-data-source-ref',
    claim(
      `${modes('ReadWriteOnce')}${storage('10G')}  dataSourceRef:\n    apiGroup: ^invalid\n    kind: Foo\n    name: foo1\n`,
    ),
    'spec.dataSourceRef.apiGroup: Invalid value',
  ),
  {
    ...bad(
      'invalid-volume-attributes-class-name',
      claim(`${modes('ReadWriteOnce')}${storage('10G')}  volumeAttributesClassName: -invalid-\n`),
      'spec.volumeAttributesClassName: Invalid value',
    ),
    k8s: '1.34',
  },
];

/** `testDataSourceInSpec`: a claim with one data source (`field`), apiGroup written as given. */
function withSource(name: string, kind: string, apiGroup: string, field = 'dataSource'): string {
  return claim(
    `${modes('ReadOnlyMany')}${storage('10G')}  storageClassName: csi-plugin\n  ${field}:\n    apiGroup: ${JSON.stringify(apiGroup)}\n    kind: ${JSON.stringify(kind)}\n    name: ${JSON.stringify(name)}\n`,
  );
}

const SNAP = 'snapshot.storage.k8s.io';

/** testAnyDataSource's table, for the data source in `field`. */
function dataSourceCases(field: string, prefix = ''): UpstreamCase[] {
  const lone = field === 'dataSource';
  const n = (s: string) => `${prefix}${s}`;
  const failing = (name: string, yaml: string, error: string) =>
    lone &&
    !yaml.includes(`kind: "VolumeSnapshot"`) &&
    !yaml.includes('kind: "PersistentVolumeClaim"')
      ? skip(name, yaml, DROPPED_SOURCE, error)
      : bad(name, yaml, error);
  return [
    ok(
      n('test create from valid snapshot source'),
      withSource('test_snapshot', 'VolumeSnapshot', SNAP, field),
    ),
    ok(
      n('test create from valid pvc source'),
      withSource('test_pvc', 'PersistentVolumeClaim', '', field),
    ),
    bad(
      n('test missing name in snapshot datasource should fail'),
      withSource('', 'VolumeSnapshot', SNAP, field),
      `spec.${field}.name: Required value`,
    ),
    failing(
      n('test missing kind in snapshot datasource should fail'),
      withSource('test_snapshot', '', SNAP, field),
      `spec.${field}.kind: Required value`,
    ),
    ok(
      n('test create from valid generic custom resource source'),
      withSource('test_generic', 'Generic', 'generic.storage.k8s.io', field),
    ),
    failing(
      n('test invalid datasource should fail'),
      withSource('test_pod', 'Pod', '', field),
      `spec.${field}: Invalid value`,
    ),
  ];
}

/** pvcSpecWithCrossNamespaceSource: a dataSourceRef with a namespace (omitted when `undefined`). */
function crossNamespace(
  apiGroup: string | undefined,
  kind: string,
  namespace: string | undefined,
  withDataSource = false,
): string {
  const group = apiGroup === undefined ? '' : `    apiGroup: ${JSON.stringify(apiGroup)}\n`;
  const ns = namespace === undefined ? '' : `    namespace: ${JSON.stringify(namespace)}\n`;
  const source = withDataSource
    ? `  dataSource:\n${group}    kind: ${kind}\n    name: snapshot1\n`
    : '';
  return claim(
    `${modes('ReadOnlyMany')}${storage('10G')}  storageClassName: csi-plugin\n  dataSourceRef:\n${group}    kind: ${kind}\n${ns}    name: snapshot1\n${source}`,
  );
}

const vac = (name?: string) =>
  claim(
    `${modes('ReadOnlyMany')}${storage('10G')}  storageClassName: csi-plugin\n${name === undefined ? '' : `  volumeAttributesClassName: ${JSON.stringify(name)}\n`}`,
  );

/** PersistentVolumeClaim suites, as upstream organises them. */
export const PVC_SUITES: readonly UpstreamSuite[] = [
  {
    test: 'TestValidatePersistentVolumeClaim',
    functions: ['ValidatePersistentVolumeClaim', 'ValidatePersistentVolumeClaimSpec'],
    source: SOURCE,
    cases: pvcCases,
  },
  {
    test: 'TestAlphaVolumeSnapshotDataSource',
    functions: ['ValidatePersistentVolumeClaimSpec', 'validateDataSource'],
    source: SOURCE,
    cases: [
      ok('valid snapshot source', withSource('test_snapshot', 'VolumeSnapshot', SNAP)),
      bad(
        'missing name',
        withSource('', 'VolumeSnapshot', SNAP),
        'spec.dataSource.name: Required value',
      ),
      skip(
        'missing kind',
        withSource('test_snapshot', '', SNAP),
        DROPPED_SOURCE,
        'spec.dataSource.kind: Required value',
      ),
    ],
  },
  {
    test: 'TestAlphaVolumePVCDataSource',
    functions: ['ValidatePersistentVolumeClaimSpec', 'validateDataSource'],
    source: SOURCE,
    cases: dataSourceCases('dataSource'),
  },
  {
    test: 'TestAnyDataSource',
    functions: ['ValidatePersistentVolumeClaimSpec', 'validateDataSourceRef'],
    source: SOURCE,
    cases: dataSourceCases('dataSourceRef', 'dataSourceRef only: '),
  },
  {
    test: 'TestCrossNamespaceSource',
    functions: ['ValidatePersistentVolumeClaimSpec', 'validateDataSourceRef'],
    source: SOURCE,
    cases: [
      ok(
        'Feature gate enabled and valid xns DataSourceRef specified',
        crossNamespace(SNAP, 'VolumeSnapshot', 'ns1'),
      ),
      ok(
        'Feature gate enabled and xns DataSourceRef with PVC source specified',
        crossNamespace('', 'PersistentVolumeClaim', 'ns1'),
      ),
      ok(
        'Feature gate enabled and xns DataSourceRef with unsupported source specified',
        crossNamespace('unsupported.example.com', 'UnsupportedKind', 'ns1'),
      ),
      skip(
        'Feature gate enabled and xns DataSourceRef with nil apiGroup',
        crossNamespace(undefined, 'UnsupportedKind', 'ns1'),
        CROSS_NAMESPACE_OFF,
        'spec.dataSourceRef: Invalid value',
      ),
      skip(
        'Feature gate enabled and xns DataSourceRef with invalid namespace specified',
        crossNamespace(SNAP, 'VolumeSnapshot', 'a*b'),
        CROSS_NAMESPACE_OFF,
        'spec.dataSourceRef.namespace: Invalid value',
      ),
      ok(
        'Feature gate enabled and xns DataSourceRef with nil namespace specified',
        crossNamespace(SNAP, 'VolumeSnapshot', undefined),
      ),
      ok(
        'Feature gate enabled and xns DataSourceRef with empty namespace specified',
        crossNamespace(SNAP, 'VolumeSnapshot', ''),
      ),
      skip(
        'Feature gate enabled and both xns DataSourceRef and DataSource specified',
        crossNamespace(SNAP, 'VolumeSnapshot', 'ns1', true),
        CROSS_NAMESPACE_OFF,
        'spec: Invalid value',
      ),
    ],
  },
  {
    test: 'TestVolumeAttributesClass',
    functions: ['ValidatePersistentVolumeClaimSpec'],
    source: SOURCE,
    cases: [
      ok('Feature gate enabled and valid no volumeAttributesClassName specified', vac(), '1.34'),
      ok('Feature gate enabled and an empty volumeAttributesClassName specified', vac(''), '1.34'),
      ok('Feature gate enabled and valid volumeAttributesClassName specified', vac('foo'), '1.34'),
      {
        ...bad(
          'Feature gate enabled and invalid volumeAttributesClassName specified',
          vac('-invalid-'),
          'spec.volumeAttributesClassName: Invalid value',
        ),
        k8s: '1.34',
      },
    ],
  },
];
