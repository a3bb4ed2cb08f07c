import { describe, expect, it } from 'vitest';
import type { LintOptions } from './args.ts';
import { fakeIO } from './fake-io.ts';
import { describeReadError } from './io.ts';
import { lint, runLint } from './lint.ts';
import { main } from './main.ts';

const CLEAN = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  LOG_LEVEL: info
`;

// apiVersion v1 does not serve Job: an error the objects rule family reports on line 1. The rest
// is complete, but other rule families may add findings: tests look for this one.
const JOB_IN_V1 = `apiVersion: v1
kind: Job
metadata:
  name: backup
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: backup
          image: busybox:1.36
`;

const options = (over: Partial<LintOptions>): LintOptions => ({
  k8s: '1.34',
  format: 'text',
  profile: 'default',
  files: [],
  ...over,
});

// A Pod whose one container runs with the runtime's defaults: the security profile's checks
// (and sc-run-as-root, which belongs to the profile too) have something to say about it.
const BARE_POD = `apiVersion: v1
kind: Pod
metadata:
  name: shell
spec:
  containers:
    - name: shell
      image: busybox:1.37.0
      command: [sleep, '3600']
      securityContext:
        allowPrivilegeEscalation: true
`;

describe('lint', () => {
  it('runs the same parse and rules as the app', () => {
    expect(lint(CLEAN)).toEqual([]);
    expect(lint(JOB_IN_V1)).toContainEqual(
      expect.objectContaining({ ruleId: 'kind-unknown', severity: 'error', line: 1, column: 1 }),
    );
  });
});

describe('runLint', () => {
  it('exits 0 on clean files and prints the summary', async () => {
    const { io, out, err } = fakeIO({ 'ok.yaml': CLEAN });
    expect(await runLint(options({ files: ['ok.yaml'] }), io)).toBe(0);
    expect(out()).toBe('0 errors, 0 warnings in 1 file\n');
    expect(err()).toBe('');
  });

  it('exits 1 when a file has an error, and names each file in its lines', async () => {
    const { io, out } = fakeIO({ 'ok.yaml': CLEAN, 'job.yaml': JOB_IN_V1 });
    expect(await runLint(options({ files: ['ok.yaml', 'job.yaml'] }), io)).toBe(1);
    const lines = out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^job\.yaml:1:1 error kind-unknown apiVersion: Invalid value: "v1"/);
    expect(lines.every((l, i) => i === lines.length - 1 || l.startsWith('job.yaml:'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings?(, \d+ info)? in 2 files$/);
  });

  it('reads standard input for -, named <stdin>', async () => {
    const { io, out } = fakeIO({}, JOB_IN_V1);
    expect(await runLint(options({ files: ['-'], format: 'json' }), io)).toBe(1);
    const json = JSON.parse(out());
    expect(json.files[0].file).toBe('<stdin>');
    expect(json.files[0].diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'kind-unknown', document: 0, path: 'apiVersion' }),
    );
  });

  it('exits 2 when a file cannot be read, still checking the others', async () => {
    const { io, out, err } = fakeIO({ 'job.yaml': JOB_IN_V1 });
    expect(await runLint(options({ files: ['gone.yaml', 'job.yaml'] }), io)).toBe(2);
    expect(err()).toBe('podsmith: cannot read gone.yaml: no such file\n');
    expect(out()).toContain('job.yaml:1:1 error kind-unknown');
  });

  it('prints no summary when no file could be read, but JSON always', async () => {
    const text = fakeIO({});
    expect(await runLint(options({ files: ['gone.yaml'] }), text.io)).toBe(2);
    expect(text.out()).toBe('');
    const json = fakeIO({});
    expect(await runLint(options({ files: ['gone.yaml'], format: 'json' }), json.io)).toBe(2);
    expect(JSON.parse(json.out())).toEqual({ files: [] });
  });

  it('exits 0 when there are warnings but no error', async () => {
    // An unknown tag is a YAML warning: the text still parses.
    const tagged = CLEAN.replace('LOG_LEVEL: info', 'LOG_LEVEL: !level info');
    const { io, out } = fakeIO({ 'tag.yaml': tagged });
    expect(await runLint(options({ files: ['tag.yaml'] }), io)).toBe(0);
    expect(out()).toBe(
      'tag.yaml:6:14 warning yaml-syntax line 6: YAML cannot apply the tag !level here, so the value is read as plain text; remove the tag\n' +
        '0 errors, 1 warning in 1 file\n',
    );
  });
});

describe('runLint --profile', () => {
  const ESCALATION =
    'pod.yaml:11:9 {severity} security-privilege-escalation spec.containers[0].securityContext.allowPrivilegeEscalation: allowPrivilegeEscalation is true: a process of the container can gain more privileges than its parent (setuid binaries, file capabilities); set allowPrivilegeEscalation: false';

  it('reports the security profile as info by default, as warnings under strict', async () => {
    const plain = fakeIO({ 'pod.yaml': BARE_POD });
    expect(await runLint(options({ files: ['pod.yaml'] }), plain.io)).toBe(0);
    expect(plain.out()).toContain(ESCALATION.replace('{severity}', 'info'));
    expect(plain.out()).toMatch(/\n0 errors, 0 warnings, \d+ info in 1 file\n$/);

    const strict = fakeIO({ 'pod.yaml': BARE_POD });
    // Warnings do not fail the run: exit 0, as for any warning.
    expect(await runLint(options({ files: ['pod.yaml'], profile: 'strict' }), strict.io)).toBe(0);
    expect(strict.out()).toContain(ESCALATION.replace('{severity}', 'warning'));
    expect(strict.out()).toContain(' warning sc-run-as-root ');
    // probe-missing is best practice outside the profile: it stays info.
    expect(strict.out()).toContain(' info probe-missing ');
    expect(strict.out()).not.toMatch(/ info security-/);
  });

  it('leaves errors alone under strict, and still exits 1 on them', async () => {
    const { io, out } = fakeIO({ 'job.yaml': JOB_IN_V1 });
    expect(await runLint(options({ files: ['job.yaml'], profile: 'strict' }), io)).toBe(1);
    expect(out()).toContain('job.yaml:1:1 error kind-unknown');
  });

  it('lint() takes the profile as the app API does', () => {
    const severities = (profile?: 'default' | 'strict') =>
      new Set(
        lint(BARE_POD, { profile })
          .filter((d) => d.ruleId.startsWith('security-'))
          .map((d) => d.severity),
      );
    expect(severities()).toEqual(new Set(['info']));
    expect(severities('default')).toEqual(new Set(['info']));
    expect(severities('strict')).toEqual(new Set(['warning']));
  });
});

describe('main', () => {
  it('prints help on stdout and exits 0', async () => {
    const { io, out } = fakeIO({});
    expect(await main(['--help'], io)).toBe(0);
    expect(out()).toMatch(/^Usage: podsmith <command>/);
    const lintHelp = fakeIO({});
    expect(await main(['lint', '--help'], lintHelp.io)).toBe(0);
    expect(lintHelp.out()).toMatch(/^Usage: podsmith lint/);
  });

  it('exits 2 on a usage error, saying what is wrong and where help is', async () => {
    const { io, out, err } = fakeIO({});
    expect(await main(['lint', '--k8s', '2.0', 'a.yaml'], io)).toBe(2);
    expect(out()).toBe('');
    expect(err()).toMatch(
      /^podsmith: unknown Kubernetes version "2\.0" for --k8s; known versions: 1\.27,/,
    );
    expect(err()).toContain('Run "podsmith lint --help" for usage.');
  });

  it('refuses an unknown --profile in plain words, with exit 2', async () => {
    const { io, out, err } = fakeIO({ 'ok.yaml': CLEAN });
    expect(await main(['lint', '--profile', 'paranoid', 'ok.yaml'], io)).toBe(2);
    expect(out()).toBe('');
    expect(err()).toMatch(
      /^podsmith: unknown profile "paranoid" for --profile; use default or strict\n/,
    );
    expect(err()).toContain('Run "podsmith lint --help" for usage.');
  });

  it('runs lint with the profile it was given', async () => {
    const { io, out } = fakeIO({ 'pod.yaml': BARE_POD });
    expect(await main(['lint', '--profile', 'strict', '--format', 'json', 'pod.yaml'], io)).toBe(0);
    const [file] = JSON.parse(out()).files;
    expect(file.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'security-privilege-escalation', severity: 'warning' }),
    );
  });

  it('documents --profile in the lint help', async () => {
    const { io, out } = fakeIO({});
    expect(await main(['lint', '--help'], io)).toBe(0);
    expect(out()).toContain('[--profile default|strict]');
    expect(out()).toMatch(/--profile <name> +default: the security profile's checks/);
  });

  it('runs lint with the target version it was given', async () => {
    const { io, out } = fakeIO({ 'ok.yaml': CLEAN });
    expect(await main(['lint', '--k8s', '1.27', '--format', 'json', 'ok.yaml'], io)).toBe(0);
    expect(JSON.parse(out())).toEqual({ files: [{ file: 'ok.yaml', diagnostics: [] }] });
  });
});

describe('describeReadError', () => {
  it('turns Node error codes into plain words', () => {
    expect(describeReadError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(
      'no such file',
    );
    expect(describeReadError(Object.assign(new Error('x'), { code: 'EISDIR' }))).toBe(
      'is a directory',
    );
    expect(describeReadError(new Error('odd failure'))).toBe('odd failure');
  });
});
