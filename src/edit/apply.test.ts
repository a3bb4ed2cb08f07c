import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { applyChanges } from './apply.ts';

const js = (text: string) => parseDocument(text).toJS();

describe('applyChanges: set', () => {
  it('replaces a scalar in place, keeping quotes and the comment after it', () => {
    const src = 'a:\n  b: "x" # why\n  c: 1\n';
    expect(applyChanges(src, 0, [{ type: 'set', path: ['a', 'b'], value: 'y' }])).toBe(
      'a:\n  b: "y" # why\n  c: 1\n',
    );
  });

  it('quotes a string that would otherwise read as another type', () => {
    expect(applyChanges('cpu: 1\n', 0, [{ type: 'set', path: ['cpu'], value: '500' }])).toBe(
      'cpu: "500"\n',
    );
  });

  it('adds a missing key at the end of its map, creating parents', () => {
    const src = 'metadata:\n  name: web\nspec:\n  replicas: 1\n';
    const out = applyChanges(src, 0, [
      { type: 'set', path: ['metadata', 'annotations', 'team'], value: 'core' },
    ]);
    expect(out).toBe(
      'metadata:\n  name: web\n  annotations:\n    team: core\nspec:\n  replicas: 1\n',
    );
  });

  it('places a new key before a sibling, above the sibling’s comment', () => {
    const src = 'spec:\n  # main\n  containers: []\n';
    const out = applyChanges(src, 0, [
      { type: 'set', path: ['spec', 'hostname'], value: 'h', before: 'containers' },
    ]);
    expect(out).toBe('spec:\n  hostname: h\n  # main\n  containers: []\n');
  });

  it('turns a flow map into a block when it gains a key', () => {
    const src = 'volumes:\n  - name: logs\n    emptyDir: {}\n';
    const out = applyChanges(src, 0, [
      { type: 'set', path: ['volumes', 0, 'emptyDir', 'medium'], value: 'Memory' },
    ]);
    expect(out).toBe('volumes:\n  - name: logs\n    emptyDir:\n      medium: Memory\n');
  });

  it('edits inside a flow map by re-rendering only that map', () => {
    const src = 'x: 1\nresources: {requests: {cpu: 1}}\ny: 2\n';
    const out = applyChanges(src, 0, [
      { type: 'set', path: ['resources', 'requests', 'cpu'], value: '2' },
    ]);
    expect(out.startsWith('x: 1\n')).toBe(true);
    expect(out.endsWith('\ny: 2\n')).toBe(true);
    expect(js(out)).toEqual({ x: 1, resources: { requests: { cpu: '2' } }, y: 2 });
  });

  it('replaces a block scalar with a plain one without joining lines', () => {
    const src = 'a: |\n  one\n  two\nb: 2\n';
    expect(applyChanges(src, 0, [{ type: 'set', path: ['a'], value: 'x' }])).toBe('a: x\nb: 2\n');
  });

  it('keeps CRLF line ends', () => {
    const src = 'a:\r\n  b: 1\r\nc: 2\r\n';
    const out = applyChanges(src, 0, [{ type: 'set', path: ['a', 'd'], value: { e: 1 } }]);
    expect(out).toBe('a:\r\n  b: 1\r\n  d:\r\n    e: 1\r\nc: 2\r\n');
  });

  it('adds a line to a file without a final newline', () => {
    expect(applyChanges('a: 1', 0, [{ type: 'set', path: ['b'], value: 2 }])).toBe('a: 1\nb: 2\n');
  });

  it('writes through an anchor once, so every alias sees it', () => {
    const src = 'base: &b\n  x: 1\nuse: *b\n';
    const out = applyChanges(src, 0, [{ type: 'set', path: ['base', 'z'], value: 2 }]);
    expect(out).toBe('base: &b\n  x: 1\n  z: 2\nuse: *b\n');
    expect(js(out).use).toEqual({ x: 1, z: 2 });
  });
});

