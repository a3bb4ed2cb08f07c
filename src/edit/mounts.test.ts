import { describe, expect, it } from 'vitest';
import { mountPathProblem, subPathProblem } from './mounts.ts';

describe('mountPathProblem', () => {
  it('wants an absolute path not used by another mount of the container', () => {
    expect(mountPathProblem('/var/log', [])).toBeUndefined();
    expect(mountPathProblem('', [])).toBe('Enter a mount path.');
    expect(mountPathProblem('var/log', [])).toMatch(/absolute/);
    expect(mountPathProblem('/data', ['/cache', '/data'])).toMatch(/already mounted at \/data/);
    // A trailing slash names the same directory.
    expect(mountPathProblem('/data/', ['/data'])).toMatch(/already mounted/);
    expect(mountPathProblem('/data/x', ['/data'])).toBeUndefined();
  });
});

describe('subPathProblem', () => {
  it('wants a path relative to the volume that never climbs out of it', () => {
    expect(subPathProblem('logs/app')).toBeUndefined();
    expect(subPathProblem('/logs')).toMatch(/relative/);
    expect(subPathProblem('../etc')).toMatch(/'\.\.'/);
    expect(subPathProblem('a/../b')).toMatch(/'\.\.'/);
    expect(subPathProblem('a..b')).toBeUndefined();
  });
});
