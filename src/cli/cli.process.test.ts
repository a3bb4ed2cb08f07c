import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_JOB, WEB, WEB_JSON } from '../analysis/inspect-example.ts';
import { buildCli, type BuiltCli } from './process-testing.ts';

// The real `podsmith` process, built into a temporary folder (see process-testing.ts).

let cli: BuiltCli;
let tmp = '';
let bin = '';

beforeAll(() => {
  cli = buildCli();
  ({ dir: tmp, bin } = cli);
  fs.writeFileSync(path.join(tmp, 'clean.yaml'), CLEAN);
  fs.writeFileSync(path.join(tmp, 'errors.yaml'), ERRORS);
  fs.writeFileSync(path.join(tmp, 'web.yaml'), WEB);
  fs.writeFileSync(path.join(tmp, 'broken.yaml'), 'kind: Pod\nmetadata:\n  name: a\n  name: b\n');
}, 120_000);

afterAll(() => cli?.remove());

const podsmith = (args: string[], input?: string, script?: string) => cli.run(args, input, script);

const CLEAN = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: http
`;

// Two defects the object rules report: Job is not served under v1 (line 1), and a Deployment
// name with a capital (line 17). Otherwise complete, so other rules have little to say; the tests
// look for these two and allow any other finding to appear beside them.
const ERRORS = `apiVersion: v1
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
          command: ["sh", "-c", "echo done"]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: Web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
