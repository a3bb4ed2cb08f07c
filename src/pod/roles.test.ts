import { describe, expect, it } from 'vitest';
import { LISTED_ROLE_WORDS, ROLE_WORDS } from './roles.ts';

describe('role words', () => {
  it('name each role in accessible names, and tell a classic sidecar apart in lists', () => {
    expect(ROLE_WORDS).toEqual({
      main: 'main container',
      sidecar: 'sidecar',
      'native-sidecar': 'native sidecar',
      init: 'init container',
    });
    expect(LISTED_ROLE_WORDS).toEqual({ ...ROLE_WORDS, sidecar: 'classic sidecar' });
  });
});
