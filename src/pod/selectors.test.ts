import { describe, expect, it } from 'vitest';
import { expressionMatches, labelSelectorMatches, mapSelects } from './selectors.ts';

describe('selectors over labels that differ between pods', () => {
  const labels = {
    app: 'db',
    'statefulset.kubernetes.io/pod-name': { oneOf: ['db-0', 'db-1'] },
    'controller-revision-hash': { any: true as const },
  };

  it('a plain map picks pods when some pod holds each value', () => {
    expect(mapSelects({ app: 'db', 'statefulset.kubernetes.io/pod-name': 'db-1' }, labels)).toBe(
      true,
    );
    expect(mapSelects({ 'statefulset.kubernetes.io/pod-name': 'db-2' }, labels)).toBe(false);
    expect(mapSelects({ 'controller-revision-hash': 'abc' }, labels)).toBe(true);
  });

  it('In and NotIn ask whether some pod matches', () => {
    const key = 'statefulset.kubernetes.io/pod-name';
    expect(expressionMatches({ key, operator: 'In', values: ['db-1', 'x'] }, labels)).toBe(true);
    expect(expressionMatches({ key, operator: 'In', values: ['x'] }, labels)).toBe(false);
    expect(expressionMatches({ key, operator: 'NotIn', values: ['db-0'] }, labels)).toBe(true);
    expect(expressionMatches({ key, operator: 'NotIn', values: ['db-0', 'db-1'] }, labels)).toBe(
      false,
    );
    expect(expressionMatches({ key: 'app', operator: 'NotIn', values: ['db'] }, labels)).toBe(
      false,
    );
    expect(
      labelSelectorMatches(
        {
          matchExpressions: [{ key: 'controller-revision-hash', operator: 'NotIn', values: ['a'] }],
        },
        labels,
      ),
    ).toBe(true);
  });
});
