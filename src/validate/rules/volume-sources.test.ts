import { describe, expect, it } from 'vitest';
import { formatPath } from '../../yaml/path.ts';
import type { ErrorList } from '../field.ts';
import { findings, lint, pod } from './testing.ts';
import type { VolumeOptions } from './volume-sources-files.ts';
import {
  validateEmptyDirVolumeSource,
  validateEphemeralVolumeSource,
  validateGitRepoVolumeSource,
  validateHostPathVolumeSource,
  validateImageVolumeSource,
  validateTemplateObjectMeta,
  validateVolumeSource,
  validateVolumes,
} from './volume-sources.ts';

const opts: VolumeOptions = { resourceIsPod: true, k8s: '1.34' };
const text = (errs: ErrorList) => errs.map((e) => `${formatPath(e.path)}: ${e.detail}`);
const IDS = [
  'volume-source-invalid',
  'volume-items-invalid',
  'volume-projection-invalid',
  'volume-source-required-fields',
];
/** A Pod named `web` with one container and the given `volumes:` entries (4-space indent). */
const withVolumes = (volumes: string, name = 'web') =>
  pod(`  containers:
    - name: app
      image: nginx:1.27.3
  volumes:
${volumes}`).replace('name: p', `name: ${name}`);

describe('the sources checked here', () => {
  it('validateHostPathVolumeSource: no backsteps, a known type; nothing more when the path is empty', () => {
    expect(text(validateHostPathVolumeSource({ path: '/mnt/..', type: 'invalid' }, ['h']))).toEqual(
      [
        `h.path: Invalid value: "/mnt/..": must not contain '..'`,
        'h.type: Unsupported value: "invalid": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"',
      ],
    );
    expect(text(validateHostPathVolumeSource({ path: '', type: 'invalid' }, ['h']))).toEqual([
      'h.path: Required value',
    ]);
    expect(validateHostPathVolumeSource({ path: '/mnt/path', type: 'Socket' }, ['h'])).toEqual([]);
  });

  it('validateEmptyDirVolumeSource: a sizeLimit may not be negative', () => {
    expect(text(validateEmptyDirVolumeSource({ sizeLimit: '-1Gi' }, ['e']))).toEqual([
      'e.sizeLimit: Forbidden: SizeLimit field must be a valid resource quantity',
    ]);
    expect(validateEmptyDirVolumeSource({ sizeLimit: '-0' }, ['e'])).toEqual([]);
    expect(validateEmptyDirVolumeSource({ medium: 'Memory', sizeLimit: '64Mi' }, ['e'])).toEqual(
      [],
    );
  });

  it('validateGitRepoVolumeSource: a repository, a descending directory', () => {
    expect(text(validateGitRepoVolumeSource({ directory: '/abs' }, ['g']))).toEqual([
      'g.repository: Required value',
      'g.directory: Invalid value: "/abs": must be a relative path',
    ]);
    expect(validateGitRepoVolumeSource({ repository: 'r', directory: '..foo' }, ['g'])).toEqual([]);
  });

  it('validateImageVolumeSource: a reference on a bare Pod, a known pullPolicy', () => {
    expect(text(validateImageVolumeSource({ pullPolicy: 'wrong' }, ['i'], opts))).toEqual([
      'i.reference: Required value',
      'i.pullPolicy: Unsupported value: "wrong": supported values: "Always", "IfNotPresent", "Never"',
    ]);
    expect(validateImageVolumeSource({}, ['i'], { ...opts, resourceIsPod: false })).toEqual([]);
  });

  it('validateTemplateObjectMeta: labels and annotations only', () => {
    expect(text(validateTemplateObjectMeta({ annotations: { 'a/b/c': 'x' } }, ['m']))).toHaveLength(
      1,
    );
    expect(text(validateTemplateObjectMeta({ name: 'x', finalizers: ['f'] }, ['m']))).toEqual([
      'm.name: Forbidden: cannot be set',
      'm.finalizers: Forbidden: cannot be set',
    ]);
    expect(
      validateTemplateObjectMeta({ labels: { a: 'b' }, creationTimestamp: null, finalizers: [] }, [
        'm',
      ]),
    ).toEqual([]);
  });

  it('validateEphemeralVolumeSource: a claim template, with a claim spec', () => {
    expect(text(validateEphemeralVolumeSource({}, ['e'], opts))).toEqual([
      'e.volumeClaimTemplate: Required value',
    ]);
    expect(
      text(validateEphemeralVolumeSource({ volumeClaimTemplate: { spec: {} } }, ['e'], opts)),
    ).toEqual([
      'e.volumeClaimTemplate.spec.accessModes: Required value: at least 1 access mode is required',
      'e.volumeClaimTemplate.spec.resources.requests.storage: Required value',
    ]);
    const spec = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } };
    expect(validateEphemeralVolumeSource({ volumeClaimTemplate: { spec } }, ['e'], opts)).toEqual(
      [],
    );
  });
});