describe('applyChanges: insert and delete', () => {
  it('inserts into the middle of a sequence above the next item’s comment', () => {
    const src = 'l:\n  - a\n  # about b\n  - b\n';
    expect(applyChanges(src, 0, [{ type: 'insert', path: ['l'], index: 1, value: 'new' }])).toBe(
      'l:\n  - a\n  - new\n  # about b\n  - b\n',
    );
  });

  it('inserts into a flow sequence by re-rendering it', () => {
    const out = applyChanges('args: [a, b]\nz: 1\n', 0, [
      { type: 'insert', path: ['args'], value: 'c' },
    ]);
    expect(js(out)).toEqual({ args: ['a', 'b', 'c'], z: 1 });
    expect(out.endsWith('z: 1\n')).toBe(true);
  });

  it('deletes a key with its nested lines only', () => {
    const src = 'a:\n  b:\n    c: 1\n  d: 2 # keep\n';
    expect(applyChanges(src, 0, [{ type: 'delete', path: ['a', 'b'] }])).toBe(
      'a:\n  d: 2 # keep\n',
    );
  });

  it('deletes the first key of a sequence item map', () => {
    const src = 'l:\n  - name: a\n    image: b\n';
    const out = applyChanges(src, 0, [{ type: 'delete', path: ['l', 0, 'name'] }]);
    expect(js(out)).toEqual({ l: [{ image: 'b' }] });
  });

  it('deleting what is not there changes nothing', () => {
    expect(applyChanges('a: 1\n', 0, [{ type: 'delete', path: ['b', 'c'] }])).toBe('a: 1\n');
  });

  it('leaves other documents and their separators alone', () => {
    const src = '# one\na: 1\n---\nb: 2\n...\n---\nc: 3\n';
    const out = applyChanges(src, 1, [{ type: 'set', path: ['b'], value: 5 }]);
    expect(out).toBe('# one\na: 1\n---\nb: 5\n...\n---\nc: 3\n');
  });
});

describe('applyChanges: anchors', () => {
  it('moves an anchor to its first alias when the anchored node is deleted', () => {
    const src =
      'l:\n  - name: a\n    res: &r\n      cpu: 1\n  - name: b\n    res: *r\n  - name: c\n    res: *r\n';
    const out = applyChanges(src, 0, [{ type: 'delete', path: ['l', 0] }]);
    expect(out).toBe('l:\n  - name: b\n    res: &r\n      cpu: 1\n  - name: c\n    res: *r\n');
  });

  it('moves an anchor that holds another once, and the inner alias reads it there', () => {
    // Found by fuzzing: each anchor was moved on its own, so the inner one (and its comment)
    // came out twice, under the same anchor name.
    const src =
      'l:\n  - a: &outer\n      b: &inner\n        c: 1 # note\n  - a: *outer\n    d: *inner\n';
    const out = applyChanges(src, 0, [{ type: 'delete', path: ['l', 0] }]);
    expect(out).toBe('l:\n  - a: &outer\n      b: &inner\n        c: 1 # note\n    d: *inner\n');
    expect(js(out)).toEqual({ l: [{ a: { b: { c: 1 } }, d: { c: 1 } }] });
  });

  it('moves an anchor whose inner anchor moved first as an alias of it, not a second copy', () => {
    // Found by fuzzing (seed 40412822): the inner anchor's alias comes first, so it moved first;
    // the outer copy then wrote the inner node out again, its comment with it.
    const src =
      'l:\n  - a: &outer\n      - &inner\n        c: 1 # note\n  - b:\n      - *inner\n  - a: *outer\n';
    const out = applyChanges(src, 0, [{ type: 'delete', path: ['l', 0] }]);
    expect(out).toBe(
      'l:\n  - b:\n      - &inner\n        c: 1 # note\n  - a: &outer\n      - *inner\n',
    );
    expect(js(out)).toEqual({ l: [{ b: [{ c: 1 }] }, { a: [{ c: 1 }] }] });
  });
});
