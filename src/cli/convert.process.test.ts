import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportDesign, type ExportFormat } from '../convert/formats.ts';
import { tgz } from '../convert/tgz.ts';
import { TEMPLATES } from '../templates/gallery.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { SEED_TF, SEED_VARIABLES } from './convert-testing.ts';
import { buildCli, type BuiltCli } from './process-testing.ts';

// `podsmith export` and `podsmith import`, the real process built into a temporary folder (see
// process-testing.ts), which has no node_modules: the HCL parser's WebAssembly must come from the
// build itself.

let cli: BuiltCli;
const NATIVE = TEMPLATES.find((t) => t.id === 'log-shipper-native')!.yaml;

beforeAll(() => {
  cli = buildCli();
  fs.writeFileSync(path.join(cli.dir, 'starter.yaml'), STARTER_YAML);
  fs.writeFileSync(path.join(cli.dir, 'native.yaml'), NATIVE);
  fs.writeFileSync(path.join(cli.dir, 'seed.tf'), SEED_TF);
  fs.writeFileSync(
    path.join(cli.dir, 'broken.yaml'),
    'kind: Pod\nmetadata:\n  name: a\n  name: b\n',
  );
}, 120_000);

afterAll(() => cli?.remove());

const podsmith = (args: string[], input?: string) => cli.run(args, input);
const read = (file: string) => fs.readFileSync(path.join(cli.dir, file), 'utf8');

/** What exportDesign gives: the folder and its files. */
function expected(text: string, format: ExportFormat) {
  const out = exportDesign(text, format, { images: format === 'kustomize' });
  if (!out.ok) throw new Error(out.message);
  return out;
}

