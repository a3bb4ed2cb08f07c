import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { designView } from '../pod/view.ts';
import { TEMPLATES } from '../templates/gallery.ts';
import {
  nativeSidecarsAvailable,
  presetById,
  SIDECAR_PRESETS,
  type SidecarPreset,
} from '../templates/presets.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { EditError } from './errors.ts';
import { addPreset, planPreset } from './preset.ts';

type Obj = Record<string, any>;
const spec = (text: string): Obj => (parse(text) as Obj).spec.template.spec;
const preset = (id: string): SidecarPreset => presetById(id)!;

/** True when `after` is `before` with whole lines inserted: every old line kept, in order, as it was. */
function onlyInsertions(before: string, after: string): boolean {
  const old = before.split('\n');
  let i = 0;
  for (const line of after.split('\n')) if (i < old.length && line === old[i]) i++;
  return i === old.length;
}

describe('sidecar presets', () => {
  for (const p of SIDECAR_PRESETS) {
    for (const role of ['native-sidecar', 'sidecar'] as const) {
      it(`${p.id} as ${role}: YAML that parses, pinned, sized, ports named`, () => {
        const out = addPreset(STARTER_YAML, { document: 0, preset: p, role });
        expect(parseAllDocuments(out).flatMap((d) => d.errors)).toEqual([]);
        expect(onlyInsertions(STARTER_YAML, out)).toBe(true);
        const s = spec(out);
        const list = role === 'sidecar' ? s.containers : s.initContainers;
        const c = list.find((x: Obj) => x.name === p.name);
        expect(c).toBeDefined();
        expect(c.restartPolicy).toBe(role === 'sidecar' ? undefined : 'Always');
        expect(c.image).toMatch(/^[a-z0-9./-]+:[\w][\w.-]*$/);
        expect(c.image).not.toMatch(/:latest$/);
        // Exactly the preset's fields: no placeholder command left from a plain new container.
        expect(Object.keys(c).sort()).toEqual(
          ['name', ...Object.keys(p.container({ usedPorts: new Set() }))]
            .concat(role === 'sidecar' ? [] : ['restartPolicy'])
            .sort(),
        );
        expect(c.resources.requests.memory).toBeTruthy();
        expect(c.resources.limits.memory).toBeTruthy();
        for (const port of c.ports ?? []) expect(port.name).toMatch(/^[a-z0-9-]{1,15}$/);
        const roles = designView(parseDesign(out)).workloads[0]!.containers;
        expect(roles.find((x) => x.name === p.name)?.role).toBe(role);
        expect(roles.find((x) => x.name === 'nginx')?.role).toBe('main');
      });
    }
  }

  it('log shipper: an emptyDir mounted read-only in the shipper and writable in the app', () => {
    const out = addPreset(STARTER_YAML, {
      document: 0,
      preset: preset('log-shipper'),
      role: 'native-sidecar',
      sharedVolume: true,
    });
    const s = spec(out);
    expect(s.volumes).toEqual([{ name: 'app-logs', emptyDir: {} }]);
    expect(s.initContainers[0].volumeMounts).toEqual([
      { name: 'app-logs', mountPath: '/var/log/app', readOnly: true },
    ]);
    expect(s.containers[0].volumeMounts).toEqual([{ name: 'app-logs', mountPath: '/var/log/app' }]);
    expect(s.initContainers[0].args).toContain('path=/var/log/app/*.log');
    expect(onlyInsertions(STARTER_YAML, out)).toBe(true);
    // Everything before the pod spec's containers is untouched, byte for byte.
    const head = STARTER_YAML.slice(0, STARTER_YAML.indexOf('      containers:'));
    expect(out.startsWith(head)).toBe(true);
  });

  it('declining the shared volume adds the container alone', () => {
    const out = addPreset(STARTER_YAML, {
      document: 0,
      preset: preset('content-sync'),
      role: 'sidecar',
      sharedVolume: false,
    });
    const s = spec(out);
    expect(s.volumes).toBeUndefined();
    expect(s.containers[0]).not.toHaveProperty('volumeMounts');
    expect(s.containers[1]).not.toHaveProperty('volumeMounts');
  });

  it('content sync: nginx serves the synced content read-only from its html folder', () => {
    const out = addPreset(STARTER_YAML, {
      document: 0,
      preset: preset('content-sync'),
      role: 'sidecar',
      sharedVolume: true,
    });
    const s = spec(out);
    expect(s.containers[0].volumeMounts).toEqual([
      { name: 'content', mountPath: '/usr/share/nginx/html', readOnly: true },
    ]);
    expect(s.containers[1].volumeMounts).toEqual([{ name: 'content', mountPath: '/git' }]);
    // The volume root holds git-sync's state; nginx is pointed at the checkout's link.
    expect(s.containers[0].command).toEqual(['sh', '-c']);
    expect(s.containers[0].args[0]).toContain('|/usr/share/nginx/html/current;|');
    expect(Object.keys(s.containers[0])).toEqual([
      'name',
      'image',
      'command',
      'args',
      'ports',
      'resources',
      'volumeMounts',
    ]);
    expect(onlyInsertions(STARTER_YAML, out)).toBe(true);
  });

  it('credential refresher: an in-memory volume, read-only in the app', () => {
    const out = addPreset(STARTER_YAML, {
      document: 0,
      preset: preset('credential-refresher'),
      role: 'native-sidecar',
      sharedVolume: true,
    });
    const s = spec(out);
    expect(s.volumes).toEqual([
      { name: 'credentials', emptyDir: { medium: 'Memory', sizeLimit: '1Mi' } },
    ]);
    expect(s.containers[0].volumeMounts[0]).toMatchObject({ readOnly: true });
    expect(s.initContainers[0].args[0]).toContain('> /credentials/token.tmp');
  });

  it('utility: the main image, idle, and the process namespace shared beside the containers', () => {
    const out = addPreset(STARTER_YAML, {
      document: 0,
      preset: preset('utility'),
      role: 'sidecar',
      shareProcessNamespace: true,
    });
    const s = spec(out);
    expect(s.shareProcessNamespace).toBe(true);
    expect(Object.keys(s)).toEqual(['shareProcessNamespace', 'containers']);
    expect(s.containers[1]).toMatchObject({
      name: 'utility',
      image: 'nginx:1.27',
      command: ['tail'],
      args: ['-f', '/dev/null'],
    });
    expect(onlyInsertions(STARTER_YAML, out)).toBe(true);
    // Already shared: nothing more to set.
    const again = addPreset(out, {
      document: 0,
      preset: preset('utility'),
      role: 'sidecar',
      shareProcessNamespace: true,
    });
    expect(again.match(/shareProcessNamespace/g)).toHaveLength(1);
    expect(spec(again).containers[2].name).toBe('utility-2');
  });

  it('reverse proxy forwards to the main port and listens on a free one', () => {
    const out = addPreset(STARTER_YAML, {
      document: 0,
      preset: preset('reverse-proxy'),
      role: 'native-sidecar',
    });
    const proxy = spec(out).initContainers[0];
    expect(proxy.args[0]).toContain('proxy_pass http://127.0.0.1:80;');
    expect(proxy.args[0]).toContain('listen 8080;');
    expect(proxy.ports).toEqual([{ name: 'proxy', containerPort: 8080 }]);
    // The YAML shows the config as a block, as a person would write it.
    expect(out).toMatch(/args:\n\s+- \|/);
  });

  it('picks free names for the container and the volume', () => {
    const once = addPreset(STARTER_YAML, {
      document: 0,
      preset: preset('log-shipper'),
      role: 'sidecar',
      sharedVolume: true,
      name: 'nginx',
    });
    expect(spec(once).containers.map((c: Obj) => c.name)).toEqual(['nginx', 'nginx-2']);
    expect(spec(once).containers[1].volumeMounts[0].name).toBe('app-logs');
    // A second shipper gets its own volume; the app mounts it elsewhere or the edit is refused.
    expect(() =>
      addPreset(once, {
        document: 0,
        preset: preset('log-shipper'),
        role: 'sidecar',
        sharedVolume: true,
      }),
    ).toThrow(EditError);
  });

  it('keeps comments and works on a bare Pod', () => {
    const pod = TEMPLATES.find((t) => t.id === 'content-sidecar')!.yaml;
    const out = addPreset(pod, {
      document: 0,
      preset: preset('log-shipper'),
      role: 'native-sidecar',
      sharedVolume: true,
    });
    expect(onlyInsertions(pod, out)).toBe(true);
    const s = (parse(out.split('\n---\n')[0]!) as Obj).spec;
    expect(s.volumes.map((v: Obj) => v.name)).toEqual(['shared-data', 'app-logs']);
    expect(s.containers[0].volumeMounts.map((m: Obj) => m.mountPath)).toEqual([
      '/usr/share/nginx/html',
      '/var/log/app',
    ]);
    const fixture = readFileSync(
      new URL('./__fixtures__/commented-anchored.yaml', import.meta.url),
      'utf8',
    );
    const commented = addPreset(fixture, {
      document: 1,
      preset: preset('utility'),
      role: 'native-sidecar',
      shareProcessNamespace: true,
    });
    expect(onlyInsertions(fixture, commented)).toBe(true);
    expect(commented).toContain(
      '      # The app and its log shipper share /var/log/app.\n      containers:\n',
    );
    expect(commented).toContain(
      '    spec:\n      shareProcessNamespace: true\n      initContainers:\n      - name: utility\n',
    );
  });

  it('plans the names and paths the dialog shows', () => {
    const pod = designView(parseDesign(STARTER_YAML)).workloads[0]!;
    const plan = planPreset(pod, preset('log-shipper'), parse(STARTER_YAML));
    expect(plan).toMatchObject({
      name: 'log-shipper',
      main: 'nginx',
      sharesProcesses: false,
      volume: { name: 'app-logs', main: { mountPath: '/var/log/app' } },
    });
    expect(planPreset(pod, preset('metrics-exporter')).volume).toBeUndefined();
  });
});

describe('nativeSidecarsAvailable', () => {
  it('is on from Kubernetes 1.29, and for an unknown version', () => {
    expect(nativeSidecarsAvailable('1.28')).toBe(false);
    expect(nativeSidecarsAvailable('v1.29.3')).toBe(true);
    expect(nativeSidecarsAvailable('1.33')).toBe(true);
    expect(nativeSidecarsAvailable()).toBe(true);
  });
});
