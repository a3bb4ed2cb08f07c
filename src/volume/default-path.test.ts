import { describe, expect, it } from 'vitest';
import { designView } from '../pod/view.ts';
import { parseDesign } from '../yaml/parse.ts';
import { defaultMountPath } from './mounts.ts';

// setup (init) mounts "work" at /opt/work; app mounts "shared" at /tmp and "work" at /srv;
// tools mounts nothing; agent mounts "shared" with a subPath and "cache" at /tmp.
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
    - name: setup
      image: busybox:1.36
      volumeMounts:
        - name: work
          mountPath: /opt/work
  containers:
    - name: app
      image: example/app:1
      volumeMounts:
        - name: shared
          mountPath: /tmp
        - name: work
          mountPath: /srv/
    - name: tools
      image: busybox:1.36
    - name: agent
      image: example/agent:1
      volumeMounts:
        - name: shared
          mountPath: /var/agent
          subPath: agent
        - name: cache
          mountPath: /tmp
  volumes:
    - name: shared
      emptyDir: {}
    - name: work
      emptyDir: {}
    - name: cache
      emptyDir: {}
    - name: logs
      emptyDir: {}
    - name: settings
      configMap:
        name: settings
`;

const pod = designView(parseDesign(POD)).workloads[0]!;
const ref = (name: string) => {
  const c = pod.containers.find((x) => x.name === name)!;
  return { list: c.list, index: c.index };
};

describe('defaultMountPath', () => {
  it('proposes the path another container already mounts the volume at', () => {
    expect(defaultMountPath(pod, 'shared', ref('tools'))).toBe('/tmp');
    // The first mount in container order: the init container's comes first.
    expect(defaultMountPath(pod, 'work', ref('tools'))).toBe('/opt/work');
    expect(defaultMountPath(pod, 'work', ref('agent'))).toBe('/opt/work');
  });

  it('looks past the target container itself and past mounts with a subPath', () => {
    expect(defaultMountPath(pod, 'work', ref('setup'))).toBe('/srv/');
    // agent's own mount of "shared" is a subPath: app's /tmp would be next, but agent uses /tmp.
    expect(defaultMountPath(pod, 'shared', ref('agent'))).toBe('/data/shared');
  });

  it('skips a path the target container already uses for another volume', () => {
    // agent mounts "cache" at /tmp, where app has "shared".
    expect(defaultMountPath(pod, 'cache', ref('app'))).toBe('/data/cache');
    // "/srv" and app's "/srv/" are the same mount point.
    const atSrv = POD.replace(
      /name: cache\n {10}mountPath: \/tmp/,
      'name: cache\n          mountPath: /srv',
    );
    const p = designView(parseDesign(atSrv)).workloads[0]!;
    const app = p.containers.find((c) => c.name === 'app')!;
    expect(defaultMountPath(p, 'cache', app)).toBe('/data/cache');
    expect(
      defaultMountPath(
        p,
        'cache',
        p.containers.find((c) => c.name === 'tools'),
      ),
    ).toBe('/srv');
  });

  it('falls back to a path by what the volume holds when nobody mounts it yet', () => {
    expect(defaultMountPath(pod, 'logs', ref('app'))).toBe('/var/log/logs');
    expect(defaultMountPath(pod, 'settings', ref('app'))).toBe('/etc/settings');
    expect(defaultMountPath(pod, 'cache', ref('agent'))).toBe('/data/cache');
    expect(defaultMountPath(pod, 'logs')).toBe('/var/log/logs');
  });
});
