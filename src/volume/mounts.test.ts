import { describe, expect, it } from 'vitest';
import { designView } from '../pod/view.ts';
import { parseDesign } from '../yaml/parse.ts';
import { describeSource, mountsOf, sharedBy, suggestMountPath } from './mounts.ts';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: nginx
      image: nginx:1.27
      volumeMounts:
        - name: logs
          mountPath: /var/log/nginx
        - name: logs
          mountPath: /var/cache/nginx
          subPath: cache
    - name: shipper
      image: fluent/fluent-bit:3.2
      volumeMounts:
        - name: logs
          mountPath: /logs
          readOnly: true
  volumes:
    - name: logs
      emptyDir: {}
    - name: config
      configMap:
        name: nginx-config
`;

const pod = designView(parseDesign(POD)).workloads[0]!;

describe('volume mounts', () => {
  it('lists every mount of a volume, with path and read-only', () => {
    expect(
      mountsOf(pod, 'logs').map((m) => [m.container.name, m.index, m.mountPath, m.readOnly]),
    ).toEqual([
      ['nginx', 0, '/var/log/nginx', false],
      ['nginx', 1, '/var/cache/nginx', false],
      ['shipper', 0, '/logs', true],
    ]);
    expect(mountsOf(pod, 'logs')[1]!.subPath).toBe('cache');
    expect(mountsOf(pod, 'config')).toEqual([]);
  });

  it('counts containers, not mounts, when a volume is shared', () => {
    expect(sharedBy(pod.volumes[0]!)).toBe(2);
    expect(sharedBy(pod.volumes[1]!)).toBe(0);
  });

  it('suggests a mount path by what the volume holds, avoiding paths in use', () => {
    const [nginx, shipper] = pod.containers;
    expect(suggestMountPath({ name: 'logs', source: 'emptyDir' }, shipper)).toBe('/var/log/logs');
    expect(suggestMountPath({ name: 'config', source: 'configMap' })).toBe('/etc/config');
    expect(suggestMountPath({ name: 'tls', source: 'secret' })).toBe('/etc/secrets/tls');
    expect(suggestMountPath({ name: 'cache', source: 'emptyDir' })).toBe('/data/cache');
    const busy = {
      ...nginx!,
      mounts: [{ volume: 'x', mountPath: '/data/cache', readOnly: false }],
    };
    expect(suggestMountPath({ name: 'cache', source: 'emptyDir' }, busy)).toBe('/data/cache-2');
  });

  it('describes each source in a few words', () => {
    expect(describeSource('emptyDir', { emptyDir: {} })).toBe('emptyDir');
    expect(describeSource('emptyDir', { emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } })).toBe(
      'emptyDir, in memory, up to 1Gi',
    );
    expect(
      describeSource('persistentVolumeClaim', {
        persistentVolumeClaim: { claimName: 'data', readOnly: true },
      }),
    ).toBe('claim data, read-only');
    expect(describeSource('configMap', { configMap: { name: 'app' } })).toBe('configMap app');
    expect(describeSource('secret', { secret: {} })).toBe('secret (no secretName)');
    expect(describeSource('hostPath', { hostPath: { path: '/var/log', type: 'Directory' } })).toBe(
      'hostPath /var/log, Directory',
    );
    expect(
      describeSource('projected', {
        projected: { sources: [{ serviceAccountToken: { path: 't' } }, { configMap: {} }] },
      }),
    ).toBe('projected: serviceAccountToken, configMap');
    expect(describeSource('downwardAPI', { downwardAPI: { items: [{ path: 'labels' }] } })).toBe(
      'downwardAPI, 1 file',
    );
    expect(
      describeSource('volumeClaimTemplate', {
        metadata: { name: 'data' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '8Gi' } } },
      }),
    ).toBe('claim template, 8Gi, ReadWriteOnce');
    expect(describeSource('nfs', { nfs: { server: 'x' } })).toBe('nfs');
  });
});
