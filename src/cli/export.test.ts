import { describe, expect, it } from 'vitest';
import { exportDesign } from '../convert/formats.ts';
import { TEMPLATES } from '../templates/gallery.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseArgs, type ArgsResult, type ExportOptions } from './args.ts';
import { runExport } from './export.ts';
import { fakeIO } from './fake-io.ts';
import { helpText } from './help.ts';
import { main } from './main.ts';
import { under } from './write-out.ts';

const WITH_STATUS = `${STARTER_YAML}status:\n  replicas: 1\n`;

const options = (over: Partial<ExportOptions> = {}): ExportOptions => ({
  format: 'terraform',
  file: 'web.yaml',
  tgz: false,
  force: false,
  images: false,
  ...over,
});

/** The files exportDesign makes, as the paths the command must write under `dir`. */
function expectedFiles(text: string, over: Partial<ExportOptions>, dir: string) {
  const out = exportDesign(text, over.format ?? 'terraform', { images: over.images });
  if (!out.ok) throw new Error(out.message);
  const folder = out.folder ? `${dir}/${out.folder}` : dir;
  return new Map(out.files.map((f) => [`${folder}/${f.path}`, f.text]));
}

describe('runExport', () => {
  it('prints Terraform on stdout, nothing on stderr when everything is carried', async () => {
    for (const format of ['terraform', 'terraform-manifest'] as const) {
      const fake = fakeIO({ 'web.yaml': STARTER_YAML });
      expect(await runExport(options({ format }), fake.io)).toBe(0);
      expect(fake.out()).toBe(expectedFiles(STARTER_YAML, { format }, '.').get('./main.tf'));
      expect(fake.out()).toMatch(/^terraform \{\n/);
      expect(fake.err()).toBe('');
      expect(fake.written.size).toBe(0);
    }
  });

  it('names on stderr, one line each, what the format cannot carry', async () => {
    const fake = fakeIO({ 'web.yaml': WITH_STATUS });
    expect(await runExport(options(), fake.io)).toBe(0);
    const lines = fake.err().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^web\.yaml: not carried in terraform: kubernetes_deployment_v1\.web: status\b/,
    );
    const helm = fakeIO({ 'web.yaml': `${STARTER_YAML}---\nfoo: bar\n` });
    expect(await runExport(options({ format: 'helm', out: 'out' }), helm.io)).toBe(0);
    expect(helm.err()).toContain(
      'web.yaml: not carried in helm: Document 2 is not a Kubernetes object (no apiVersion or kind): it is left out\n',
    );
  });

  it('writes main.tf into -o, and a chart or a base as a folder inside it', async () => {
    for (const over of [
      { format: 'terraform-manifest' },
      { format: 'helm' },
      { format: 'kustomize', images: true },
    ] as const) {
      const fake = fakeIO({ 'web.yaml': STARTER_YAML });
      expect(await runExport(options({ ...over, out: 'out' }), fake.io)).toBe(0);
      const expected = expectedFiles(STARTER_YAML, over, 'out');
      expect(new Map(fake.written)).toEqual(expected);
      expect(fake.out()).toBe([...expected.keys()].map((p) => `${p}\n`).join(''));
    }
    const base = fakeIO({ 'web.yaml': STARTER_YAML });
    await runExport(options({ format: 'kustomize', out: 'k', images: true }), base.io);
    expect(base.written.get('k/base/kustomization.yaml')).toMatch(/\nimages:\n {2}- name: /);
    const chart = fakeIO({ 'web.yaml': STARTER_YAML });
    await runExport(options({ format: 'helm', out: 'k', name: 'shop' }), chart.io);
    expect(chart.written.get('k/shop/Chart.yaml')).toMatch(/^name: "shop"$/m);
  });

  it('writes a chart archive named as helm package names it, in -o or here', async () => {
    const fake = fakeIO({ 'web.yaml': STARTER_YAML });
    expect(await runExport(options({ format: 'helm', tgz: true, out: 'charts' }), fake.io)).toBe(0);
    expect([...fake.written.keys()]).toEqual(['charts/web-0.1.0.tgz']);
    const bytes = fake.written.get('charts/web-0.1.0.tgz') as Uint8Array;
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const here = fakeIO({ 'web.yaml': STARTER_YAML });
    expect(await runExport(options({ format: 'helm', tgz: true }), here.io)).toBe(0);
    expect(here.out()).toBe('web-0.1.0.tgz\n');
  });

  it('replaces no file without --force, and writes nothing then', async () => {
    const files = { 'web.yaml': STARTER_YAML, 'out/base/deployment-web.yaml': 'mine\n' };
    const fake = fakeIO(files);
    expect(await runExport(options({ format: 'kustomize', out: 'out' }), fake.io)).toBe(2);
    expect(fake.written.size).toBe(0);
    expect(fake.out()).toBe('');
    expect(fake.err()).toBe(
      'podsmith: out/base/deployment-web.yaml already exists\n' +
        'podsmith: nothing was written; --force replaces what is there\n',
    );
    const forced = fakeIO(files);
    expect(
      await runExport(options({ format: 'kustomize', out: 'out', force: true }), forced.io),
    ).toBe(0);
    expect(forced.written.get('out/base/deployment-web.yaml')).toMatch(/^apiVersion: apps\/v1\n/);
  });

  it('exits 2 when a file cannot be written, saying which and why', async () => {
    const fake = fakeIO({ 'web.yaml': STARTER_YAML });
    fake.io.writeFile = async () => {
      throw new Error('permission denied');
    };
    expect(await runExport(options({ out: '/ro' }), fake.io)).toBe(2);
    expect(fake.err()).toBe('podsmith: cannot write /ro/main.tf: permission denied\n');
  });

  it('exits 1 on YAML that does not parse, writing nothing; 2 on a missing file', async () => {
    const fake = fakeIO({ 'bad.yaml': 'kind: Pod\nmetadata: {name: [x\n' });
    expect(await runExport(options({ file: 'bad.yaml', format: 'helm', out: 'o' }), fake.io)).toBe(
      1,
    );
    expect(fake.written.size).toBe(0);
    expect(fake.out()).toBe('');
    expect(fake.err()).toMatch(
      /^podsmith: cannot export bad\.yaml: it is not valid YAML\nbad\.yaml:2:18 error yaml-syntax /,
    );
    const missing = fakeIO({});
    expect(await runExport(options({ file: 'gone.yaml' }), missing.io)).toBe(2);
    expect(missing.err()).toBe('podsmith: cannot read gone.yaml: no such file\n');
  });

  it('reads standard input for -, and exports every template in every format', async () => {
    for (const t of TEMPLATES) {
      for (const format of ['terraform', 'terraform-manifest'] as const) {
        const fake = fakeIO({}, t.yaml);
        expect(await runExport(options({ file: '-', format }), fake.io)).toBe(0);
        expect(fake.out()).toBe(expectedFiles(t.yaml, { format }, '.').get('./main.tf'));
        for (const line of fake.err().split('\n').filter(Boolean))
          expect(line).toMatch(new RegExp(`^<stdin>: not carried in ${format}: \\S`));
      }
      for (const format of ['helm', 'kustomize'] as const) {
        const fake = fakeIO({}, t.yaml);
        expect(await runExport(options({ file: '-', format, out: 'o' }), fake.io)).toBe(0);
        expect(new Map(fake.written)).toEqual(expectedFiles(t.yaml, { format }, 'o'));
      }
    }
  });
});

