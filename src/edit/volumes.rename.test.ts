import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { designView } from '../pod/view.ts';
import { parseDesign } from '../yaml/parse.ts';
import { EditError } from './errors.ts';
import { renameVolume } from './volumes.ts';
import { convertKind } from './workload.ts';

const pod = (t: string) => designView(parseDesign(t)).workloads[0]!;

const SHARED = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
    - name: shipper
      image: fluent/fluent-bit:3.2
      restartPolicy: Always
      volumeMounts:
        - name: logs # shared with nginx
          mountPath: /logs
          readOnly: true
  containers:
    - name: nginx
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/nginx/conf.d
        - name: logs
          mountPath: /var/log/nginx
        - name: logs
          mountPath: /var/cache/nginx
          subPath: cache
  volumes:
    - name: config
      configMap:
        name: nginx-config
    # where nginx writes its logs
    - name: logs
      emptyDir: {}
`;

describe('renameVolume', () => {
  it('renames the volume and every mount of it, and nothing else', () => {
    const out = renameVolume(SHARED, { document: 0, from: 'logs', to: 'access-logs' });
    expect(out).toBe(
      SHARED.replace('- name: logs # shared', '- name: access-logs # shared')
        .replace(
          '- name: logs\n          mountPath: /var/log',
          '- name: access-logs\n          mountPath: /var/log',
        )
        .replace(
          '- name: logs\n          mountPath: /var/cache',
          '- name: access-logs\n          mountPath: /var/cache',
        )
        .replace('- name: logs\n      emptyDir', '- name: access-logs\n      emptyDir'),
    );
    const view = pod(out);
    expect(view.volumes.map((v) => v.name)).toEqual(['config', 'access-logs']);
    expect(view.volumes[1]!.mountedBy).toEqual(['shipper', 'nginx']);
    expect(view.containers.flatMap((c) => c.mounts.map((m) => m.volume))).toEqual([
      'access-logs',
      'config',
      'access-logs',
      'access-logs',
    ]);
  });

  it('keeps the text when the name does not change, and trims the new name', () => {
    expect(renameVolume(SHARED, { document: 0, from: 'logs', to: 'logs ' })).toBe(SHARED);
    const out = renameVolume(SHARED, { document: 0, from: 'config', to: ' conf ' });
    expect(parse(out).spec.volumes[0].name).toBe('conf');
  });

  it('refuses names that are taken or invalid, and volumes that do not exist', () => {
    expect(() => renameVolume(SHARED, { document: 0, from: 'logs', to: 'config' })).toThrow(
      'already a volume named "config"',
    );
    expect(() => renameVolume(SHARED, { document: 0, from: 'logs', to: 'Logs_1' })).toThrow(
      'not a valid volume name',
    );
    expect(() => renameVolume(SHARED, { document: 0, from: 'nope', to: 'x' })).toThrow(EditError);
  });

  it('renames a claim template through metadata.name, and the block devices using it', () => {
    const sts = convertKind(
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
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
          image: postgres:17
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql
          volumeDevices:
            - name: data
              devicePath: /dev/xvda
`,
      0,
      'StatefulSet',
    ).replace(
      /\n$/,
      `
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
`,
    );
    const out = renameVolume(sts, { document: 0, from: 'data', to: 'pgdata' });
    const doc = parse(out);
    expect(doc.spec.volumeClaimTemplates[0].metadata.name).toBe('pgdata');
    const db = doc.spec.template.spec.containers[0];
    expect(db.volumeMounts[0].name).toBe('pgdata');
    expect(db.volumeDevices[0].name).toBe('pgdata');
    expect(pod(out).volumes).toEqual([
      expect.objectContaining({ name: 'pgdata', source: 'volumeClaimTemplate', mountedBy: ['db'] }),
    ]);
  });
});
