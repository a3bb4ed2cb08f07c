import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates/gallery.ts';
import { parseDesign } from '../yaml/parse.ts';
import { designToJsonList, type JsonList } from './list.ts';

function list(
  text: string,
): JsonList & { parsed: { apiVersion: string; kind: string; items: unknown[] } } {
  const r = designToJsonList(text);
  if (!r.ok) throw new Error(r.message);
  return { ...r, parsed: JSON.parse(r.json) };
}

const DESIGN = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
    - port: 80
---
owner: team-a
notes: [not, kubernetes]
---
just a string
`;

describe('designToJsonList', () => {
  it('makes every document an item of a v1 List, foreign ones too, in order', () => {
    const r = list(DESIGN);
    expect(r.parsed.apiVersion).toBe('v1');
    expect(r.parsed.kind).toBe('List');
    expect(r.items).toBe(4);
    expect(r.parsed.items).toEqual(parseDesign(DESIGN).values);
    expect(r.json.endsWith('}\n')).toBe(true);
    expect(r.notes).toEqual([
      'Document 3 is not a Kubernetes object (no apiVersion or kind): it is kept as an item, but kubectl will refuse the List.',
      'Document 4 is not a map: it is kept as an item, but kubectl cannot apply it.',
    ]);
  });

  it('has nothing to say about a plain Kubernetes design', () => {
    const text = DESIGN.split('---\nowner')[0]!;
    const r = list(text);
    expect(r.notes).toEqual([]);
    expect(r.json).toBe(
      `${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: parseDesign(text).values }, null, 2)}\n`,
    );
  });

  it('carries every seed template over, value for value', () => {
    for (const t of TEMPLATES) {
      const r = list(t.yaml);
      const values = parseDesign(t.yaml).values.filter((v) => v !== null);
      expect(r.parsed.items, t.id).toEqual(values);
    }
  });

  it('keeps key order, integer-like keys included', () => {
    const r = list('apiVersion: v1\nkind: ConfigMap\ndata:\n  b: x\n  "10": y\n  a: z\n');
    expect(r.json.indexOf('"b"')).toBeLessThan(r.json.indexOf('"10"'));
    expect(r.json.indexOf('"10"')).toBeLessThan(r.json.indexOf('"a"'));
  });

  it('keeps every digit of a big integer', () => {
    const r = list('apiVersion: v1\nkind: X\nspec:\n  n: 123456789012345678901234\n  m: 7\n');
    expect(r.json).toContain('"n": 123456789012345678901234,');
    expect(r.json).toContain('"m": 7\n');
    expect(r.notes).toEqual([]);
  });

  it('names what JSON cannot hold', () => {
    const text = `# a comment
apiVersion: v1
kind: ConfigMap
metadata: &meta
  name: cm
other:
  <<: *meta
  copy: *meta
  ref: !Ref thing
  inf: .inf
  nan: .nan
  1: number key
  "1": text key
  true: boolean key
  bin: !!binary aGVsbG8=
  set: !!set {x, y}
---
---
apiVersion: v1
kind: Secret
`;
    const r = list(text);
    expect(r.notes).toEqual([
      'Comments are not carried into JSON.',
      'Aliases and merge keys (<<) are written out in full.',
      'Document 1, line 9: the tag !Ref has no JSON form; its value is written without it.',
      'Document 1, other: the key 1 is not text: written as "1".',
      'Document 1, other: the key "1" appears twice once keys are text: only the last is kept.',
      'Document 1, other: the key true is not text: written as "true".',
      'Document 1, other.inf: .inf has no JSON form: written as null.',
      'Document 1, other.nan: .nan has no JSON form: written as null.',
      'Document 1, other.bin: binary data (!!binary) is written as base64 text.',
      'Document 1, other.set: a set (!!set) is written as an object whose values are null.',
      'Document 2 is empty: it has no JSON form and is left out.',
    ]);
    expect(r.items).toBe(2);
    const other = (r.parsed.items[0] as Record<string, Record<string, unknown>>).other!;
    expect(other).toEqual({
      name: 'cm',
      copy: { name: 'cm' },
      ref: 'thing',
      inf: null,
      nan: null,
      '1': 'text key',
      true: 'boolean key',
      bin: 'aGVsbG8=',
      set: { x: null, y: null },
    });
  });

  it('refuses a map key that is a list, as kubectl does', () => {
    const r = designToJsonList(
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  ? [a, b]\n  : list key\n',
    );
    expect(r).toEqual({
      ok: false,
      message: 'The YAML has a map key kubectl cannot read at line 4: fix it to download JSON.',
    });
  });

  it('sums up a long list of notes', () => {
    const text = `apiVersion: v1\nkind: X\ndata:\n${Array.from({ length: 30 }, (_, i) => `  k${i}: .inf`).join('\n')}\n`;
    const r = list(text);
    expect(r.notes).toHaveLength(20);
    expect(r.notes.at(-1)).toBe('… and 11 more like these.');
  });

  it('gives an empty List for an empty design', () => {
    expect(list('').parsed.items).toEqual([]);
    expect(list('# only a comment\n').parsed.items).toEqual([]);
  });

  it('refuses text that does not parse, saying where', () => {
    expect(designToJsonList('a: 1\nb: [\n')).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The YAML has a syntax error at line \d+: fix it to download JSON\.$/,
      ),
    });
    expect(designToJsonList('a: 1\na: 2\n')).toEqual({
      ok: false,
      message: 'The YAML has a duplicate key at line 2: fix it to download JSON.',
    });
  });

  it('refuses text past one of the limits with the message of that limit', () => {
    expect(designToJsonList('a: ' + '['.repeat(200))).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Maps and lists nest more than 100 levels deep here, .*\. The YAML cannot be downloaded as JSON\.$/,
      ),
    });
  });
});
