import { describe, expect, it } from 'vitest';
import { applyMutation } from './mutate.ts';

const TEXT = 'a: 1\r\nb:\r\n  - c: two # note\r\nd: "q"\r\n';

describe('mutations', () => {
  it('delete, duplicate and swap whole lines with their line ends', () => {
    expect(applyMutation(TEXT, { kind: 'delete-line', at: 1 })).toBe(
      'a: 1\r\n  - c: two # note\r\nd: "q"\r\n',
    );
    expect(applyMutation(TEXT, { kind: 'duplicate-line', at: 4 })).toBe(
      'a: 1\r\na: 1\r\nb:\r\n  - c: two # note\r\nd: "q"\r\n',
    );
    expect(applyMutation(TEXT, { kind: 'swap-lines', at: 0, other: 3 })).toBe(
      'd: "q"\r\nb:\r\n  - c: two # note\r\na: 1\r\n',
    );
  });

  it('insert anywhere, truncate anywhere, shift indentation either way', () => {
    expect(applyMutation(TEXT, { kind: 'insert', at: 3, text: '\t' })).toBe(
      `a: \t1${TEXT.slice(4)}`,
    );
    expect(applyMutation(TEXT, { kind: 'truncate', at: 7 })).toBe('a: 1\r\nb');
    expect(applyMutation(TEXT, { kind: 'reindent', at: 2, by: -1 })).toBe(
      'a: 1\r\nb:\r\n - c: two # note\r\nd: "q"\r\n',
    );
    expect(applyMutation(TEXT, { kind: 'reindent', at: 0, by: 2 })).toBe(`  ${TEXT}`);
  });

  it('replace values and keys of entries, keeping comments and line ends', () => {
    expect(applyMutation(TEXT, { kind: 'scalar', at: 1, value: '1e400' })).toBe(
      'a: 1\r\nb:\r\n  - c: 1e400 # note\r\nd: "q"\r\n',
    );
    expect(applyMutation(TEXT, { kind: 'scalar', at: 2, value: '' })).toBe(
      'a: 1\r\nb:\r\n  - c: two # note\r\nd: \r\n',
    );
    expect(applyMutation(TEXT, { kind: 'key', at: 0, value: '__proto__' })).toBe(
      `__proto__: 1${TEXT.slice(4)}`,
    );
  });

  it('leave an empty text alone', () => {
    for (const kind of ['delete-line', 'duplicate-line'] as const)
      expect(applyMutation('', { kind, at: 5 })).toBe('');
    expect(applyMutation('', { kind: 'scalar', at: 0, value: 'x' })).toBe('');
  });
});