describe('under', () => {
  it('keeps a path inside its folder', () => {
    expect(under('out', 'templates/a.yaml')).toBe('out/templates/a.yaml');
    expect(() => under('out', '../a')).toThrow('../a: not a path inside out');
    expect(() => under('out', '/etc/a')).toThrow(/not a path inside out/);
  });
});

describe('podsmith export', () => {
  const exportOf = (result: ArgsResult) => {
    if (!result.ok || result.invocation.command !== 'export')
      throw new Error(JSON.stringify(result));
    return result.invocation.options;
  };
  const error = (argv: string[]) => {
    const r = parseArgs(['export', ...argv]);
    if (r.ok) throw new Error('expected an error');
    expect(r.topic).toBe('export');
    return r.error;
  };

  it('reads its options: --format, -o, --tgz, --force, --images, --name, one file', () => {
    expect(exportOf(parseArgs(['export', '--format', 'terraform', 'a.yaml']))).toEqual(
      options({ file: 'a.yaml' }),
    );
    expect(
      exportOf(
        parseArgs(['export', '--format=helm', '-o', 'out', '--name', 'shop', '--force', '-']),
      ),
    ).toEqual(options({ format: 'helm', out: 'out', name: 'shop', force: true, file: '-' }));
    expect(exportOf(parseArgs(['export', '--format', 'helm', '--tgz', 'a']))).toEqual(
      options({ format: 'helm', tgz: true, file: 'a' }),
    );
    expect(
      exportOf(parseArgs(['export', 'a', '--format', 'kustomize', '--images', '--out=k'])),
    ).toEqual(options({ format: 'kustomize', images: true, out: 'k', file: 'a' }));
  });

  it('refuses what cannot be done, pointing at export help', () => {
    const choices = 'terraform, terraform-manifest, helm or kustomize';
    expect(error(['a.yaml'])).toBe(`no format given: use --format ${choices}`);
    expect(error(['--format', 'pulumi', 'a'])).toBe(
      `unknown format "pulumi" for --format; use ${choices}`,
    );
    expect(error(['--format', 'helm', 'a'])).toBe(
      'helm writes a folder: give -o <dir> to write it in, or --tgz for one archive',
    );
    expect(error(['--format', 'kustomize', 'a'])).toBe(
      'kustomize writes a folder: give -o <dir> to write it in',
    );
    expect(error(['--format', 'terraform', '--tgz', 'a'])).toBe('--tgz goes with --format helm');
    expect(error(['--format', 'helm', '-o', 'o', '--images', 'a'])).toBe(
      '--images goes with --format kustomize',
    );
    expect(error(['--format', 'kustomize', '-o', 'o', '--name', 'x', 'a'])).toMatch(
      /^--name goes with --format helm/,
    );
    expect(error(['--format', 'terraform', '--force', 'a'])).toBe(
      '--force goes with -o: standard output replaces nothing',
    );
    expect(error(['--format', 'terraform', '-o', '-', 'a'])).toBe(
      'leave -o out to write to standard output',
    );
    expect(error(['--format', 'terraform'])).toMatch(/^no file to export/);
    expect(error(['--format', 'terraform', 'a', 'b'])).toBe('export takes one file, got 2: a b');
    expect(error(['--k8s', '1.34', 'a'])).toBe('unknown option --k8s');
  });

  it('is what main runs, with its help, and usage errors exit 2', async () => {
    const fake = fakeIO({ 'web.yaml': STARTER_YAML });
    expect(await main(['export', '--format', 'terraform', 'web.yaml'], fake.io)).toBe(0);
    expect(fake.out()).toMatch(/resource "kubernetes_deployment_v1" "web"/);
    for (const argv of [
      ['export', '--help'],
      ['help', 'export'],
    ]) {
      const help = fakeIO({});
      expect(await main(argv, help.io)).toBe(0);
      expect(help.out()).toBe(helpText('export'));
    }
    expect(helpText('export')).toMatch(/^Usage: podsmith export --format <format> \[-o <dir>\]/);
    expect(helpText()).toMatch(/\n {2}export {4}the design as Terraform/);
    const bad = fakeIO({});
    expect(await main(['export', 'web.yaml'], bad.io)).toBe(2);
    expect(bad.err()).toContain('Run "podsmith export --help" for usage.');
  });
});
