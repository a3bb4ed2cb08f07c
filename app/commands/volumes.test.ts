import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/index.ts';
import { selectWorkload } from '../store/selectors.ts';
import { mountVolume, removeMount, unmountFromVolume } from './mounts.ts';
import { addVolume, removeVolume, renameVolume } from './volumes.ts';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - name: data
          mountPath: /data
    - name: log
      image: busybox:1.36
      volumeMounts:
        - name: data
          mountPath: /var/data
          readOnly: true
  volumes:
    - name: data
      emptyDir: {}
`;

const UNMOUNTED = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
  volumes:
    - name: data
      emptyDir: {}
`;

const APP = { list: 'containers', index: 0 } as const;
const LOG = { list: 'containers', index: 1 } as const;
const mountsOf = (store: ReturnType<typeof createAppStore>, index: number) =>
  selectWorkload(store.getState())?.containers[index]?.mounts.map((m) => m.mountPath);

describe('volume commands', () => {
  it('adds a volume, selects it and says so', () => {
    const store = createAppStore({ text: POD });
    expect(addVolume(store, 'cache', 'emptyDir')).toEqual({ ok: true });
    const s = store.getState();
    expect(s.text).toContain('- name: cache');
    expect(s.selectedVolume).toBe('cache');
    expect(s.inspectorTab).toBe('volume');
    expect(s.notice?.message).toBe('Added emptyDir volume "cache".');
    expect(s.past).toHaveLength(1);
  });

  it('returns a refused add without a notice (the form shows it)', () => {
    const store = createAppStore({ text: POD });
    const result = addVolume(store, 'data', 'emptyDir');
    expect(result.ok).toBe(false);
    expect(store.getState().notice).toBeNull();
    expect(store.getState().text).toBe(POD);
  });

  it('removes a volume with its mounts, counts them, and drops its selection', () => {
    const store = createAppStore({ text: POD });
    store.getState().selectVolume('data');
    expect(removeVolume(store, { name: 'data', source: 'emptyDir' })).toEqual({ ok: true });
    const s = store.getState();
    expect(s.text).not.toMatch(/name: data|\/data/);
    expect(s.notice?.message).toBe('Removed volume "data" and its 2 mounts. Undo brings it back.');
    expect(s.selectedVolume).toBeNull();
    expect(s.inspectorTab).toBe('pod');
  });

  it('renames a volume, its mounts following, and keeps it selected', () => {
    const store = createAppStore({ text: POD });
    expect(renameVolume(store, 'data', 'shared')).toEqual({ ok: true });
    expect(store.getState().text).not.toMatch(/name: data/);
    expect(store.getState().selectedVolume).toBe('shared');
    expect(store.getState().notice?.message).toBe(
      'Renamed volume "data" to "shared"; its mounts follow.',
    );
  });
});

describe('mount commands', () => {
  it('mounts a volume and names the container in the notice', () => {
    const store = createAppStore({ text: UNMOUNTED });
    const result = mountVolume(store, {
      container: APP,
      volume: 'data',
      mountPath: '/srv',
      readOnly: true,
    });
    expect(result).toEqual({ ok: true });
    expect(mountsOf(store, 0)).toEqual(['/srv']);
    expect(store.getState().notice?.message).toBe('Mounted "data" into app at /srv, read-only.');
  });

  it('mounts silently when the form shows the new mount itself', () => {
    const store = createAppStore({ text: POD });
    const mount = { container: LOG, volume: 'data', mountPath: '/more', readOnly: false };
    expect(mountVolume(store, mount, { silent: true })).toEqual({ ok: true });
    expect(mountsOf(store, 1)).toEqual(['/var/data', '/more']);
    expect(store.getState().notice).toBeNull();
  });

  it('unmounts from the volume panel and from the container panel, each in its words', () => {
    const store = createAppStore({ text: POD });
    unmountFromVolume(store, 'data', { container: LOG, index: 0 });
    expect(store.getState().notice?.message).toBe('Unmounted "data" from log at /var/data.');
    removeMount(store, APP, 0);
    expect(store.getState().notice?.message).toBe('Removed the mount 1 of app.');
    expect(mountsOf(store, 0)).toEqual([]);
    expect(store.getState().past).toHaveLength(2);
  });
});
