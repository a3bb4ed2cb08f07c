import { describe, expect, it } from 'vitest';
import { containerRestartPolicies, containerRestartProblem } from './sidecar.ts';

describe('containerRestartPolicies', () => {
  it('offers Always for init containers only', () => {
    expect(containerRestartPolicies('initContainers')).toEqual(['Always']);
    expect(containerRestartPolicies('containers')).toEqual([]);
  });
});

describe('containerRestartProblem', () => {
  it('accepts no policy anywhere and Always on an init container', () => {
    expect(containerRestartProblem('containers', undefined)).toBeUndefined();
    expect(containerRestartProblem('initContainers', 'Always')).toBeUndefined();
  });
  it('refuses other values', () => {
    expect(containerRestartProblem('initContainers', 'OnFailure')).toMatch(
      /only restartPolicy Always/,
    );
    expect(containerRestartProblem('containers', 'Always')).toMatch(/takes no restartPolicy/);
  });
});
