import { describe, expect, it } from 'vitest';
import { formatPath } from '../../yaml/path.ts';
import type { ErrorList } from '../field.ts';
import {
  validateMountPropagation,
  validateMountRecursiveReadOnly,
  validateVolumeDevices,
  validateVolumeMountFields,
} from './mount-fields.ts';
import { lint, pod } from './testing.ts';

const text = (errs: ErrorList) => errs.map((e) => `${formatPath(e.path)}: ${e.detail}`);
const IDS = ['volume-mount-propagation-invalid', 'volume-device-invalid'];
const privileged = { securityContext: { privileged: true } };

describe('validateMountPropagation', () => {
  it('knows three modes, and keeps Bidirectional to privileged containers', () => {
    expect(text(validateMountPropagation('invalid', privileged, ['m']))).toEqual([
      'm: Unsupported value: "invalid": supported values: "Bidirectional", "HostToContainer", "None"',
    ]);
    expect(text(validateMountPropagation('Bidirectional', {}, ['m']))).toEqual([
      'm: Forbidden: Bidirectional mount propagation is available only to privileged containers',
    ]);
    expect(validateMountPropagation('Bidirectional', privileged, ['m'])).toEqual([]);
    expect(validateMountPropagation('HostToContainer', {}, ['m'])).toEqual([]);
  });
});

describe('validateMountRecursiveReadOnly', () => {
  it('needs readOnly and no propagation but None for Enabled and IfPossible', () => {
    expect(text(validateMountRecursiveReadOnly({ recursiveReadOnly: 'Enabled' }, ['r']))).toEqual([
      'r: Forbidden: may only be specified when readOnly is true',
    ]);
    const h2c = {
      recursiveReadOnly: 'IfPossible',
      readOnly: true,
      mountPropagation: 'HostToContainer',
    };
    expect(text(validateMountRecursiveReadOnly(h2c, ['r']))).toEqual([
      'r: Forbidden: may only be specified when mountPropagation is None or not specified',
    ]);
    expect(text(validateMountRecursiveReadOnly({ recursiveReadOnly: 'Always' }, ['r']))).toEqual([
      'r: Unsupported value: "Always": supported values: "Disabled", "Enabled", "IfPossible"',
    ]);
    expect(validateMountRecursiveReadOnly({ recursiveReadOnly: 'Disabled' }, ['r'])).toEqual([]);
    const ok = { recursiveReadOnly: 'Enabled', readOnly: true, mountPropagation: 'None' };
    expect(validateMountRecursiveReadOnly(ok, ['r'])).toEqual([]);
  });
});

describe('validateVolumeMountFields', () => {
  it('refuses a mount that reuses a device name or path; recursiveReadOnly only from 1.31', () => {
    const c = {
      volumeMounts: [{ name: 'xyz', mountPath: '/mnt/exists', recursiveReadOnly: 'Enabled' }],
      volumeDevices: [{ name: 'xyz', devicePath: '/mnt/exists' }],
    };
    expect(text(validateVolumeMountFields(c, ['vm'], '1.34'))).toEqual([
      'vm[0].name: Invalid value: "xyz": must not already exist in volumeDevices',
      'vm[0].mountPath: Invalid value: "/mnt/exists": must not already exist as a path in volumeDevices',
      'vm[0].recursiveReadOnly: Forbidden: may only be specified when readOnly is true',
    ]);
    expect(text(validateVolumeMountFields(c, ['vm'], '1.30'))).toHaveLength(2);
    expect(
      validateVolumeMountFields({ volumeMounts: [{ name: 'a', mountPath: '/a' }] }, ['vm'], '1.34'),
    ).toEqual([]);
  });
});

