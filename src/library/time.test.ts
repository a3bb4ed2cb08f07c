import { describe, expect, it } from 'vitest';
import { editedWords } from './time.ts';

const NOW = new Date(2025, 2, 20, 12, 0, 0).getTime();
const MIN = 60_000;

describe('last edited, in words', () => {
  it.each([
    [NOW, 'just now'],
    [NOW - 59_999, 'just now'],
    [NOW + 5 * MIN, 'just now'],
    [NOW - MIN, '1 minute ago'],
    [NOW - 5 * MIN, '5 minutes ago'],
    [NOW - 60 * MIN, '1 hour ago'],
    [NOW - 23 * 60 * MIN, '23 hours ago'],
    [NOW - 24 * 60 * MIN, 'yesterday'],
    [NOW - 3 * 24 * 60 * MIN, '3 days ago'],
    [new Date(2025, 2, 12, 9).getTime(), '12 Mar 2025'],
    [0, 'a long time ago'],
  ])('%d reads %s', (at, words) => {
    expect(editedWords(at, NOW)).toBe(words);
  });
});
