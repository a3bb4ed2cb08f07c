import fs from 'node:fs';
import path from 'node:path';
import type { SpawnSyncReturns } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billionLaughs, POD } from '../yaml/hostile-samples.ts';
import { buildCli, type BuiltCli } from './process-testing.ts';

// Hostile and broken files given to the real `podsmith` process: each gets a clear message (on
// stderr, or as a diagnostic), the documented exit code, no stack trace, and no hang (every run
// is killed after 30 s, and each must end well before).

let cli: BuiltCli;

const FILES: Record<string, string | Buffer> = {
  'pod.yaml': POD,
  'bomb.yaml': billionLaughs(),
  'big.yaml': POD + `  annotations:\n    big: "${'x'.repeat(10 * 1024 * 1024)}"\n`,
  'docs.yaml': Array(5000).fill(POD).join('---\n'),
  'deep.yaml': 'a: ' + '['.repeat(100_000),
  'png.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  'latin1.yaml': Buffer.concat([Buffer.from(POD.replace('web', 'caf')), Buffer.from([0xe9])]),
  'utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POD, 'utf16le')]),
  'nul.yaml': POD.replace('nginx:1.27', 'nginx:1.27\u0000'),
  'tabs.yaml': POD.replace('  name: web', '\tname: web'),
  'windows.yaml': '\uFEFF' + POD.replace(/\n/g, '\r\n'),
  'odd-documents.yaml': `${POD}---\njust a sentence\n---\n- a\n- b\n---\n42\n`,
  'list.yaml': `apiVersion: v1\nkind: List\nitems:\n${POD.replace(/^/gm, '    ').replace('    apiVersion', '  - apiVersion')}`,
  'custom.yaml': `apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: Web_Monitor\nspec: {endpoints: [{port: web}]}\n`,
  'proto.yaml': POD.replace('  name: web', '  name: web\n  labels: {__proto__: x, constructor: y}')
    .replace('    - name: app', '    - name: constructor')
    .replace(
      '      image: nginx:1.27',
      '      image: nginx:1.27\n      env: [{name: __proto__, value: a}, {name: toString, value: b}]',
    ),
};

beforeAll(() => {
  cli = buildCli();
  for (const [name, content] of Object.entries(FILES)) {
    fs.writeFileSync(path.join(cli.dir, name), content);
  }
}, 120_000);

afterAll(() => cli?.remove());

/** Runs podsmith and checks what every run must do: end, in time, without a stack trace. */
function podsmith(args: string[], input?: string | Buffer): SpawnSyncReturns<string> {
  const start = Date.now();
  const run = cli.run(args, input);
  // EPIPE: the command stopped reading standard input early, as it should past 5 MB.
  const error = run.error as NodeJS.ErrnoException | undefined;
  if (error?.code !== 'EPIPE') expect(error, 'killed, or did not start').toBeUndefined();
  expect(Date.now() - start).toBeLessThan(20_000);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  return run;
}

const lines = (out: string) => out.trimEnd().split('\n');

