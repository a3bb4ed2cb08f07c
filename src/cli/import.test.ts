import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseArgs, type ArgsResult, type ImportOptions } from './args.ts';
import { SEED_TF, SEED_VARIABLES } from './convert-testing.ts';
import { fakeIO } from './fake-io.ts';
import { helpText } from './help.ts';
import { runImport } from './import.ts';
import { main } from './main.ts';

const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({
  file: 'seed.tf',
  force: false,
  ...over,
});

interface Mount {
  name: string;
  mountPath: string;
}
interface Deployment {
  kind: string;
  spec: {
    template: { spec: { containers: { name: string; volumeMounts: Mount[] }[] } };
  };
}

/** The containers of the one Deployment of `yaml`, each with its mounts. */
function containersOf(yaml: string) {
  const docs = parseAllDocuments(yaml).map((d) => d.toJS() as Deployment);
  expect(docs.map((d) => d.kind)).toEqual(['Deployment']);
  return docs[0]!.spec.template.spec.containers.map((c) => [c.name, c.volumeMounts]);
}

describe('runImport', { timeout: 20_000 }, () => {
  it('prints the seed as a Deployment whose django and cron share shared-app at /shared', async () => {
    const fake = fakeIO({ 'seed.tf': SEED_TF });
    expect(await runImport(options(), fake.io)).toBe(0);
    const shared = [{ name: 'shared-app', mountPath: '/shared' }];
    expect(containersOf(fake.out())).toEqual([
      ['django', shared],
      ['cron', shared],
    ]);
    const lines = fake.err().trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^seed\.tf: kubernetes_deployment\.django: \S/);
    for (const variable of SEED_VARIABLES)
      expect(lines.filter((l) => l.includes(`\`${variable}\``))).toHaveLength(1);
  });

  it('reads standard input for -, and writes -o, never over a file without --force', async () => {
    const stdin = fakeIO({}, SEED_TF);
    expect(await runImport(options({ file: '-' }), stdin.io)).toBe(0);
    expect(stdin.err()).toMatch(/^<stdin>: kubernetes_deployment\.django: /);
    const out = fakeIO({ 'seed.tf': SEED_TF });
    expect(await runImport(options({ out: 'seed.yaml' }), out.io)).toBe(0);
    expect(out.out()).toBe('seed.yaml\n');
    expect(out.written.get('seed.yaml')).toBe(stdin.out());
    const taken = fakeIO({ 'seed.tf': SEED_TF, 'seed.yaml': 'mine\n' });
    expect(await runImport(options({ out: 'seed.yaml' }), taken.io)).toBe(2);
    expect(taken.written.size).toBe(0);
    expect(taken.err()).toBe(
      'podsmith: seed.yaml already exists\npodsmith: nothing was written; --force replaces what is there\n',
    );
    const forced = fakeIO({ 'seed.tf': SEED_TF, 'seed.yaml': 'mine\n' });
    expect(await runImport(options({ out: 'seed.yaml', force: true }), forced.io)).toBe(0);
    expect(forced.written.get('seed.yaml')).toBe(stdin.out());
  });

  it('exits 1 on a file that is not HCL, with the parser’s words, or holds no resource', async () => {
    const bad = fakeIO({ 'bad.tf': 'resource "kubernetes_pod" "a" {\n' });
    expect(await runImport(options({ file: 'bad.tf' }), bad.io)).toBe(1);
    expect(bad.out()).toBe('');
    expect(bad.err()).toMatch(
      /^podsmith: cannot import bad\.tf: no Kubernetes object comes out of it\nbad\.tf: The file is not valid HCL: .*\bbad\.tf:1,31-32: Unclosed configuration block; /,
    );
    const empty = fakeIO({ 'vars.tf': 'variable "x" {}\n' });
    expect(await runImport(options({ file: 'vars.tf' }), empty.io)).toBe(1);
    expect(empty.err()).toBe(
      'podsmith: cannot import vars.tf: no Kubernetes object comes out of it\n' +
        'vars.tf: The file holds no Terraform resources to convert.\n',
    );
    const missing = fakeIO({});
    expect(await runImport(options({ file: 'gone.tf' }), missing.io)).toBe(2);
    expect(missing.err()).toBe('podsmith: cannot read gone.tf: no such file\n');
  });
});

describe('podsmith import', () => {
  const importOf = (result: ArgsResult) => {
    if (!result.ok || result.invocation.command !== 'import')
      throw new Error(JSON.stringify(result));
    return result.invocation.options;
  };

  it('reads one file, -o and --force', () => {
    expect(importOf(parseArgs(['import', 'a.tf']))).toEqual(options({ file: 'a.tf' }));
    expect(importOf(parseArgs(['import', '-', '--out=a.yaml', '--force']))).toEqual(
      options({ file: '-', out: 'a.yaml', force: true }),
    );
  });

  it('refuses no file, two files, --force without -o and unknown options', () => {
    const error = (argv: string[]) => {
      const r = parseArgs(['import', ...argv]);
      if (r.ok) throw new Error('expected an error');
      expect(r.topic).toBe('import');
      return r.error;
    };
    expect(error([])).toBe('no file to import: give one file, or - for standard input');
    expect(error(['a.tf', 'b.tf'])).toBe('import takes one file, got 2: a.tf b.tf');
    expect(error(['--force', 'a.tf'])).toMatch(/^--force goes with -o/);
    expect(error(['--format', 'json', 'a.tf'])).toBe('unknown option --format');
  });

  it('is what main runs, with its help', async () => {
    const fake = fakeIO({ 'seed.tf': SEED_TF });
    expect(await main(['import', 'seed.tf'], fake.io)).toBe(0);
    expect(fake.out()).toMatch(/^apiVersion: apps\/v1\nkind: Deployment\n/);
    const help = fakeIO({});
    expect(await main(['import', '-h'], help.io)).toBe(0);
    expect(help.out()).toBe(helpText('import'));
    expect(helpText()).toMatch(/\n {2}import {4}a Terraform file's Kubernetes resources/);
  });
});
