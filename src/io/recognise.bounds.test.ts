import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDesign } from '../yaml/parse.ts';
import { MAX_TEXT_BYTES } from '../yaml/limits.ts';
import { recognise, SCAN_LIMIT } from './recognise.ts';
import { scanText } from './recognise-scan.ts';

// recognise runs on every paste and every opened file, up to 5 MB: it must look at a bounded
// prefix, and parse (YAML or JSON) only texts within that bound. These tests count the work done
// instead of timing it.

vi.mock(import('../yaml/parse.ts'), async (original) => {
  const mod = await original();
  return { ...mod, parseDesign: vi.fn(mod.parseDesign) };
});
vi.mock(import('./recognise-scan.ts'), async (original) => {
  const mod = await original();
  return { ...mod, scanText: vi.fn(mod.scanText) };
});

const parse = vi.mocked(parseDesign);
const scan = vi.mocked(scanText);

afterEach(() => {
  vi.clearAllMocks();
  vi.restoreAllMocks();
});

const deployment = (i: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
`;

/** Documents until the text holds `size` characters. */
function manifest(size: number): string {
  const docs: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    docs.push(deployment(i));
    length += docs[docs.length - 1]!.length + 4;
  }
  return docs.join('---\n');
}

const HELM_ACTION = '---\n{{- if .Values.enabled }}\nkind: Pod\n{{- end }}\n';

describe('recognise on large texts', () => {
  it('names a 5 MB manifest from a bounded prefix, without parsing it', () => {
    const text = manifest(MAX_TEXT_BYTES);
    expect(text.length).toBeGreaterThanOrEqual(MAX_TEXT_BYTES);
    const jsonParse = vi.spyOn(JSON, 'parse');
    expect(recognise(text)).toBeNull();
    expect(parse).not.toHaveBeenCalled();
    expect(jsonParse).not.toHaveBeenCalled();
    expect(scan).toHaveBeenCalledTimes(1);
    const scanned = scan.mock.calls[0]![0];
    expect(scanned.length).toBeLessThanOrEqual(SCAN_LIMIT);
    expect(text.startsWith(scanned)).toBe(true);
    expect(text[scanned.length]).toBe('\n'); // cut at a line break, never inside a line
    expect(scan.mock.results[0]!.value.lines).toBeLessThan(text.split('\n').length / 20);
  });

  it('reads what is in the prefix and nothing after it', () => {
    const head = manifest(SCAN_LIMIT / 2);
    expect(recognise(`${head}${HELM_ACTION}${manifest(MAX_TEXT_BYTES)}`)?.format).toBe(
      'helm-template',
    );
    expect(recognise(`${manifest(SCAN_LIMIT * 2)}${HELM_ACTION}`)).toBeNull();
  });

  it('names a 5 MB List in JSON without JSON.parse', () => {
    const pod = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } });
    const items = Array.from({ length: MAX_TEXT_BYTES / pod.length + 1 }, () => pod).join(',\n');
    const text = `{\n  "apiVersion": "v1",\n  "items": [\n${items}\n],\n  "kind": "List"\n}\n`;
    const jsonParse = vi.spyOn(JSON, 'parse');
    expect(recognise(text)).toMatchObject({ format: 'json-kubernetes', line: 1 });
    expect(recognise(text)?.message).toContain("List's items");
    expect(
      recognise(`{"name": "x", "data": ${JSON.stringify('a'.repeat(MAX_TEXT_BYTES))}}`),
    ).toMatchObject({ format: 'json' });
    expect(jsonParse).not.toHaveBeenCalled();
  });

  it('parses a small text only when a format depends on it', () => {
    expect(recognise(manifest(SCAN_LIMIT / 2))).toBeNull();
    expect(parse).not.toHaveBeenCalled();
    expect(recognise('replicaCount: 1\nimage:\n  repository: nginx\n')?.format).toBe('helm-values');
    expect(parse).toHaveBeenCalledTimes(1);
    const padding = `# ${'x'.repeat(1000)}\n`.repeat(SCAN_LIMIT / 1000 + 1);
    const large = `replicaCount: 1\nimage:\n  repository: nginx\n${padding}`;
    expect(large.length).toBeGreaterThan(SCAN_LIMIT);
    expect(recognise(large)?.format).toBe('helm-values');
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('stays linear on lines built to make a scanner backtrack', () => {
    const n = SCAN_LIMIT;
    const hostile = [
      ' '.repeat(n),
      '- '.repeat(n / 2),
      '{{'.repeat(n / 2),
      `a${' '.repeat(n)}b`,
      `key: ${'&a '.repeat(n / 3)}`,
      `resource ${'"x" '.repeat(n / 4)}`,
      `x = ${'<<'.repeat(n / 2)}`,
      '"'.repeat(n),
      `{"apiVersion"${' '.repeat(n)}`,
    ];
    for (const line of hostile) {
      expect(() => recognise(line)).not.toThrow();
      expect(() => recognise(`${line}\n`.repeat(MAX_TEXT_BYTES / line.length))).not.toThrow();
    }
  });
});