describe('validateVolumeDevices', () => {
  const volumes = new Map([
    ['abc', { claim: true }],
    ['abc-123', { claim: true }],
    ['def', { claim: false }],
  ]);
  it('wants claims, once each, at distinct paths without backsteps', () => {
    const c = {
      volumeDevices: [
        { name: 'abc', devicePath: '/foo' },
        { name: 'abc', devicePath: '/foo' },
        { name: 'def', devicePath: '/baz/../' },
        { name: 'not-found', devicePath: '' },
      ],
    };
    expect(text(validateVolumeDevices(c, ['vd'], volumes))).toEqual([
      'vd[1].name: Invalid value: "abc": must be unique',
      'vd[1].devicePath: Invalid value: "/foo": must be unique',
      'vd[2].name: Invalid value: "def": can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode',
      `vd[2].devicePath: Invalid value: "/baz/../": can not contain backsteps ('..')`,
      'vd[3].name: Not found: "not-found"',
      'vd[3].devicePath: Required value',
    ]);
  });

  it('refuses a device that reuses a mount name or path, and accepts distinct claims', () => {
    const clash = {
      volumeMounts: [{ name: 'abc-123', mountPath: '/this/path/exists' }],
      volumeDevices: [{ name: 'abc-123', devicePath: '/this/path/exists' }],
    };
    expect(text(validateVolumeDevices(clash, ['vd'], volumes))).toEqual([
      'vd[0].name: Invalid value: "abc-123": must not already exist in volumeMounts',
      'vd[0].devicePath: Invalid value: "/this/path/exists": must not already exist as a path in volumeMounts',
    ]);
    const ok = {
      volumeMounts: [{ name: 'xyz', mountPath: '/foofoo' }],
      volumeDevices: [
        { name: 'abc', devicePath: '/foo' },
        { name: 'abc-123', devicePath: '/usr/share/test' },
      ],
    };
    expect(validateVolumeDevices(ok, ['vd'], volumes)).toEqual([]);
  });
});

describe('mount field rules through the validator', () => {
  it('reports Bidirectional propagation in an unprivileged init container', () => {
    const text = pod(`  initContainers:
    - name: setup
      image: busybox:1.36
      volumeMounts:
        - name: shared
          mountPath: /shared
          mountPropagation: Bidirectional
  containers:
    - name: app
      image: nginx:1.27.3
      volumeMounts:
        - name: shared
          mountPath: /shared
          mountPropagation: HostToContainer
  volumes:
    - name: shared
      hostPath:
        path: /mnt/shared
`);
    expect(lint(text, IDS)).toEqual([
      'error volume-mount-propagation-invalid spec.initContainers[0].volumeMounts[0].mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers',
    ]);
  });

  it('reports a block device on an emptyDir, and accepts one on a StatefulSet claim', () => {
    const text = pod(`  containers:
    - name: app
      image: nginx:1.27.3
      volumeDevices:
        - name: scratch
          devicePath: /dev/xvda
  volumes:
    - name: scratch
      emptyDir: {}
`);
    expect(lint(text, IDS)).toEqual([
      'error volume-device-invalid spec.containers[0].volumeDevices[0].name: Invalid value: "scratch": can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode',
    ]);
    const sts = `apiVersion: apps/v1
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
          volumeDevices:
            - name: data
              devicePath: /dev/xvda
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        volumeMode: Block
        resources:
          requests:
            storage: 10Gi
`;
    expect(lint(sts, IDS)).toEqual([]);
  });

  it('leaves the mounts of an image volume alone while the API server drops it (1.31–1.34)', () => {
    const text = pod(`  containers:
    - name: app
      image: nginx:1.27.3
      volumeMounts:
        - name: model
          mountPath: /models
          mountPropagation: Bidirectional
  volumes:
    - name: model
      image:
        reference: registry.example.com/models/llama:1
`);
    expect(lint(text, IDS, '1.34')).toEqual([]);
    expect(lint(text, IDS, '1.35')).toEqual([
      'error volume-mount-propagation-invalid spec.containers[0].volumeMounts[0].mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers',
    ]);
  });
});