describe('validateVolumeSource and validateVolumes', () => {
  it('checks the first source only, as upstream (the others are volume-multiple-sources)', () => {
    const v = { name: 'x', emptyDir: {}, hostPath: { path: '/a/..' } };
    expect(validateVolumeSource(v, ['v'], '', opts)).toEqual([]);
  });

  it('keeps <volume name>:<targetPortal> short when an initiator name is set', () => {
    const iscsi = {
      targetPortal: '1'.repeat(60),
      iqn: 'iqn.2015-02.example.com:test',
      initiatorName: 'iqn.2015-02.example.com:init',
    };
    expect(text(validateVolumeSource({ name: 'iscsi', iscsi }, ['v'], '', opts))).toEqual([
      'v.name: Invalid value: "iscsi": Total length of <volume name>:<iscsi.targetPortal> must be under 64 characters if iscsi.initiatorName is specified.',
    ]);
  });

  it('names the PVC of an ephemeral volume after the bare Pod, and refuses a claim of it', () => {
    const spec = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } };
    const volumes = [
      { name: 'Scratch', ephemeral: { volumeClaimTemplate: { spec } } },
      { name: 'data', persistentVolumeClaim: { claimName: 'web-Scratch' } },
    ];
    expect(text(validateVolumes(volumes, ['volumes'], 'web', opts))).toEqual([
      `volumes[0].name: Invalid value: "Scratch": PVC name "web-Scratch": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
      'volumes[1].persistentVolumeClaim.claimName: Invalid value: "web-Scratch": must not reference a PVC that gets created for an ephemeral volume',
    ]);
    expect(validateVolumes(volumes, ['volumes'], '', opts)).toEqual([]);
  });
});

describe('volume rules through the validator', () => {
  it('reads a file mode written 0644 as kubectl does (octal)', () => {
    const text = withVolumes(`    - name: config
      configMap:
        name: app
        defaultMode: 0644
        items:
          - key: a
            path: a
            mode: 0400
          - key: b
            path: b
            mode: 01000
`);
    expect(lint(text, IDS)).toEqual([
      'error volume-items-invalid spec.volumes[0].configMap.items[1].mode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive',
    ]);
  });

  it('leaves required names to volume-source-required-fields, and items to volume-items-invalid', () => {
    const text = withVolumes(`    - name: creds
      secret:
        secretName: ""
        items:
          - key: ""
            path: /etc/passwd
`);
    expect(lint(text, IDS)).toEqual([
      'error volume-source-required-fields spec.volumes[0].secret.secretName: Required value',
      'error volume-items-invalid spec.volumes[0].secret.items[0].key: Required value',
      'error volume-items-invalid spec.volumes[0].secret.items[0].path: Invalid value: "/etc/passwd": must be a relative path',
    ]);
  });

  it('reports a source field through volume-source-invalid', () => {
    const text = withVolumes(`    - name: host
      hostPath:
        path: /var/log/../lib
        type: directory
`);
    expect(lint(text, ['volume-source-invalid'])).toEqual([
      `error volume-source-invalid spec.volumes[0].hostPath.path: Invalid value: "/var/log/../lib": must not contain '..'`,
      'error volume-source-invalid spec.volumes[0].hostPath.type: Unsupported value: "directory": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"',
    ]);
  });

  it('gives no error for a volume with a name only: the v1 defaults make it an emptyDir', () => {
    expect(lint(withVolumes('    - name: scratch\n'), IDS)).toEqual([]);
  });

  it('skips image volumes while ImageVolume is off by default (1.34), checks them on 1.35', () => {
    const text = withVolumes(`    - name: model
      image:
        pullPolicy: Sometimes
`);
    expect(lint(text, IDS, '1.34')).toEqual([]);
    expect(lint(text, IDS, '1.35')).toEqual([
      'error volume-source-invalid spec.volumes[0].image.reference: Required value',
      'error volume-source-invalid spec.volumes[0].image.pullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
    ]);
  });

  it('makes a StatefulSet template error a warning, as every pod-spec rule', () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: postgres:16.4
      volumes:
        - name: nfs
          nfs:
            server: nfs.example.com
            path: exports/db
`;
    expect(findings(text, IDS).map((d) => `${d.severity} ${d.message}`)).toEqual([
      'warning spec.template.spec.volumes[0].nfs.path: Invalid value: "exports/db": must be an absolute path',
    ]);
  });
});
