import { describe, expect, it } from 'vitest';
import { EditError } from '../edit/errors.ts';
import { parseDesign } from '../yaml/parse.ts';
import { applyFix } from './fixes.ts';

const js = (t: string, i = 0) => parseDesign(t).values[i] as any;
const SPEC = ['spec', 'template', 'spec'];

const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  template:
    spec:
      restartPolicy: Never
      initContainers:
        - name: migrate
          image: migrate:1.0
      containers:
        - name: report
          image: report:2.1
        # ships the logs
        - name: shipper
          image: fluent-bit:3.0
`;

const MOUNTS = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: nginx
      image: nginx:1.27
      volumeMounts:
        - name: html
          mountPath: /usr/share/nginx/html
        - name: cache
          mountPath: /var/cache/nginx
  volumes:
    - name: html
      emptyDir: {}
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: old
  template:
    metadata:
      labels:
        app: web
        tier: front
    spec:
      containers:
        - name: app
          image: web:1.0
        - name: app
          image: proxy:1.0
`;

describe('applyFix', () => {
  it('convert-to-native-sidecar moves a classic sidecar into initContainers with restartPolicy Always', () => {
    const out = applyFix(JOB, {
      fix: 'convert-to-native-sidecar',
      document: 0,
      path: [...SPEC, 'containers', 1],
    });
    const spec = js(out).spec.template.spec;
    expect(spec.containers.map((c: any) => c.name)).toEqual(['report']);
    expect(spec.initContainers).toEqual([
      { name: 'migrate', image: 'migrate:1.0' },
      { name: 'shipper', image: 'fluent-bit:3.0', restartPolicy: 'Always' },
    ]);
    expect(out).toContain('# ships the logs'); // its comment travels with it
  });

  it('convert-to-native-sidecar accepts a path inside the container, and refuses the main container', () => {
    const out = applyFix(JOB, {
      fix: 'convert-to-native-sidecar',
      document: 0,
      path: [...SPEC, 'containers', 1, 'name'],
    });
    expect(js(out).spec.template.spec.initContainers[1].restartPolicy).toBe('Always');
    expect(() =>
      applyFix(JOB, {
        fix: 'convert-to-native-sidecar',
        document: 0,
        path: [...SPEC, 'containers', 0],
      }),
    ).toThrow(EditError);
  });

  it('create-missing-volume adds an emptyDir named like the mount, touching only added lines', () => {
    const out = applyFix(MOUNTS, {
      fix: 'create-missing-volume',
      document: 0,
      path: ['spec', 'containers', 0, 'volumeMounts', 1, 'name'],
    });
    expect(js(out).spec.volumes).toEqual([
      { name: 'html', emptyDir: {} },
      { name: 'cache', emptyDir: {} },
    ]);
    expect(out.startsWith(MOUNTS)).toBe(true);
    // The volume exists now: applying the fix again is refused rather than duplicating it.
    expect(() =>
      applyFix(out, {
        fix: 'create-missing-volume',
        document: 0,
        path: ['spec', 'containers', 0, 'volumeMounts', 1, 'name'],
      }),
    ).toThrow(/already has a volume named "cache"/);
  });

  it('create-missing-volume refuses a path that is not inside a mount', () => {
    expect(() =>
      applyFix(MOUNTS, {
        fix: 'create-missing-volume',
        document: 0,
        path: ['spec', 'containers', 0],
      }),
    ).toThrow(EditError);
  });

  it('align-selector sets matchLabels to the pod labels', () => {
    const out = applyFix(DEPLOYMENT, {
      fix: 'align-selector',
      document: 0,
      path: ['spec', 'template', 'metadata', 'labels'],
    });
    expect(js(out).spec.selector).toEqual({ matchLabels: { app: 'web', tier: 'front' } });
  });

  it('rename-duplicate-container gives the later container a free name', () => {
    const out = applyFix(DEPLOYMENT, {
      fix: 'rename-duplicate-container',
      document: 0,
      path: [...SPEC, 'containers', 1, 'name'],
    });
    expect(js(out).spec.template.spec.containers.map((c: any) => c.name)).toEqual(['app', 'app-2']);
  });

  it('refuses a diagnostic without a fix, with an unknown one, or about a container that is gone', () => {
    expect(() => applyFix(JOB, { document: 0, path: [] })).toThrow(EditError);
    const unknown = { fix: 'constructor' as never, document: 0, path: [] };
    expect(() => applyFix(JOB, unknown)).toThrow(/no quick fix called "constructor"/);
    expect(() =>
      applyFix(JOB, {
        fix: 'convert-to-native-sidecar',
        document: 0,
        path: [...SPEC, 'containers', 5],
      }),
    ).toThrow(/gone/);
    expect(() =>
      applyFix(JOB, { fix: 'convert-to-native-sidecar', document: 3, path: [] }),
    ).toThrow(EditError);
  });
});
