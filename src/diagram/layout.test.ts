import { describe, expect, it } from 'vitest';
import { WEB } from '../analysis/inspect-example.ts';
import { deployment } from '../analysis/network-testing.ts';
import { diagramOfText, edge, faultsOf, node, ofKind, region, within } from './testing.ts';

describe('diagramOf: containers and start-up order', () => {
  const d = diagramOfText(WEB);

  it('names containers by role, numbers the start-up steps, and puts each in its lane', () => {
    const names = ofKind(d, 'container').map((c) => [c.name, c.lane, c.order, c.prominent]);
    expect(names).toEqual([
      ['init-db, init container', 'init', 1, false],
      ['mesh-proxy, native sidecar', 'init', 2, false],
      ['migrate, init container', 'init', 3, false],
      ['app, main container', 'main', undefined, true],
      ['log, sidecar', 'sidecar', undefined, false],
    ]);
    expect(node(d, 'container:containers/0')).toMatchObject({ image: 'nginx:1.27', index: 0 });
    expect(d.title).toBe('Deployment web');
    expect(region(d, 'pod')).toMatchObject({
      label: 'Deployment web',
      note: 'one IP · containers reach each other on localhost',
    });
  });

  it('draws start edges between the steps, then to the app containers, and runs edges', () => {
    const starts = d.edges.filter((e) => e.kind === 'start');
    expect(starts.map((e) => [e.from, e.to, e.name])).toEqual([
      [
        'container:initContainers/0',
        'container:initContainers/1',
        'init-db starts before mesh-proxy',
      ],
      [
        'container:initContainers/1',
        'container:initContainers/2',
        'mesh-proxy starts before migrate',
      ],
      ['container:initContainers/2', 'apps', 'migrate starts, then the app containers start'],
    ]);
    const runs = d.edges.filter((e) => e.kind === 'runs');
    expect(runs).toMatchObject([
      {
        from: 'container:initContainers/1',
        to: 'apps',
        dashed: true,
        name: 'mesh-proxy keeps running beside the app containers',
      },
    ]);
    expect(runs[0]!.points.at(-1)!.y).toBe(region(d, 'apps')!.box.y);
  });

  it('keeps every lane, with its words, even an empty one', () => {
    const pod = diagramOfText('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {}\n');
    expect(pod.lanes.map((l) => [l.id, l.title, l.empty])).toEqual([
      [
        'init',
        'Init containers',
        'No init containers or native sidecars. They start first, in order.',
      ],
      ['main', 'Main container', 'No main container.'],
      ['sidecar', 'Sidecars', 'No classic sidecars.'],
    ]);
    for (const l of pod.lanes) expect(l.box.width).toBeGreaterThanOrEqual(224);
    expect(faultsOf(pod)).toEqual([]);
  });

  it('names an unnamed container "(unnamed)"', () => {
    const d2 = diagramOfText(deployment('      containers:\n        - image: nginx\n'));
    expect(ofKind(d2, 'container')[0]).toMatchObject({
      label: '(unnamed)',
      name: '(unnamed), main container',
    });
  });

  it('keeps a node id when other containers change', () => {
    const before = diagramOfText(WEB);
    const after = diagramOfText(WEB.replace('name: log', 'name: logger'));
    expect(node(after, 'container:containers/0')!.box).toEqual(
      node(before, 'container:containers/0')!.box,
    );
  });
});

describe('diagramOf: volumes and mounts', () => {
  const text = deployment(`      containers:
        - name: app
          image: nginx
          volumeMounts:
            - {name: logs, mountPath: /var/log}
            - {name: config, mountPath: /etc/app, readOnly: true, subPath: app.yaml}
            - {name: ghost, mountPath: /ghost}
        - name: shipper
          image: fluent-bit
          volumeMounts:
            - {name: logs, mountPath: /logs, readOnly: true}
      volumes:
        - name: logs
          emptyDir: {}
        - name: config
          configMap: {name: app-config}
`);
  const d = diagramOfText(text);

  it('draws a node per volume, with its source in words and who shares it', () => {
    expect(node(d, 'volume:logs')).toMatchObject({
      name: 'logs, volume',
      source: 'emptyDir',
      sourceWords: 'emptyDir',
      sharedBy: 2,
      missing: false,
    });
    expect(node(d, 'volume:config')).toMatchObject({
      sourceWords: 'configMap app-config',
      sharedBy: 1,
    });
  });

  it('draws a mount of an undeclared volume as broken, into a missing volume', () => {
    expect(node(d, 'volume-missing:ghost')).toMatchObject({
      kind: 'volume',
      missing: true,
      sourceWords: 'not declared',
      sharedBy: 1,
    });
    expect(edge(d, 'mount:containers/0/2')).toMatchObject({
      to: 'volume-missing:ghost',
      broken: true,
      dashed: false,
    });
    expect(edge(d, 'mount:containers/0/2')!.name).toMatch(
      /^ghost mounted by app at \/ghost, read-write/,
    );
  });

  it('names mounts with how and subPath, dashes read-only ones, labels them with the path', () => {
    expect(edge(d, 'mount:containers/0/0')).toMatchObject({
      name: 'logs mounted by app at /var/log, read-write',
      label: '/var/log',
      dashed: false,
      broken: false,
    });
    expect(edge(d, 'mount:containers/0/1')).toMatchObject({
      name: 'config mounted by app at /etc/app, read-only, subPath app.yaml',
      label: '/etc/app (ro)',
      dashed: true,
    });
  });

  it('routes mounts down from the container into the volume, starting apart', () => {
    const mounts = d.edges.filter((e) => e.from === 'container:containers/0' && e.kind === 'mount');
    const starts = mounts.map((e) => e.points[0]!);
    expect(new Set(starts.map((p) => p.x)).size).toBe(starts.length);
    const app = node(d, 'container:containers/0')!.box;
    for (const e of mounts) {
      expect(e.points[0]!.y).toBe(app.y + app.height);
      const volume = node(d, e.to)!.box;
      expect(e.points.at(-1)!.y).toBe(volume.y);
    }
    expect(faultsOf(d)).toEqual([]);
  });

  it('draws the volumes inside the pod, below the app containers', () => {
    const volumes = region(d, 'volumes')!;
    expect(within(volumes.box, region(d, 'pod')!.box)).toBe(true);
    expect(volumes.box.y).toBeGreaterThan(region(d, 'apps')!.box.y + region(d, 'apps')!.box.height);
  });
});