describe('podsmith export (process)', { timeout: 30_000 }, () => {
  it('prints Terraform on stdout, for the starter and a template', () => {
    for (const [file, text] of [
      ['starter.yaml', STARTER_YAML],
      ['native.yaml', NATIVE],
    ] as const) {
      for (const format of ['terraform', 'terraform-manifest'] as const) {
        const run = podsmith(['export', '--format', format, file]);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(expected(text, format).files[0]!.text);
      }
    }
    const native = podsmith(['export', '--format', 'terraform', 'native.yaml']).stdout;
    expect(native).toMatch(/\n {8}init_container \{\n {10}name +=/);
    expect(native).toContain('version = ">= 3.0.0"');
  });

  it('writes every format into -o, the files exportDesign makes, and lists them', () => {
    for (const [file, text] of [
      ['starter.yaml', STARTER_YAML],
      ['native.yaml', NATIVE],
    ] as const) {
      for (const { format } of EXPORT_FORMATS) {
        const dir = `out-${format}-${file}`;
        const extra = format === 'kustomize' ? ['--images'] : [];
        const run = podsmith(['export', '--format', format, ...extra, '-o', dir, file]);
        const out = expected(text, format);
        expect(run.stderr).toBe(
          out.notCarried.map((n) => `${file}: not carried in ${format}: ${n}\n`).join(''),
        );
        expect(run.status).toBe(0);
        const paths = out.files.map((f) => path.join(dir, out.folder, f.path));
        expect(run.stdout).toBe(paths.map((p) => `${p}\n`).join(''));
        out.files.forEach((f, i) => expect(read(paths[i]!)).toBe(f.text));
      }
    }
    const chart = expected(NATIVE, 'helm').folder;
    expect(read(`out-helm-native.yaml/${chart}/values.yaml`)).toMatch(/^ {2}initContainers:$/m);
  });

  it('writes a chart archive, the bytes tgz makes', async () => {
    const run = podsmith(['export', '--format', 'helm', '--tgz', '-o', 'charts', 'starter.yaml']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('charts/web-0.1.0.tgz\n');
    const chart = expected(STARTER_YAML, 'helm');
    const bytes = fs.readFileSync(path.join(cli.dir, 'charts/web-0.1.0.tgz'));
    expect(new Uint8Array(bytes)).toEqual(await tgz(chart.folder, chart.files));
  });

  it('names what the format cannot carry on stderr, and exits 0', () => {
    const run = podsmith(
      ['export', '--format', 'terraform', '-'],
      `${STARTER_YAML}status: {replicas: 1}\n`,
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^<stdin>: not carried in terraform: kubernetes_deployment_v1\.web: status\b[^\n]*\n$/,
    );
  });

  it('replaces no file without --force, and writes nothing then', () => {
    expect(podsmith(['export', '--format', 'kustomize', '-o', 'k', 'starter.yaml']).status).toBe(0);
    fs.writeFileSync(path.join(cli.dir, 'k/base/kustomization.yaml'), 'mine\n');
    fs.rmSync(path.join(cli.dir, 'k/base/deployment-web.yaml'));
    const again = podsmith(['export', '--format', 'kustomize', '-o', 'k', 'starter.yaml']);
    expect(again.status).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(
      'podsmith: k/base/kustomization.yaml already exists\n' +
        'podsmith: nothing was written; --force replaces what is there\n',
    );
    expect(read('k/base/kustomization.yaml')).toBe('mine\n');
    expect(fs.existsSync(path.join(cli.dir, 'k/base/deployment-web.yaml'))).toBe(false);
    const forced = podsmith([
      'export',
      '--format',
      'kustomize',
      '-o',
      'k',
      '--force',
      'starter.yaml',
    ]);
    expect(forced.status).toBe(0);
    const base = exportDesign(STARTER_YAML, 'kustomize');
    expect(base.ok && base.files.map((f) => read(`k/base/${f.path}`))).toEqual(
      base.ok && base.files.map((f) => f.text),
    );
  });

  it('exits 1 on a design that does not parse, saying where; 2 on a usage error', () => {
    const run = podsmith(['export', '--format', 'helm', '-o', 'never', 'broken.yaml']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'podsmith: cannot export broken.yaml: it is not valid YAML\n' +
        'broken.yaml:4:3 error yaml-duplicate-key line 4: the key "name" is already in this map; a key may appear only once\n',
    );
    expect(fs.existsSync(path.join(cli.dir, 'never'))).toBe(false);
    const usage = podsmith(['export', '--format', 'helm', 'starter.yaml']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe(
      'podsmith: helm writes a folder: give -o <dir> to write it in, or --tgz for one archive\n' +
        'Run "podsmith export --help" for usage.\n',
    );
  });
});

describe('podsmith import (process)', { timeout: 30_000 }, () => {
  it('runs the parser from the build, with no node_modules to find it in', () => {
    const assets = fs.readdirSync(path.join(cli.dir, 'dist-cli/assets'));
    expect(assets).toEqual([expect.stringMatching(/^main\.wasm-[\w-]+\.gz$/)]);
    const resolve = () => createRequire(cli.bin).resolve('@cdktf/hcl2json/main.wasm.gz');
    expect(resolve).toThrow();
  });

  it('prints the seed as a Deployment whose django and cron share shared-app at /shared', () => {
    const run = podsmith(['import', 'seed.tf']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^apiVersion: apps\/v1\nkind: Deployment\nmetadata:\n {2}name: django\n/,
    );
    const mount =
      '          volumeMounts:\n            - name: shared-app\n              mountPath: /shared\n';
    expect(run.stdout).toMatch(/\n {8}- name: django\n[^]*\n {8}- name: cron\n/);
    expect(run.stdout.split(mount)).toHaveLength(3);
    const lines = run.stderr.trimEnd().split('\n');
    for (const variable of SEED_VARIABLES)
      expect(
        lines.filter((l) => l.startsWith('seed.tf: ') && l.includes(`\`${variable}\``)),
      ).toHaveLength(1);
    const stdin = podsmith(['import', '-'], SEED_TF);
    expect(stdin.status).toBe(0);
    expect(stdin.stdout).toBe(run.stdout);
  });

  it('writes -o, never over a file without --force', () => {
    const first = podsmith(['import', '-o', 'seed.yaml', 'seed.tf']);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('seed.yaml\n');
    expect(read('seed.yaml')).toMatch(/^apiVersion: apps\/v1\n/);
    fs.writeFileSync(path.join(cli.dir, 'seed.yaml'), 'mine\n');
    const again = podsmith(['import', '-o', 'seed.yaml', 'seed.tf']);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(
      'podsmith: seed.yaml already exists\npodsmith: nothing was written; --force replaces what is there\n',
    );
    expect(read('seed.yaml')).toBe('mine\n');
  });

  it('exits 1 on a file that is not HCL, with the parser’s words', () => {
    const run = podsmith(['import', '-'], 'resource "kubernetes_pod" "a" {\n');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^podsmith: cannot import <stdin>: no Kubernetes object comes out of it\n<stdin>: The file is not valid HCL: .*Unclosed configuration block/,
    );
  });
});
