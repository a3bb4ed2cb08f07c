import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseAllDocuments } from 'yaml';
import { TEMPLATES } from '../templates/gallery.ts';
import { scanShape, type ShapeLimits } from './shape.ts';

const NONE = 1e9;

/** The smallest limit of one kind that `text` stays within, as scanShape counts. */
function measured(text: string, limit: keyof ShapeLimits): number {
  for (let n = 0; n < 10_000; n++) {
    const limits = { documents: NONE, depth: NONE, anchors: NONE, [limit]: n };
    if (!scanShape(text, limits)) return n;
  }
  throw new Error('not measured');
}

const depth = (text: string) => measured(text, 'depth');
const documents = (text: string) => measured(text, 'documents');
const anchors = (text: string) => measured(text, 'anchors');

/** How deep maps and lists nest, as the YAML library reads the text. */
function libraryDepth(text: string): number {
  let max = 0;
  const walk = (node: unknown, d: number): void => {
    if (isMap(node)) {
      for (const p of node.items) {
        walk(p.key, d + 1);
        walk(p.value, d + 1);
      }
    } else if (isSeq(node)) for (const item of node.items) walk(item, d + 1);
    else return;
    max = Math.max(max, d + 1);
  };
  for (const doc of parseAllDocuments(text) as { contents: unknown }[]) walk(doc.contents, 0);
  return max;
}

describe('scanShape: documents', () => {
  it('counts explicit and implicit starts as the YAML library does', () => {
    expect(documents('a: 1\n')).toBe(1);
    expect(documents('a: 1\n---\nb: 2\n')).toBe(2);
    expect(documents('---\na: 1\n---\nb: 2\n')).toBe(2);
    expect(documents('# comment\n\n---\na: 1\n')).toBe(1);
    expect(documents('%YAML 1.2\n---\na: 1\n')).toBe(1);
    expect(documents('a\n...\nb\n...\n')).toBe(2);
    expect(documents('a\n...\n---\nb\n')).toBe(2);
    expect(documents('--- |\n  text\n--- >\n  more\n')).toBe(2);
    expect(documents('')).toBe(0);
  });

  it('reads a byte order mark and CRLF line ends', () => {
    expect(documents('\uFEFF---\r\na: 1\r\n---\r\nb: 2\r\n')).toBe(2);
  });

  it('does not take --- inside a line, or ---x, for a marker', () => {
    expect(documents('a: ---\nb: "---"\n---x: 1\n')).toBe(1);
  });

  it('says where the first document past the limit starts', () => {
    const text = 'a: 1\n---\nb: 2\n---\nc: 3\n';
    expect(scanShape(text, { documents: 2, depth: NONE, anchors: NONE })).toEqual({
      limit: 'documents',
      offset: text.lastIndexOf('---'),
    });
  });
});

describe('scanShape: depth', () => {
  it('counts block maps and lists by indentation and compact indicators', () => {
    expect(depth('a: 1\n')).toBe(1);
    expect(depth('a:\n  b:\n    c: 1\n')).toBe(3);
    expect(depth('- a:\n    - b: 1\n')).toBe(4);
    // What follows an indicator counts as a level even when it is a scalar: one too many at most.
    expect(depth('- - - x\n')).toBe(4);
    expect(depth('? - a\n: x\n')).toBe(3);
  });

  it('counts flow collections and JSON, brackets in quotes and comments aside', () => {
    expect(depth('a: [1, [2, {b: [3]}]]\n')).toBe(5);
    expect(depth('{"a": {"b": [1, {"c": "]]]"}]}}\n')).toBe(5);
    expect(depth("a: \"[[[[\" # [[[[\nb: '[[''[['\n")).toBe(1);
    expect(depth('a: [1,\n  [2,\n    [3]]]\n')).toBe(4);
  });

  it('does not count brackets and indicators inside plain and block scalars', () => {
    expect(depth('cmd: echo [x] {y\nre: a[b\n')).toBe(1);
    expect(depth('script: |\n  - - - - [[[[\n    {{{{\n  if [ -f x ]; then\nnext: 1\n')).toBe(1);
    expect(depth('- |\n - - - [[[\n- >-\n  {{{\n')).toBe(2);
    expect(depth('--- |\n- - - [[[\n')).toBe(0);
  });

  it('reads a multi-line quoted scalar as text', () => {
    expect(depth('a: "one [[[\n  two {{{\n  three"\nb: [1]\n')).toBe(2);
    expect(depth("a: 'it''s [[\n  still ]] text'\n")).toBe(1);
  });

  it('starts again at every document', () => {
    expect(depth('a: [[[\n---\nb: 1\n')).toBe(4);
    expect(depth('a: [[[\n---\n- - x\n')).toBe(4);
  });

  it('stops at the first level past the limit and says where', () => {
    const text = 'a: ' + '['.repeat(1_000_000);
    expect(scanShape(text, { documents: NONE, depth: 100, anchors: NONE })).toEqual({
      limit: 'depth',
      offset: 3 + 99, // the root map is one level, the 100th bracket the 101st
    });
  });

  it('agrees with the YAML library, within a level, on every seed template and fixture', () => {
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../validate/__fixtures__');
    const fixtures = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      // text-format-*: Terraform and the like, not YAML at all.
      .filter((f) => f.endsWith('.yaml') && !path.basename(f).startsWith('text-format-'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const texts = [...TEMPLATES.map((t) => t.yaml), ...fixtures];
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      expect(Math.abs(depth(text) - libraryDepth(text)), text).toBeLessThanOrEqual(1);
      expect(documents(text), text).toBe(parseAllDocuments(text).length);
    }
  });
});

describe('scanShape: anchors and aliases', () => {
  it('counts anchors and aliases that start a node, per document', () => {
    const text = 'base: &b {x: 1}\nuse:\n  <<: *b\nlist: [*b, &c 2, *c]\n- &d !!str a\n';
    expect(anchors(text)).toBe(6);
    expect(anchors('a: &a 1\n---\nb: *a\n---\nc: &c 1\n')).toBe(1);
  });

  it('does not count & and * inside plain scalars and quotes', () => {
    expect(anchors('cmd: a && b\npath: /var/log/*.log\nq: "*x &y"\nglob: a*\n')).toBe(0);
  });
});
