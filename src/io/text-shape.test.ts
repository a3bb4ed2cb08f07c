import { describe, expect, it } from 'vitest';
import { BOM, lineEnding, splitBom, withLineEnding } from './text-shape.ts';

describe('text shape', () => {
  it('splits a byte order mark off, and only at the start', () => {
    expect(splitBom(`${BOM}a: 1\n`)).toEqual({ bom: BOM, body: 'a: 1\n' });
    expect(splitBom(`a: "${BOM}"\n`)).toEqual({ bom: '', body: `a: "${BOM}"\n` });
    const text = `${BOM}${BOM}x`;
    const { bom, body } = splitBom(text);
    expect(bom + body).toBe(text);
  });

  it('finds the line ending most lines use, CRLF on a tie', () => {
    expect(lineEnding('a: 1')).toBeUndefined();
    expect(lineEnding('a\nb\n')).toBe('\n');
    expect(lineEnding('a\r\nb\r\n')).toBe('\r\n');
    expect(lineEnding('a\r\nb\nc\r\n')).toBe('\r\n');
    expect(lineEnding('a\r\nb\nc\n')).toBe('\n');
    expect(lineEnding('a\r\nb\n')).toBe('\r\n');
    expect(lineEnding('a\rb\r')).toBe('\n');
  });

  it('writes every kind of line break as the one asked for', () => {
    expect(withLineEnding('a\r\nb\nc\rd', '\n')).toBe('a\nb\nc\nd');
    expect(withLineEnding('a\r\nb\nc\rd', '\r\n')).toBe('a\r\nb\r\nc\r\nd');
  });
});
