import { describe, expect, it } from 'vitest';
import { parseDesign, parsedOk, setSyntaxWording } from './parse.ts';
import { plainWording } from './syntax-line.ts';
import { syntaxWords } from './syntax-words.ts';

describe('parseDesign', () => {
  it('parses every document with plain values', () => {
    const p = parseDesign('a: 1\n---\nb: [x]\n');
    expect(parsedOk(p)).toBe(true);
    expect(p.values).toEqual([{ a: 1 }, { b: ['x'] }]);
  });

  it('reports syntax errors with 1-based line and column, without throwing', () => {
    const p = parseDesign('a: 1\nb: [x\n');
    expect(parsedOk(p)).toBe(false);
    expect(p.problems[0]).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error', document: 0 });
    expect(p.problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('reports duplicate keys by their own rule id', () => {
    const p = parseDesign('a: 1\na: 2\n');
    expect(p.problems).toMatchObject([{ ruleId: 'yaml-duplicate-key', line: 2, column: 1 }]);
  });

  it('resolves merge keys the way Kubernetes does', () => {
    expect(parseDesign('base: &b {x: 1}\nuse:\n  <<: *b\n  y: 2\n').values[0]).toEqual({
      base: { x: 1 },
      use: { x: 1, y: 2 },
    });
  });

  it('stops alias bombs with a message instead of hanging', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const p = parseDesign(lines.join('\n') + '\n');
    expect(parsedOk(p)).toBe(false);
    expect(p.problems[0]!.message).toMatch(/alias/i);
  });

  it('treats an empty text as no documents', () => {
    expect(parseDesign('')).toMatchObject({ documents: [], problems: [], values: [] });
  });
});

describe('the wording of syntax errors', () => {
  it("is the YAML library's own sentence with the line until plain words are installed; installing forgets remembered parses", () => {
    const text = 'a:\n  b: 1\n   c: 2\n';
    setSyntaxWording(plainWording);
    try {
      expect(parseDesign(text).problems.map((p) => [p.message, p.line])).toEqual([
        ['line 2: Nested mappings are not allowed in compact mappings', 2],
      ]);
    } finally {
      setSyntaxWording(syntaxWords);
    }
    expect(parseDesign(text).problems[0]?.message).toMatch(/^line 3: indented more than the key/);
  });
});

describe('map keys kubectl cannot read', () => {
  it('a key that is a map or a list is an error in go-yaml words, and the document has no value', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  ? {b: 2, a: x}\n  : one\n  ? [p, 1, true, null]\n  : two\n';
    const parsed = parseDesign(text);
    expect(parsed.problems.map((p) => [p.ruleId, p.message, p.line])).toEqual([
      [
        'yaml-invalid-key',
        'line 4: invalid map key: map[interface {}]interface {}{"a":"x", "b":2}',
        4,
      ],
      [
        'yaml-invalid-key',
        'line 6: invalid map key: []interface {}{"p", 1, true, interface {}(nil)}',
        6,
      ],
    ]);
    expect(parsed.values).toEqual([undefined]);
  });

  it('scalar keys of every type stay fine', () => {
    const parsed = parseDesign('data:\n  1: a\n  true: b\n  "x": c\n');
    expect(parsed.problems).toEqual([]);
  });
});
