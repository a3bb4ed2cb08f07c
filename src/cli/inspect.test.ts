import { describe, expect, it } from 'vitest';
import { analyseDesign } from '../analysis/inspect.ts';
import { limitReason, requestReason } from '../analysis/resource-words.ts';
import { REPORT_JOB, WEB, WEB_JSON } from '../analysis/inspect-example.ts';
import { parseDesign } from '../yaml/parse.ts';
import type { InspectOptions } from './args.ts';
import { fakeIO } from './fake-io.ts';
import { inspect, runInspect } from './inspect.ts';
import { inspectText, table } from './inspect-text.ts';
import { main } from './main.ts';

const options = (over: Partial<InspectOptions>): InspectOptions => ({
  k8s: '1.34',
  format: 'text',
  file: 'web.yaml',
  ...over,
});

const SERVICE = `---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
    - port: 80
      targetPort: http
`;

describe('inspect', () => {
  it('gives the JSON of the command for a text', () => {
    expect(JSON.stringify(inspect(WEB))).toBe(WEB_JSON);
    expect(inspect(WEB, { k8s: '1.28' }).workloads[0]!.resources.requests.cpu).toBe('1010m');
  });
});

describe('runInspect', () => {
  it('prints the JSON of the issue on one line and exits 0', async () => {
    const fake = fakeIO({ 'web.yaml': WEB });
    expect(await runInspect(options({ format: 'json' }), fake.io)).toBe(0);
    expect(fake.out()).toBe(`${WEB_JSON}\n`);
    expect(fake.err()).toBe('');
  });

  it('analyses for the --k8s version', async () => {
    const fake = fakeIO({ 'web.yaml': WEB });
    expect(await runInspect(options({ format: 'json', k8s: '1.28' }), fake.io)).toBe(0);
    const [web] = JSON.parse(fake.out()).workloads;
    expect(web.shutdown).toEqual([['app', 'log']]);
    expect(web.resources.requests).toEqual({ cpu: '1010m', memory: '532Mi' });
  });

  it('reads standard input for -', async () => {
    const fake = fakeIO({}, REPORT_JOB);
    expect(await runInspect(options({ file: '-', format: 'json' }), fake.io)).toBe(0);
    expect(JSON.parse(fake.out()).workloads[0]).toMatchObject({ document: 1, name: 'report' });
  });

  it('exits 2 when the file cannot be read, printing nothing on stdout', async () => {
    const fake = fakeIO({});
    expect(await runInspect(options({ file: 'gone.yaml' }), fake.io)).toBe(2);
    expect(fake.err()).toBe('podsmith: cannot read gone.yaml: no such file\n');
    expect(fake.out()).toBe('');
  });

  it('exits 1 on YAML that does not parse, saying where, and analyses nothing', async () => {
    // A key given twice in a second document, on the third line after WEB (---, kind, kind).
    const fake = fakeIO({}, `${WEB}---\nkind: Pod\nkind: Pod\n`);
    expect(await runInspect(options({ file: '-', format: 'json' }), fake.io)).toBe(1);
    expect(fake.out()).toBe('');
    const line = WEB.trimEnd().split('\n').length + 3;
    expect(fake.err()).toBe(
      'podsmith: cannot inspect <stdin>: it is not valid YAML\n' +
        `<stdin>:${line}:1 error yaml-duplicate-key line ${line}: the key "kind" is already in this map; a key may appear only once\n`,
    );
    const syntax = fakeIO({ 'bad.yaml': 'kind: Pod\nmetadata: {name: [x\n' });
    expect(await runInspect(options({ file: 'bad.yaml' }), syntax.io)).toBe(1);
    expect(syntax.out()).toBe('');
    expect(syntax.err()).toMatch(
      /\nbad\.yaml:2:18 error yaml-syntax line 2: this \[ \] list is never closed; add the closing ']'\n$/,
    );
  });

  it('says when the file holds no workload, and exits 0', async () => {
    const fake = fakeIO({ 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' });
    expect(await runInspect(options({ file: 'cm.yaml' }), fake.io)).toBe(0);
    expect(fake.out()).toMatch(/^No workload in cm\.yaml: /);
    const json = fakeIO({ 'cm.yaml': '' });
    expect(await runInspect(options({ file: 'cm.yaml', format: 'json' }), json.io)).toBe(0);
    expect(json.out()).toBe('{"workloads":[]}\n');
  });

  it('is what main runs for inspect, with its help', async () => {
    const fake = fakeIO({ 'web.yaml': WEB });
    expect(await main(['inspect', '--format=json', 'web.yaml'], fake.io)).toBe(0);
    expect(fake.out()).toBe(`${WEB_JSON}\n`);
    const help = fakeIO({});
    expect(await main(['inspect', '--help'], help.io)).toBe(0);
    expect(help.out()).toMatch(/^Usage: podsmith inspect \[--k8s <version>\]/);
    const bad = fakeIO({});
    expect(await main(['inspect', 'a.yaml', 'b.yaml'], bad.io)).toBe(2);
    expect(bad.err()).toContain('Run "podsmith inspect --help" for usage.');
  });
});

describe('inspectText', () => {
  const text = (yaml: string, k8s: '1.28' | '1.34' = '1.34') =>
    inspectText(analyseDesign(parseDesign(yaml), { k8s }), 'web.yaml');

  it('reports containers with roles and amounts, pod totals with reasons, and the QoS class', () => {
    const out = text(WEB + SERVICE);
    expect(out).toMatch(/^Deployment web \(document 0\), Kubernetes 1\.34\n\nContainers:\n/);
    expect(out).toMatch(/\n {2}mesh-proxy +native sidecar +cpu 100m, memory 128Mi +cpu 300m\n/);
    expect(out).toMatch(/\n {2}log +classic sidecar +cpu 50m, memory 64Mi +cpu 200m\n/);
    expect(out).toMatch(/\n {2}cpu +1110m +2\n {2}memory +660Mi +no limit\n/);
    // The reasons are the analysis's own words, one line each.
    const [web] = analyseDesign(parseDesign(WEB + SERVICE)).workloads;
    for (const t of web!.resources.totals) {
      expect(out).toContain(`\n  ${requestReason(web!.resources, t)}\n`);
      expect(out).toContain(`\n  ${limitReason(t)}\n`);
    }
    expect(out).toContain(`\nQoS class: Burstable. ${web!.qos.reason}\n`);
    expect(out).toMatch(/\nQoS class: Burstable\. \S/);
  });

  it('lists start-up and shut-down steps in order, then ports and the Services that reach them', () => {
    const out = text(WEB + SERVICE);
    const start = out.slice(out.indexOf('Start-up:'), out.indexOf('Shut-down'));
    expect(start.match(/^ {2}\d\. .*$/gm)!.map((l) => l.replace(/:.*$/, ''))).toEqual([
      '  1. init-db (init container)',
      '  2. mesh-proxy (native sidecar)',
      '  3. migrate (init container)',
      '  4. app (main container), log (classic sidecar)',
    ]);
    expect(out).toMatch(
      /\nShut-down \(30 s grace period, the default\):\n {2}1\. app \(main container\), log \(classic sidecar\): .+\n {2}2\. mesh-proxy \(native sidecar\): /,
    );
    expect(out).toMatch(
      /\nPorts:\n {2}app {2}8080\/TCP {2}http\n {2}Service web port 80\/TCP -> app 8080\/TCP \(http\)\n$/,
    );
  });

  it('says what the target version changes: a dropped native sidecar blocks the steps after it', () => {
    const out = text(WEB, '1.28');
    expect(out).toMatch(/\n\nNote: Native sidecars are off on Kubernetes 1\.28/);
    expect(out).toContain('native sidecar (runs as init container)');
    expect(out).toMatch(
      /\n {2}3\. migrate \(init container\): Never starts: an earlier step never lets it\./,
    );
  });

  it('says when a Job completes, and puts a blank line or two between workloads', () => {
    const out = text(`${REPORT_JOB}---\n${WEB}`);
    const job = analyseDesign(parseDesign(REPORT_JOB)).workloads[0]!.lifecycle.job!;
    expect(job.detail).toMatch(/^Job completes when report exits/);
    expect(out).toContain(`\n\n${job.detail}.\n\n`);
    expect(out).toMatch(/ports:\n {2}none declared\n\n\nDeployment web \(document 2\)/i);
    expect(out).toMatch(/\n {2}ephemeral-storage +1Gi +no limit\n/);
  });
});

describe('table', () => {
  it('pads every column but the last, and trims the end', () => {
    expect(
      table([
        ['a', 'bbb', ''],
        ['cc', 'd', 'e'],
      ]),
    ).toEqual(['  a   bbb', '  cc  d    e']);
  });
});