describe('podsmith lint on hostile files (process)', { timeout: 60_000 }, () => {
  it('an alias bomb, 5,000 documents and deep nesting: one yaml-limit error each, exit 1', () => {
    const run = podsmith(['lint', 'bomb.yaml', 'docs.yaml', 'deep.yaml']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(lines(run.stdout)).toEqual([
      'bomb.yaml:1:1 error yaml-limit Aliases (*name) expand to more than 1,000 copies, the most Podsmith reads (a "billion laughs" text): write the values out or use fewer aliases',
      'docs.yaml:9000:1 error yaml-limit The text holds more than 1,000 YAML documents, the most Podsmith reads in one design: split it into smaller files',
      'deep.yaml:1:103 error yaml-limit Maps and lists nest more than 100 levels deep here, deeper than Podsmith reads: no Kubernetes object nests this deep',
      '3 errors, 0 warnings in 3 files',
    ]);
  });

  it('a 10 MB file is not read: stderr says why, the other files are still checked, exit 2', () => {
    const run = podsmith(['lint', 'big.yaml', 'pod.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'podsmith: cannot read big.yaml: 10.0 MB, more than the 5 MB Podsmith reads: split it into smaller files\n',
    );
    expect(lines(run.stdout).at(-1)).toMatch(/^0 errors, 0 warnings, \d+ info in 1 file$/);
  });

  it('binary data, Latin-1 and UTF-16 are not UTF-8 text: stderr names the byte, exit 2', () => {
    const run = podsmith(['lint', 'png.bin', 'latin1.yaml', 'utf16.yaml']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'podsmith: cannot read png.bin: not UTF-8 text (byte 0x89 at offset 0)\n' +
        `podsmith: cannot read latin1.yaml: not UTF-8 text (byte 0xe9 at offset ${POD.length})\n` +
        'podsmith: cannot read utf16.yaml: UTF-16 text: save it as UTF-8\n',
    );
  });

  it('a NUL byte and tab indentation are YAML errors, said where they are, exit 1', () => {
    const run = podsmith(['lint', 'nul.yaml', 'tabs.yaml']);
    expect(run.status).toBe(1);
    expect(lines(run.stdout)).toEqual([
      'nul.yaml:8:24 error yaml-syntax line 8: the text holds the control character U+0000, which YAML does not allow and kubectl refuses: remove it (a binary file is not a design)',
      'tabs.yaml:4:1 error yaml-syntax line 4: indented with a tab, which YAML does not allow; indent with spaces',
      expect.stringMatching(/^2 errors, 0 warnings(, \d+ info)? in 2 files$/),
    ]);
  });

  it('more than 5 MB on standard input, or from /dev/zero, is refused without reading on', () => {
    const stdin = podsmith(['lint', '-'], Buffer.alloc(6 * 1024 * 1024, 0x61));
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toBe(
      'podsmith: cannot read <stdin>: more than the 5 MB Podsmith reads: split it into smaller files\n',
    );
    if (!fs.existsSync('/dev/zero')) return;
    const zero = podsmith(['lint', '/dev/zero']);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toMatch(/^podsmith: cannot read \/dev\/zero: more than the 5 MB/);
  });

  it('BOM and CRLF, scalar and list documents, a List, a custom resource: read, exit 0', () => {
    const run = podsmith([
      'lint',
      '--format',
      'json',
      'windows.yaml',
      'odd-documents.yaml',
      'list.yaml',
      'custom.yaml',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const files = (
      JSON.parse(run.stdout) as {
        files: {
          file: string;
          diagnostics: { ruleId: string; severity: string; line: number; document: number }[];
        }[];
      }
    ).files;
    const notInfo = files.flatMap((f) => f.diagnostics.filter((d) => d.severity !== 'info'));
    expect(notInfo).toEqual([]);
    // Positions count CRLF lines as lines: the container's findings are on its line, 7, the
    // pod's (security profile: token, seccomp) on `spec:`, line 5.
    expect(files[0]!.diagnostics.every((d) => [5, 7, 8].includes(d.line))).toBe(true);
    expect(files[0]!.diagnostics.filter((d) => d.line === 5).map((d) => d.ruleId)).toEqual([
      'security-automount-token',
      'security-seccomp-missing',
    ]);
    expect(files[1]!.diagnostics.every((d) => d.document === 0)).toBe(true);
    expect(files[2]!.diagnostics.map((d) => d.ruleId)).toEqual(['list-items-not-checked']);
    expect(files[3]!.diagnostics).toEqual([]);
  });

  it('__proto__ and constructor as keys and names: ordinary findings', () => {
    const run = podsmith(['lint', 'proto.yaml']);
    // `__proto__` is no label key (a qualified name starts and ends with a letter or digit): the
    // one error, found as for any other key; `constructor` and the env names are fine.
    expect(run.status).toBe(1);
    expect(lines(run.stdout).filter((l) => / (error|warning) /.test(l))).toEqual([
      expect.stringMatching(
        /^proto\.yaml:\d+:\d+ error meta-labels-invalid metadata\.labels: Invalid value: "__proto__": name part must consist of/,
      ),
    ]);
    const inspect = podsmith(['inspect', '--format', 'json', 'proto.yaml']);
    expect(inspect.status).toBe(0);
    expect(JSON.parse(inspect.stdout).workloads[0].containers).toEqual([
      { name: 'constructor', role: 'main' },
    ]);
  });
});

describe('podsmith inspect on hostile files (process)', { timeout: 60_000 }, () => {
  it('a file past a limit: nothing analysed, stderr says which limit, exit 1', () => {
    const run = podsmith(['inspect', 'bomb.yaml']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([
      'podsmith: cannot inspect bomb.yaml: it goes past a limit Podsmith sets',
      expect.stringMatching(/^bomb\.yaml:1:1 error yaml-limit Aliases \(\*name\) expand/),
    ]);
  });

  it('a file that is too big or not text is not read, exit 2', () => {
    for (const [file, reason] of [
      ['big.yaml', '10.0 MB, more than the 5 MB Podsmith reads'],
      ['png.bin', 'not UTF-8 text (byte 0x89 at offset 0)'],
    ]) {
      const run = podsmith(['inspect', file!]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        new RegExp(`^podsmith: cannot read ${file}: ${reason!.replace(/[().]/g, '\\$&')}`),
      );
    }
  });

  it('analyses the pod of a BOM and CRLF file and of a file with odd documents', () => {
    for (const file of ['windows.yaml', 'odd-documents.yaml']) {
      const run = podsmith(['inspect', '--format', 'json', file]);
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout) as { workloads: { name: string; document: number }[] };
      expect(report.workloads.map((w) => [w.name, w.document])).toEqual([['web', 0]]);
    }
  });
});
