import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates/gallery.ts';
import { parseDesign } from '../yaml/parse.ts';
import { validateDesign } from './index.ts';
import { RULE_IDS } from './rules/index.ts';
import { isK8sVersion } from './versions.ts';

// The golden corpus (kubeconform's habit): one file per defect, named by intent, the expected
// rule ids in its header. `# expect: a, b` lists what must fire; any other error or warning is a
// failure (info findings not listed are ignored). `# near-miss: a` names rules that must NOT fire
// on it. `# k8s: 1.28` picks the target version. Files in valid/ are realistic manifests that
// must produce no error and no warning.

const dir = path.dirname(fileURLToPath(import.meta.url));
const fixturesDir = path.join(dir, '__fixtures__');

interface Fixture {
  file: string;
  text: string;
  expect: string[];
  nearMiss: string[];
  k8s?: string;
}

function header(text: string, key: string): string[] | undefined {
  const m = new RegExp(`^# ${key}:(.*)$`, 'm').exec(text);
  if (!m) return undefined;
  return m[1]!
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && s !== '(none)');
}

function load(sub = ''): Fixture[] {
  const folder = path.join(fixturesDir, sub);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(folder, f), 'utf8');
      return {
        file: path.join(sub, f),
        text,
        expect: header(text, 'expect') ?? [],
        nearMiss: header(text, 'near-miss') ?? [],
        k8s: header(text, 'k8s')?.[0],
      };
    });
}

function run(fx: Fixture) {
  const k8s = fx.k8s;
  if (k8s !== undefined && !isK8sVersion(k8s)) throw new Error(`${fx.file}: bad k8s ${k8s}`);
  return validateDesign(parseDesign(fx.text), { k8s });
}

const defects = load();
// The gallery's starting designs are realistic manifests too: they must be clean.
const valid = [
  ...load('valid'),
  ...TEMPLATES.map((t) => ({ file: `template ${t.id}`, text: t.yaml, expect: [], nearMiss: [] })),
];

describe('fixture corpus', () => {
  it.each(defects.map((f) => [f.file, f] as const))('%s', (_name, fx) => {
    const found = run(fx);
    const ids = new Set(found.map((d) => d.ruleId));
    for (const id of fx.expect) expect(ids, `${id} should fire`).toContain(id);
    for (const id of fx.nearMiss) expect(ids, `${id} must not fire`).not.toContain(id);
    const unexpected = found.filter((d) => d.severity !== 'info' && !fx.expect.includes(d.ruleId));
    expect(unexpected.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
  });

  it.each(valid.map((f) => [f.file, f] as const))('%s has no errors or warnings', (_n, fx) => {
    const found = run(fx).filter((d) => d.severity !== 'info');
    expect(found.map((d) => `${d.ruleId} (${d.line}:${d.column}): ${d.message}`)).toEqual([]);
  });

  it('every rule fires on a fixture and has a near miss that must not fire', () => {
    const fired = new Set(defects.flatMap((f) => f.expect));
    const missed = new Set(defects.flatMap((f) => f.nearMiss));
    expect(RULE_IDS.filter((id) => !fired.has(id))).toEqual([]);
    expect(RULE_IDS.filter((id) => !missed.has(id))).toEqual([]);
  });

  it('every expected id is a known rule', () => {
    const known = new Set(RULE_IDS);
    const unknown = defects.flatMap((f) =>
      [...f.expect, ...f.nearMiss].filter((id) => !known.has(id)),
    );
    expect(unknown).toEqual([]);
  });
});

describe('positions', () => {
  it('marks only the first line of a finding about a whole object', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '    - name: web',
      '      image: nginx:1.27',
      '      ports:',
      '        - containerPort: 80',
      '',
    ].join('\n');
    const probe = validateDesign(parseDesign(text)).find((d) => d.ruleId === 'probe-missing');
    expect(probe).toBeDefined();
    expect(probe!.endLine).toBe(probe!.line);
    const port = validateDesign(parseDesign(text.replace('80', '70000'))).find(
      (d) => d.ruleId === 'port-basic-fields',
    );
    expect(port).toMatchObject({ line: 10, column: 11 });
  });

  it('ends a YAML problem at the end of its line, never past the end of the next one', () => {
    // Found by the fuzz properties: the YAML library put this duplicate key at the end of line 2,
    // and the end used to be column 13 of line 3, which is 11 characters long. Podsmith finds
    // duplicate keys itself now, at the key.
    const text = 'spec:\n  selector:\n  selector:\n    matchLabels:\n      app: web\n';
    const [duplicate] = validateDesign(parseDesign(text));
    expect(duplicate).toMatchObject({
      ruleId: 'yaml-duplicate-key',
      line: 3,
      column: 3,
      endLine: 3,
      endColumn: 4,
    });
    const [cut] = validateDesign(parseDesign('a: "open\r\n'));
    expect(cut).toMatchObject({ ruleId: 'yaml-syntax', endLine: cut!.line });
    expect(cut!.endColumn).toBeLessThanOrEqual('a: "open\r'.length + 1);
  });
});

describe('StatefulSet templates', () => {
  const sts = (kind: string, restart = 'Always') => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      restartPolicy: ${restart}
      containers:
        - name: db
          image: postgres:16.4
        - name: db
          image: busybox:1.36
`;
  const severityOf = (text: string, id: string) =>
    validateDesign(parseDesign(text)).find((d) => d.ruleId === id)?.severity;

  it('a pod-spec error the StatefulSet API lets through is a warning: its Pods fail later', () => {
    expect(severityOf(sts('StatefulSet'), 'container-name-duplicate')).toBe('warning');
    expect(severityOf(sts('Deployment'), 'container-name-duplicate')).toBe('error');
  });

  it('what the StatefulSet API does check stays an error', () => {
    expect(severityOf(sts('StatefulSet', 'Never'), 'template-restart-policy')).toBe('error');
  });
});
