import { describe, expect, it } from 'vitest';
import { CAPABILITIES, capabilitiesProblem } from './security.ts';

describe('capabilitiesProblem', () => {
  it('accepts upper case capability names and ALL', () => {
    expect(capabilitiesProblem(['ALL'])).toBeUndefined();
    expect(capabilitiesProblem(['NET_ADMIN', 'SYS_TIME'])).toBeUndefined();
    expect(capabilitiesProblem(CAPABILITIES)).toBeUndefined();
    expect(capabilitiesProblem([])).toBeUndefined();
  });

  it('refuses lower case, the CAP_ prefix, unknown names and repeats, naming the fix', () => {
    expect(capabilitiesProblem(['net_admin'])).toBe(
      'Capability names are upper case: NET_ADMIN, not net_admin.',
    );
    expect(capabilitiesProblem(['CAP_NET_RAW'])).toBe('Write NET_RAW without the CAP_ prefix.');
    expect(capabilitiesProblem(['NET_ADMN'])).toMatch(/"NET_ADMN" is not a Linux capability/);
    expect(capabilitiesProblem(['ALL', 'ALL'])).toBe('ALL is listed twice.');
  });
});