`;

const KIND_LINE =
  'errors.yaml:1:1 error kind-unknown apiVersion: Invalid value: "v1": no kind "Job" is served under "v1"; use apiVersion: batch/v1';
const LINE = /^errors\.yaml:\d+:\d+ (error|warning|info) [a-z0-9-]+ \S/;

// Each run starts a Node process; on two busy cores that can take seconds.
describe('podsmith lint (process)', { timeout: 30_000 }, () => {
  it('exits 0 on a clean file: no error or warning lines, the summary says so', () => {
    const run = podsmith(['lint', 'clean.yaml']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^0 errors, 0 warnings(, \d+ info)? in 1 file$/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^clean\.yaml:\d+:\d+ info /);
  });

  it('exits 1 on errors and prints them like a compiler, then the summary', () => {
    const run = podsmith(['lint', 'errors.yaml']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    const summary = lines.pop();
    expect(lines).toContain(KIND_LINE);
    expect(
      lines.some((l) =>
        l.startsWith(
          'errors.yaml:17:3 error metadata-name-invalid metadata.name: Invalid value: "Web": ',
        ),
      ),
    ).toBe(true);
    for (const line of lines) expect(line).toMatch(LINE);
    const errors = lines.filter((l) => / error /.test(l)).length;
    expect(summary).toMatch(
      new RegExp(`^${errors} errors, \\d+ warnings?(, \\d+ info)? in 1 file$`),
    );
  });

  it('prints the documented JSON with --format json', () => {
    const run = podsmith([
      'lint',
      '--format',
      'json',
      '--k8s',
      '1.30',
      'errors.yaml',
      'clean.yaml',
    ]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.files.map((f: { file: string }) => f.file)).toEqual(['errors.yaml', 'clean.yaml']);
    const found = (id: string) =>
      json.files[0].diagnostics.find((d: { ruleId: string }) => d.ruleId === id);
    expect(found('kind-unknown')).toEqual({
      ruleId: 'kind-unknown',
      severity: 'error',
      message:
        'apiVersion: Invalid value: "v1": no kind "Job" is served under "v1"; use apiVersion: batch/v1',
      path: 'apiVersion',
      line: 1,
      column: 1,
      document: 0,
    });
    expect(found('metadata-name-invalid')).toMatchObject({
      severity: 'error',
      path: 'metadata.name',
      line: 17,
      column: 3,
      document: 1,
    });
  });

  it('reads standard input for -', () => {
    const run = podsmith(['lint', '--format=json', '-'], ERRORS);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.files[0].file).toBe('<stdin>');
    expect(json.files[0].diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'kind-unknown', line: 1, document: 0 }),
    );
    const text = podsmith(['lint', '-'], CLEAN);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/0 errors, 0 warnings.* in 1 file\n$/);
  });

  it('exits 2 when a file is missing, saying which', () => {
    const run = podsmith(['lint', 'missing.yaml', 'clean.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('podsmith: cannot read missing.yaml: no such file\n');
    expect(run.stdout).toMatch(/in 1 file\n$/);
  });

  it('exits 2 on a bad option or version, without linting', () => {
    const option = podsmith(['lint', '--strict', 'errors.yaml']);
    expect(option.status).toBe(2);
    expect(option.stdout).toBe('');
    expect(option.stderr).toContain('podsmith: unknown option --strict');
    const version = podsmith(['lint', '--k8s', '1.19', 'errors.yaml']);
    expect(version.status).toBe(2);
    expect(version.stderr).toContain('known versions: 1.27, 1.28, 1.29, 1.30');
  });

  it('--profile strict turns the security profile into warnings, still exit 0', () => {
    const strict = podsmith(['lint', '--profile', 'strict', 'clean.yaml']);
    expect(strict.stderr).toBe('');
    expect(strict.status).toBe(0);
    const lines = strict.stdout.trimEnd().split('\n');
    expect(lines).toContain(
      'clean.yaml:16:11 warning security-privilege-escalation spec.template.spec.containers[0]: allowPrivilegeEscalation is not set to false: a process of the container can gain more privileges than its parent (setuid binaries, file capabilities); set allowPrivilegeEscalation: false',
    );
    expect(lines.at(-1)).toMatch(/^0 errors, [1-9]\d* warnings, \d+ info in 1 file$/);
    const plain = podsmith(['lint', '--profile=default', 'clean.yaml']);
    expect(plain.stdout).toContain(' info security-privilege-escalation ');
    const wrong = podsmith(['lint', '--profile', 'loose', 'clean.yaml']);
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toContain(
      'podsmith: unknown profile "loose" for --profile; use default or strict',
    );
  });

  it('prints help and exits 0', () => {
    const run = podsmith(['lint', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: podsmith lint /);
  });

  it('says how to build when the bundle is missing, and exits 2', () => {
    const bare = fs.mkdtempSync(path.join(tmp, 'unbuilt-'));
    fs.mkdirSync(path.join(bare, 'bin'));
    const script = path.join(bare, 'bin', 'podsmith.mjs');
    fs.copyFileSync(bin, script);
    const run = podsmith(['lint', 'clean.yaml'], undefined, script);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the CLI is not built yet. Run "npm run build"');
  });
});

describe('podsmith inspect (process)', { timeout: 30_000 }, () => {
  it('prints the JSON of the issue for the worked example and exits 0', () => {
    const run = podsmith(['inspect', '--format', 'json', 'web.yaml']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${WEB_JSON}\n`);
  });

  it('analyses for --k8s and reads standard input', () => {
    const old = podsmith(['inspect', '--k8s=1.28', '--format=json', '-'], WEB);
    expect(old.status).toBe(0);
    const [web] = JSON.parse(old.stdout).workloads;
    expect(web.resources.requests).toEqual({ cpu: '1010m', memory: '532Mi' });
    expect(web.shutdown).toEqual([['app', 'log']]);
    const job = podsmith(['inspect', '--format', 'json', '-'], REPORT_JOB);
    expect(JSON.parse(job.stdout).workloads[0]).toMatchObject({
      document: 1,
      kind: 'Job',
      resources: { requests: { 'ephemeral-storage': '1Gi' } },
    });
  });

  it('prints a readable report per workload as text', () => {
    const run = podsmith(['inspect', 'web.yaml']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const out = run.stdout;
    expect(out).toMatch(/^Deployment web \(document 0\), Kubernetes 1\.34\n/);
    for (const heading of [
      'Containers:',
      'Pod resources (what the scheduler reserves):',
      'QoS class: Burstable. ',
      'Start-up:',
      'Shut-down (30 s grace period, the default):',
      'Ports:',
    ])
      expect(out).toContain(`\n${heading}`);
    expect(out).toMatch(/\n {2}cpu +1110m +2\n {2}memory +660Mi +no limit\n/);
    expect(out).toContain('\n  4. app (main container), log (classic sidecar): ');
    const job = podsmith(['inspect', '-'], REPORT_JOB);
    expect(job.stdout).toMatch(/\n\nJob completes when report exits\b.*\.\n/);
  });

  it('exits 1 on YAML that does not parse, saying where on stderr', () => {
    const run = podsmith(['inspect', 'broken.yaml']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'podsmith: cannot inspect broken.yaml: it is not valid YAML\n' +
        'broken.yaml:4:3 error yaml-duplicate-key line 4: the key "name" is already in this map; a key may appear only once\n',
    );
  });

  it('exits 2 on a missing file, two files or a bad option', () => {
    const missing = podsmith(['inspect', 'missing.yaml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('podsmith: cannot read missing.yaml: no such file\n');
    expect(missing.stdout).toBe('');
    const two = podsmith(['inspect', 'web.yaml', 'clean.yaml']);
    expect(two.status).toBe(2);
    expect(two.stderr).toContain('podsmith: inspect takes one file, got 2');
    const format = podsmith(['inspect', '--format', 'yaml', 'web.yaml']);
    expect(format.status).toBe(2);
    expect(format.stderr).toBe(
      'podsmith: unknown format "yaml" for --format; use text or json\n' +
        'Run "podsmith inspect --help" for usage.\n',
    );
  });

  it('prints its help and is listed in the general help', () => {
    const run = podsmith(['inspect', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: podsmith inspect /);
    expect(podsmith(['--help']).stdout).toMatch(/\n {2}inspect {3}\S/);
  });
});
