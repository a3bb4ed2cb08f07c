import { describe, expect, it } from 'vitest';
import type { ContainerView } from '../pod/types.ts';
import { GIT_SYNC_LINK, isOfficialNginx } from './content-sync.ts';
import { presetById, SIDECAR_PRESETS, type PresetContext, type VolumeChoice } from './presets.ts';

const preset = (id: string) => presetById(id)!;

function mainContainer(image: string): ContainerView {
  return {
    name: 'web',
    image,
    role: 'main',
    list: 'containers',
    index: 0,
    path: ['spec', 'containers', 0],
    ports: [{ containerPort: 80, protocol: 'TCP' }],
    mounts: [],
  };
}

const CHOSEN: VolumeChoice = { name: 'custom-vol', sidecar: '/custom/side', main: '/custom/main' };
const ctx = (image = 'nginx:1.27', extra: Partial<PresetContext> = {}): PresetContext => ({
  main: mainContainer(image),
  usedPorts: new Set([80]),
  volume: CHOSEN,
  ...extra,
});

/** Every absolute path a container's fields mention, e.g. `/custom/side/token.tmp`. */
const pathsIn = (fields: unknown): string[] =>
  JSON.stringify(fields).match(/(?<![\w.:])\/[\w.*-]+(?:\/[\w.*-]+)*/g) ?? [];

describe('presets follow the chosen volume', () => {
  const withVolume = SIDECAR_PRESETS.filter((p) => p.sharedVolume);

  it('are the presets that share a volume', () => {
    expect(withVolume.map((p) => p.id)).toEqual([
      'log-shipper',
      'content-sync',
      'credential-refresher',
    ]);
  });

  for (const p of withVolume) {
    it(`${p.id}: the command, args and config use the chosen sidecar path, and no default path`, () => {
      for (const image of ['nginx:1.27', 'registry.example.com/app:1.0']) {
        const defaults = p.sharedVolume!({ main: mainContainer(image), usedPorts: new Set() });
        const fields = p.container(ctx(image));
        const paths = pathsIn(fields);
        for (const d of [defaults.sidecar.mountPath, defaults.main.mountPath])
          expect(paths.filter((x) => x === d || x.startsWith(`${d}/`))).toEqual([]);
        // Every path into the shared volume is under the chosen sidecar mount, never the main one.
        const intoVolume = paths.filter((x) => x.startsWith('/custom/'));
        expect(intoVolume.length).toBeGreaterThan(0);
        for (const x of intoVolume)
          expect(x === CHOSEN.sidecar || x.startsWith(`${CHOSEN.sidecar}/`)).toBe(true);
      }
    });
  }

  it('log shipper: Fluent Bit tails the chosen folder', () => {
    expect(preset('log-shipper').container(ctx()).args).toEqual([
      '-i',
      'tail',
      '-p',
      'path=/custom/side/*.log',
      '-o',
      'stdout',
    ]);
  });

  it('credential refresher: the loop writes the token under the chosen path, atomically', () => {
    const [script] = preset('credential-refresher').container(ctx()).args as string[];
    expect(script).toContain(
      '> /custom/side/token.tmp && mv /custom/side/token.tmp /custom/side/token',
    );
    expect(preset('credential-refresher').explain!(ctx())).toContain('/custom/main/token');
  });

  it('content sync: git-sync keeps its root at the chosen path and links the checkout as current', () => {
    expect(preset('content-sync').container(ctx()).args).toEqual([
      '--repo=https://github.com/example/site.git',
      '--ref=main',
      '--root=/custom/side',
      `--link=${GIT_SYNC_LINK}`,
      '--period=60s',
    ]);
  });

  it('content sync: nginx serves <main path>/current, through its own entrypoint', () => {
    const fields = preset('content-sync').mainFields!(ctx())!;
    expect(fields.command).toEqual(['sh', '-c']);
    const [script] = fields.args as string[];
    expect(script).toContain(
      "sed -i 's|/usr/share/nginx/html;|/custom/main/current;|' /etc/nginx/conf.d/default.conf",
    );
    expect(script).toContain("exec /docker-entrypoint.sh nginx -g 'daemon off;'");
    expect(script).not.toMatch(/\/custom\/side/);
    expect(preset('content-sync').explain!(ctx())).toContain('/custom/main/current');
  });

  it('content sync: a main container with its own command, or not nginx, is left alone', () => {
    expect(preset('content-sync').mainFields!(ctx('nginx:1.27', { mainHasCommand: true }))).toBe(
      undefined,
    );
    expect(preset('content-sync').mainFields!(ctx('httpd:2.4'))).toBe(undefined);
    expect(preset('content-sync').explain!(ctx('httpd:2.4'))).toMatch(
      /at \/custom\/main\/current in web: serve it from there/,
    );
    // Without nginx the default is a folder of its own, not nginx's html folder.
    const defaults = preset('content-sync').sharedVolume!({
      main: mainContainer('httpd:2.4'),
      usedPorts: new Set(),
    });
    expect(defaults.main.mountPath).toBe('/srv/content');
  });

  it('without a choice, a preset uses its defaults (today’s paths)', () => {
    const base = { main: mainContainer('nginx:1.27'), usedPorts: new Set<number>() };
    expect(preset('log-shipper').container(base).args).toContain('path=/var/log/app/*.log');
    expect((preset('credential-refresher').container(base).args as string[])[0]).toContain(
      'mv /credentials/token.tmp /credentials/token',
    );
    expect(preset('content-sync').container(base).args).toContain('--root=/git');
    expect(JSON.stringify(preset('content-sync').mainFields!(base))).toContain(
      '/usr/share/nginx/html/current;',
    );
  });

  it('presets without a shared volume do not depend on one', () => {
    for (const p of SIDECAR_PRESETS.filter((x) => !x.sharedVolume)) {
      const { volume: _, ...without } = ctx();
      expect(p.container(ctx()), p.id).toEqual(p.container(without));
      expect(pathsIn(p.container(ctx())).some((x) => x.startsWith('/custom'))).toBe(false);
    }
  });
});

describe('isOfficialNginx', () => {
  it('knows the official images and not look-alikes', () => {
    for (const image of [
      'nginx',
      'nginx:1.27',
      'nginx:1.27-alpine',
      'docker.io/library/nginx:1.27',
      'library/nginx@sha256:0123456789abcdef0123456789abcdef',
      'nginxinc/nginx-unprivileged:1.27',
    ])
      expect(isOfficialNginx(image), image).toBe(true);
    for (const image of [
      'bitnami/nginx:1.25',
      'my-nginx:1',
      'nginx-proxy:1',
      'httpd:2.4',
      undefined,
    ])
      expect(isOfficialNginx(image), String(image)).toBe(false);
  });
});
