import { describe, expect, it } from 'vitest';
import { fileModeProblem, formatFileMode, parseFileMode } from './mode.ts';

describe('file modes', () => {
  it('reads octal text as the integer the API stores', () => {
    expect(parseFileMode('0644')).toBe(420);
    expect(parseFileMode('644')).toBe(420);
    expect(parseFileMode('0o644')).toBe(420);
    expect(parseFileMode(' 0400 ')).toBe(256);
    expect(parseFileMode('0777')).toBe(511);
    expect(parseFileMode('0')).toBe(0);
  });

  it('refuses what is not an octal mode up to 0777', () => {
    expect(fileModeProblem('0648')).toMatch(/octal/);
    expect(fileModeProblem('rw-r--r--')).toMatch(/octal/);
    expect(fileModeProblem('-1')).toMatch(/octal/);
    expect(fileModeProblem('1000')).toMatch(/between 0000 and 0777/);
    expect(fileModeProblem('0644')).toBeUndefined();
    expect(() => parseFileMode('9')).toThrow(/octal/);
  });

  it('shows stored integers as octal, and anything else as it is', () => {
    expect(formatFileMode(420)).toBe('0644');
    expect(formatFileMode(256)).toBe('0400');
    expect(formatFileMode(8)).toBe('0010');
    expect(formatFileMode(0)).toBe('0000');
    expect(formatFileMode(511)).toBe('0777');
    expect(formatFileMode(4096)).toBe('4096');
    expect(formatFileMode('0644')).toBe('0644');
  });

  it('round-trips every mode', () => {
    for (let mode = 0; mode <= 0o777; mode++)
      expect(parseFileMode(formatFileMode(mode))).toBe(mode);
  });
});
