import { describe, expect, it } from 'vitest';
import { minimalEdit } from './sync.ts';

describe('minimalEdit', () => {
  const apply = (from: string, e: ReturnType<typeof minimalEdit>) =>
    from.slice(0, e.start) + e.text + from.slice(e.end);

  it.each([
    ['abc', 'abc'],
    ['', 'x: 1\n'],
    ['x: 1\n', ''],
    ['a: 1\nb: 2\n', 'a: 1\nc: 3\nb: 2\n'],
    ['aaaa', 'aa'],
    ['name: nginx\n', 'name: web\n'],
  ])('turns %j into %j with one local edit', (from, to) => {
    const e = minimalEdit(from, to);
    expect(apply(from, e)).toBe(to);
  });

  it('keeps the common prefix and suffix', () => {
    expect(minimalEdit('a: 1\nb: 2\n', 'a: 1\nc: 3\nb: 2\n')).toEqual({
      start: 5,
      end: 5,
      text: 'c: 3\n',
    });
  });
});
