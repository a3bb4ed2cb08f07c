import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unpackTar } from 'modern-tar';
import { describe, expect, it } from 'vitest';
import { designToChart } from './helm/chart.ts';
import { goRendererMissing, renderChart } from './helm/render-testing.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { ARCHIVE_TIME, tgz, type ArchiveFile } from './tgz.ts';

const LONG = `templates/${'a-rather-long-folder-name/'.repeat(4)}${'x'.repeat(60)}.yaml`;
const LONGER = `notes/${'n'.repeat(120)}/${'m'.repeat(120)}.txt`;
const FILES: ArchiveFile[] = [
  { path: 'Chart.yaml', text: 'apiVersion: v2\nname: web\nversion: 0.1.0\n' },
  { path: LONG, text: 'long: true\n' },
  { path: LONGER, text: 'longer\n' },
  { path: 'files/日本語 café ☸.txt', text: 'ünïcode\n' },
];

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// GNU tar converts PAX's UTF-8 names to the locale's charset and escapes what that cannot show.
const env = { ...process.env, LC_ALL: 'C.UTF-8' };
const tar = spawnSync('tar', ['--version'], { encoding: 'utf8' });
const noTar = tar.status !== 0 ? 'tar is not on PATH' : undefined;
const skipRender = noTar ?? goRendererMissing;

describe('tgz', () => {
  it('gives the same bytes for the same files', async () => {
    const a = await tgz('web', FILES);
    const b = await tgz('web', FILES);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect([...a.slice(0, 8)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]);
  });

  it('puts every file under the folder, mode 0644, at the fixed time', async () => {
    const entries = await unpackTar(await gunzip(await tgz('web', FILES)));
    expect(entries.map((e) => e.header.name)).toEqual(FILES.map((f) => `web/${f.path}`));
    for (const e of entries) {
      expect(e.header.mode).toBe(0o644);
      expect(e.header.mtime).toEqual(ARCHIVE_TIME);
    }
    const texts = entries.map((e) => new TextDecoder().decode(e.data));
    expect(texts).toEqual(FILES.map((f) => f.text));
  });

  it('refuses paths that leave the folder', async () => {
    await expect(tgz('web', [{ path: '../x', text: '' }])).rejects.toThrow(/not a path inside/);
    await expect(tgz('web', [{ path: '/etc/x', text: '' }])).rejects.toThrow(/not a path inside/);
  });

  it.skipIf(noTar)(
    `GNU tar lists every file, long and non-ASCII names intact${noTar ? ` (skipped: ${noTar})` : ''}`,
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'podsmith-tgz-'));
      try {
        const file = path.join(dir, 'web.tgz');
        fs.writeFileSync(file, await tgz('web', FILES));
        const listed = spawnSync('tar', ['--quoting-style=literal', '-tzf', file], {
          encoding: 'utf8',
          env,
        });
        expect(listed.stderr).toBe('');
        expect(listed.stdout.split('\n').filter(Boolean)).toEqual(
          FILES.map((f) => `web/${f.path}`),
        );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(skipRender)(
    `a chart extracted from its .tgz renders to the design (Helm's engine semantics rebuilt in Go, not the Helm binary)${skipRender ? ` (skipped: ${skipRender})` : ''}`,
    async () => {
      const text = STARTER_YAML.replaceAll('name: web', `name: web-${'z'.repeat(90)}`);
      const chart = designToChart(text);
      if (!chart.ok) throw new Error(chart.message);
      const files = [...chart.files, { path: 'files/日本語 ☸.txt', text: 'kept\n' }];
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'podsmith-tgz-'));
      try {
        const file = path.join(dir, 'chart.tgz');
        fs.writeFileSync(file, await tgz(chart.name, files));
        const run = spawnSync('tar', ['-xzf', file, '-C', dir], { encoding: 'utf8', env });
        expect(run.stderr).toBe('');
        expect(fs.readFileSync(path.join(dir, chart.name, 'files/日本語 ☸.txt'), 'utf8')).toBe(
          'kept\n',
        );
        const rendered = renderChart(path.join(dir, chart.name));
        expect(rendered).toEqual([
          {
            source: `${chart.name}/${chart.templates[0]!.file}`,
            object: JSON.parse(JSON.stringify(parseDesign(text).values[0])),
          },
        ]);
        expect(chart.templates[0]!.file.length + chart.name.length).toBeGreaterThan(100);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
