import { describe, expect, it } from 'vitest';
import { formatPath } from '../yaml/path.ts';
import type { ErrorList } from './field.ts';
import {
  addrString,
  getWarningsForCIDR,
  getWarningsForIP,
  ipNetString,
  isValidIPForLegacyField,
  parseAddrStrict,
  parseCIDRSloppy,
  parseIPSloppy,
  warningsForIP,
} from './ip.ts';

const msgs = (errs: ErrorList) => errs.map((e) => `${formatPath(e.path)}: ${e.detail}`);
const IP_MSG = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

describe('parseIPSloppy and isValidIPForLegacyField', () => {
  it('reads IPv4 (leading zeros too) and IPv6', () => {
    for (const ip of [
      '127.0.0.1',
      '010.002.003.004',
      'FE80::0202:B3FF:FE1E:8329',
      '::',
      '::ffff:1.2.3.4',
      '2001:db8::1',
    ])
      expect(parseIPSloppy(ip), ip).toBeDefined();
    for (const ip of [
      'invalid',
      '999.999.999.999',
      '1.2.3',
      '1::2::3',
      'fe80::1%eth0',
      '[::1]',
      '',
    ])
      expect(parseIPSloppy(ip), ip).toBeUndefined();
  });

  it('reads what Go 1.16 read and netip does not: long octets and long groups', () => {
    // dtoi and xtoi take any number of digits while the value fits.
    expect(addrString(parseIPSloppy('0001.2.3.4')!)).toBe('1.2.3.4');
    expect(addrString(parseIPSloppy('00001::')!)).toBe('1::');
    expect(parseIPSloppy('10000::')).toBeUndefined();
    expect(parseAddrStrict('0001.2.3.4')).toBeUndefined();
    expect(parseAddrStrict('00001::')).toBeUndefined();
    expect(parseAddrStrict('::ffff:01.2.3.4')).toBeUndefined();
  });

  it('places an embedded IPv4 address and the "::" as Go does', () => {
    expect(addrString(parseIPSloppy('1:2:3:4:5:6:1.2.3.4')!)).toBe('1:2:3:4:5:6:102:304');
    expect(parseIPSloppy('1:2:3:4:5:1.2.3.4')).toBeUndefined();
    expect(parseIPSloppy('1.2.3.4::')).toBeUndefined();
    expect(parseIPSloppy('1:2:3:4:5:6:7:8::')).toBeUndefined();
    expect(addrString(parseIPSloppy('1::2:3:4:5:6:7')!)).toBe('1:0:2:3:4:5:6:7');
  });

  it('says so in IsValidIPForLegacyField words', () => {
    expect(msgs(isValidIPForLegacyField(['ip'], 'x'))).toEqual([
      `ip: Invalid value: "x": ${IP_MSG}`,
    ]);
    expect(isValidIPForLegacyField(['ip'], '8.8.8.8')).toEqual([]);
  });
});

describe('printing and warnings', () => {
  it('parses and prints addresses as Go does', () => {
    expect(addrString(parseIPSloppy('::ffff:1.2.3.4')!)).toBe('::ffff:1.2.3.4');
    expect(addrString(parseIPSloppy('2001:0db8:0:0:1:0:0:1')!)).toBe('2001:db8::1:0:0:1');
    expect(parseIPSloppy('1.2.3')).toBeUndefined();
    expect(ipNetString(parseCIDRSloppy('10.1.2.3/8')!)).toBe('10.0.0.0/8');
    expect(getWarningsForIP(['x'], '::ffff:1.2.3.4', true)).toEqual([
      'x: non-standard IP address "::ffff:1.2.3.4" will be considered invalid in a future Kubernetes release: use "1.2.3.4"',
    ]);
    expect(getWarningsForCIDR(['x'], '10.0.0.0/08', true)).toEqual([
      'x: non-standard CIDR value "10.0.0.0/08" will be considered invalid in a future Kubernetes release: use "10.0.0.0/8"',
    ]);
    expect(getWarningsForCIDR(['x'], '10.0.0.0/8', true)).toEqual([]);
  });

  it('words GetWarningsForIP after the path (1.33+)', () => {
    expect(warningsForIP('2001:DB8::1', true)).toEqual([
      'IPv6 address "2001:DB8::1" should be in RFC 5952 canonical format ("2001:db8::1")',
    ]);
    expect(warningsForIP('::ffff:1.2.3.4', true)).toEqual([
      'non-standard IP address "::ffff:1.2.3.4" will be considered invalid in a future Kubernetes release: use "1.2.3.4"',
    ]);
    expect(warningsForIP('2001:0:0:1::1', true)).toEqual([]);
    expect(warningsForIP('1:0:0:0:0:0:0:1', true)).toEqual([
      'IPv6 address "1:0:0:0:0:0:0:1" should be in RFC 5952 canonical format ("1::1")',
    ]);
    expect(warningsForIP('0001.2.3.4', true)).toEqual([
      'non-standard IP address "0001.2.3.4" will be considered invalid in a future Kubernetes release: use "1.2.3.4"',
    ]);
    expect(warningsForIP('10.0.0.1', true)).toEqual([]);
    expect(warningsForIP('not an ip', true)).toEqual([]);
  });
});
