import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { designView } from '../pod/view.ts';
import { presetById, SIDECAR_PRESETS, type SidecarPreset } from '../templates/presets.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { EditError } from './errors.ts';
import { addPreset, planPreset } from './preset.ts';
import { normalizeMountPath, presetMountPathProblem } from './preset-volume.ts';

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

describe('mount paths a preset writes into its command', () => {
  it('are normalised, absolute, without . or .., not /, and plain', () => {
    expect(normalizeMountPath('  /shared//tokens/ ')).toBe('/shared/tokens');
    expect(normalizeMountPath('/')).toBe('/');
    expect(presetMountPathProblem('/shared/tokens')).toBeUndefined();
    expect(presetMountPathProblem('/var/run/app-1.d')).toBeUndefined();
    for (const bad of ['', 'shared', './shared', '/a/./b', '/a/..', '/', '/a b', '/a$HOME', "/a'b"])
      expect(presetMountPathProblem(bad), bad).toBeTruthy();
  });
});

describe('the shared volume the user chooses', () => {
  const CHOICE = { name: 'shared-app', sidecar: '/shared/in-sidecar/', main: '/srv//shared-main' };
  const withVolume = SIDECAR_PRESETS.filter((p) => p.sharedVolume);

  for (const p of withVolume) {
    it(`${p.id}: the volume, both mounts and the sidecar's command follow the choice`, () => {
      const defaults = p.sharedVolume!({ usedPorts: new Set() });
      const out = addPreset(STARTER_YAML, {
        document: 0,
        preset: p,
        role: 'native-sidecar',
        sharedVolume: true,
        volume: CHOICE,
      });
      expect(onlyInsertions(STARTER_YAML, out)).toBe(true);
      const s = spec(out);
      expect(s.volumes).toEqual([{ name: 'shared-app', emptyDir: defaults.emptyDir }]);
      const sidecar = s.initContainers[0];
      // Normalised: no trailing or doubled "/".
      expect(sidecar.volumeMounts).toEqual([
        {
          name: 'shared-app',
          mountPath: '/shared/in-sidecar',
          ...(defaults.sidecar.readOnly ? { readOnly: true } : {}),
        },
      ]);
      expect(s.containers[0].volumeMounts).toEqual([
        {
          name: 'shared-app',
          mountPath: '/srv/shared-main',
          ...(defaults.main.readOnly ? { readOnly: true } : {}),
        },
      ]);
      const own = JSON.stringify({
        command: sidecar.command,
        args: sidecar.args,
        env: sidecar.env,
      });
      expect(own).toContain('/shared/in-sidecar');
      expect(own).not.toContain('/srv/shared-main');
      for (const d of [defaults.sidecar.mountPath, defaults.main.mountPath])
        expect(own).not.toMatch(new RegExp(`[ =>]${d}(/|\\b)`));
    });
  }

  it('seed 004: a refresher writing into "shared-app" at /shared in both containers', () => {
    const out = addPreset(STARTER_YAML, {
      document: 0,
      preset: preset('credential-refresher'),
      role: 'sidecar',
      sharedVolume: true,
      volume: { name: 'shared-app', sidecar: '/shared', main: '/shared' },
    });
    const s = spec(out);
    expect(s.containers[1].args[0]).toContain(
      '> /shared/token.tmp && mv /shared/token.tmp /shared/token',
    );
    expect(s.containers[0].volumeMounts).toEqual([
      { name: 'shared-app', mountPath: '/shared', readOnly: true },
    ]);
    expect(s.containers[1].volumeMounts).toEqual([{ name: 'shared-app', mountPath: '/shared' }]);
  });

  it('content sync: nginx serves <its mount path>/current', () => {
    const out = addPreset(STARTER_YAML, {
      document: 0,
      preset: preset('content-sync'),
      role: 'sidecar',
      sharedVolume: true,
      volume: { name: 'site', sidecar: '/repo', main: '/srv/www' },
    });
    const nginx = spec(out).containers[0];
    expect(nginx.args[0]).toContain("sed -i 's|/usr/share/nginx/html;|/srv/www/current;|'");
    expect(nginx.args[0]).toContain("exec /docker-entrypoint.sh nginx -g 'daemon off;'");
    expect(spec(out).containers[1].args).toContain('--root=/repo');
    expect(spec(out).containers[1].args).toContain('--link=current');
  });

  it('content sync: a main container with its own command keeps it; another image gets /srv/content', () => {
    const own = STARTER_YAML.replace(
      '          image: nginx:1.27\n',
      "          image: nginx:1.27\n          args: ['nginx', '-c', '/etc/nginx/site.conf']\n",
    );
    const kept = spec(
      addPreset(own, {
        document: 0,
        preset: preset('content-sync'),
        role: 'sidecar',
        sharedVolume: true,
      }),
    ).containers[0];
    expect(kept.command).toBeUndefined();
    expect(kept.args).toEqual(['nginx', '-c', '/etc/nginx/site.conf']);
    const httpd = STARTER_YAML.replace('image: nginx:1.27', 'image: httpd:2.4');
    const app = spec(
      addPreset(httpd, {
        document: 0,
        preset: preset('content-sync'),
        role: 'sidecar',
        sharedVolume: true,
      }),
    ).containers[0];
    expect(app.command).toBeUndefined();
    expect(app.volumeMounts).toEqual([
      { name: 'content', mountPath: '/srv/content', readOnly: true },
    ]);
  });

  it('refuses a choice it cannot use, with a plain message, and leaves the text alone', () => {
    const withLogs = addPreset(STARTER_YAML, {
      document: 0,
      preset: preset('log-shipper'),
      role: 'sidecar',
      sharedVolume: true,
    });
    const refused: [Partial<Record<'name' | 'sidecar' | 'main', string>>, RegExp][] = [
      [{ name: 'Shared_App' }, /A volume name must be lowercase letters/],
      [{ name: 'app-logs' }, /There is already a volume named "app-logs"\. Choose another name/],
      [{ sidecar: 'shared' }, /Use an absolute path/],
      [{ sidecar: '/shared/../etc' }, /without "\." or "\.\." folders/],
      [{ main: '/' }, /Mount the volume in a folder, not at "\/"/],
      [{ main: '/my files' }, /Use only letters, digits/],
      [{ sidecar: '   ' }, /Enter a mount path/],
      [{ main: '/var/log/app/' }, /nginx already mounts something at \/var\/log\/app\./],
    ];
    for (const [volume, message] of refused) {
      const run = () =>
        addPreset(withLogs, {
          document: 0,
          preset: preset('credential-refresher'),
          role: 'sidecar',
          sharedVolume: true,
          volume,
        });
      expect(run, JSON.stringify(volume)).toThrow(message);
    }
    const add = (volume: { name?: string }) =>
      addPreset(withLogs, {
        document: 0,
        preset: preset('credential-refresher'),
        role: 'sidecar',
        sharedVolume: true,
        volume,
      });
    expect(() => add({ name: 'app-logs' })).toThrow(EditError);
    expect(() => add({ name: ' ' })).toThrow('A volume name cannot be empty.');
    // No name at all means the preset's default, made free.
    expect(spec(add({})).volumes.map((v: Obj) => v.name)).toEqual(['app-logs', 'credentials']);
  });

  it('plans the choice with its problems by field, for the dialog to show inline', () => {
    const pod = designView(parseDesign(STARTER_YAML)).workloads[0]!;
    const plan = planPreset(pod, preset('credential-refresher'), parse(STARTER_YAML), {
      name: 'Bad Name',
      sidecar: '/shared//',
      main: 'relative',
    });
    expect(plan.volume!.choice).toEqual({ name: 'Bad Name', sidecar: '/shared', main: 'relative' });
    expect(Object.keys(plan.volume!.problems)).toEqual(['name', 'main']);
    expect(plan.explain).toBe(
      'nginx reads the token at relative/token; the loop rewrites it every 10 minutes.',
    );
    expect(
      planPreset(pod, preset('credential-refresher'), parse(STARTER_YAML)).volume!.problems,
    ).toEqual({});
  });

  it('a declined volume ignores the choice and adds the container on its defaults', () => {
    const out = addPreset(STARTER_YAML, {
      document: 0,
      preset: preset('log-shipper'),
      role: 'sidecar',
      sharedVolume: false,
      volume: { name: 'BAD', sidecar: 'nope' },
    });
    expect(spec(out).volumes).toBeUndefined();
    expect(spec(out).containers[1].args).toContain('path=/var/log/app/*.log');
  });
});
