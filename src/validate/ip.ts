import { formatPath, type Path } from '../yaml/path.ts';
import { invalid, type ErrorList } from './field.ts';

// IP addresses and CIDRs as the API server reads them, ported from k8s.io/apimachinery
// pkg/util/validation/ip.go, k8s.io/utils/net and pkg/apis/core/validation/validation.go
// (ValidateEndpointIP) as vendored at Kubernetes 1.34.1 (openshift/openshift-apiserver@56aa2d96e).
// Go has two parsers the API server uses side by side: k8s.io/utils/net's ParseIPSloppy (Go 1.16's
// net.ParseIP: IPv4 octets may have leading zeros, an IPv6 group any number of digits up to
// 0xffff) decides what is valid; net/netip's ParseAddr (strict: neither) decides what is merely
// warned about. Both are one parser here, without zones (ParseIPSloppy has none, so a zoned
// address is never valid and never reaches the strict one).

/** A parsed address: 16 bytes (IPv4 as IPv4-mapped IPv6, like Go's net.IP). */
export interface IP {
  readonly bytes: readonly number[];
  /** Written in IPv4 dotted form (netip: Is4). */
  readonly dotted: boolean;
}

const V4_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** `parseIPv4`: four decimal octets; `strict` (netip) refuses leading zeros. */
function parseIPv4(s: string, strict: boolean): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^[0-9]+$/.test(p)) return undefined;
    if (strict && p.length > 1 && p[0] === '0') return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

/**
 * `parseIPv6`: hex groups, at most one `::` standing for at least one zero group, an optional
 * trailing IPv4 part; `strict` (netip) allows at most 4 digits a group.
 */
function parseIPv6(input: string, strict: boolean): number[] | undefined {
  const ip = Array<number>(16).fill(0);
  let s = input;
  let ellipsis = -1;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (!s.length) return ip;
  }
  let i = 0;
  while (i < 16) {
    const hex = /^[0-9a-fA-F]+/.exec(s)?.[0];
    if (hex === undefined || (strict && hex.length > 4)) return undefined;
    const n = parseInt(hex, 16);
    if (n > 0xffff) return undefined;
    if (s[hex.length] === '.') {
      if ((ellipsis < 0 && i !== 12) || i + 4 > 16) return undefined;
      const v4 = parseIPv4(s, strict);
      if (!v4) return undefined;
      ip.splice(i, 4, ...v4);
      s = '';
      i += 4;
      break;
    }
    ip[i] = n >> 8;
    ip[i + 1] = n & 0xff;
    i += 2;
    s = s.slice(hex.length);
    if (!s.length) break;
    if (s[0] !== ':' || s.length === 1) return undefined;
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return undefined;
      ellipsis = i;
      s = s.slice(1);
      if (!s.length) break;
    }
  }
  if (s.length) return undefined;
  if (i < 16) {
    if (ellipsis < 0) return undefined;
    const moved = ip.slice(ellipsis, i);
    ip.fill(0, ellipsis);
    ip.splice(16 - moved.length, moved.length, ...moved);
  } else if (ellipsis >= 0) return undefined;
  return ip;
}

/** `ParseIP`: the first '.' or ':' says which form the address is written in. */
function parse(s: string, strict: boolean): IP | undefined {
  for (const ch of s) {
    if (ch === '.') {
      const v4 = parseIPv4(s, strict);
      return v4 && { bytes: [...V4_PREFIX, ...v4], dotted: true };
    }
    if (ch === ':') {
      const bytes = parseIPv6(s, strict);
      return bytes && { bytes, dotted: false };
    }
  }
  return undefined;
}

/** `netutils.ParseIPSloppy`: Go 1.16's net.ParseIP (IPv4 octets may have leading zeros). */
export function parseIPSloppy(s: string): IP | undefined {
  return parse(s, false);
}

/** `netip.ParseAddr` (without zones): no leading zeros in IPv4 octets, ≤ 4 digits an IPv6 group. */
export function parseAddrStrict(s: string): IP | undefined {
  return parse(s, true);
}

/** net.IP's `To4() != nil`: an IPv4 address, written either way. */
export function isIPv4(ip: IP): boolean {
  return V4_PREFIX.every((b, i) => ip.bytes[i] === b);
}

/** `netutils.IsIPv6String`: a string ParseIPSloppy reads as an IPv6 address. */
export function isIPv6String(s: unknown): boolean {
  const ip = typeof s === 'string' ? parseIPSloppy(s) : undefined;
  return ip !== undefined && !isIPv4(ip);
}

/** netip's `Is4In6`: an IPv4-mapped address written as IPv6. */
export const is4In6 = (ip: IP) => !ip.dotted && isIPv4(ip);

const v4String = (b: readonly number[]) => b.slice(12).join('.');

/** RFC 5952 text of an IPv6 address: lowercase, no leading zeros, longest zero run as "::". */
function v6String(b: readonly number[]): string {
  const g = Array.from({ length: 8 }, (_, i) => (b[2 * i]! << 8) | b[2 * i + 1]!);
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) [best, bestLen] = [i, j - i];
    i = j;
  }
  const hex = (from: number, to: number) =>
    g
      .slice(from, to)
      .map((x) => x.toString(16))
      .join(':');
  if (best < 0) return hex(0, 8);
  return `${hex(0, best)}::${hex(best + bestLen, 8)}`;
}

/** `net.IP.String()`: IPv4 form for any IPv4 address, else RFC 5952. */
export function ipString(ip: IP): string {
  return isIPv4(ip) ? v4String(ip.bytes) : v6String(ip.bytes);
}

/** `netip.Addr.String()`: like net.IP, but an IPv4-mapped IPv6 address stays `::ffff:a.b.c.d`. */
export function addrString(ip: IP): string {
  if (ip.dotted) return v4String(ip.bytes);
  return is4In6(ip) ? `::ffff:${v4String(ip.bytes)}` : v6String(ip.bytes);
}

/** A parsed CIDR (`ParseCIDRSloppy`): the address as written and the prefix length. */
export interface CIDR {
  readonly ip: IP;
  readonly bits: number;
  /** 32 for an address written as IPv4, else 128. */
  readonly size: number;
}

/** `netutils.ParseCIDRSloppy` (Go 1.16's net.ParseCIDR). */
export function parseCIDRSloppy(s: string): CIDR | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIPSloppy(s.slice(0, slash));
  const len = s.slice(slash + 1);
  if (!ip || !/^[0-9]+$/.test(len)) return undefined;
  const size = ip.dotted ? 32 : 128;
  const bits = Number(len);
  return bits <= size ? { ip, bits, size } : undefined;
}

/** The CIDR's network address: the address with the bits past the prefix cleared. */
function masked(c: CIDR): IP {
  const keep = c.bits + (128 - c.size);
  const bytes = c.ip.bytes.map((b, i) => {
    const left = keep - i * 8;
    if (left >= 8) return b;
    if (left <= 0) return i < 12 && c.size === 32 ? b : 0;
    return b & (0xff << (8 - left)) & 0xff;
  });
  return { bytes, dotted: c.ip.dotted };
}

/** `IPNet.String()` of the parsed CIDR (the network, not the address as written). */
export function ipNetString(c: CIDR): string {
  return `${ipString(masked(c))}/${c.bits}`;
}

/** `netip.ParsePrefix` (strict): strict address, prefix length without leading zeros. */
function parsePrefixStrict(s: string): CIDR | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseAddrStrict(s.slice(0, slash));
  const len = s.slice(slash + 1);
  if (!ip || !/^(0|[1-9][0-9]*)$/.test(len)) return undefined;
  const size = ip.dotted ? 32 : 128;
  const bits = Number(len);
  return bits <= size ? { ip, bits, size } : undefined;
}

/** The complaint of `IsValidIPForLegacyField` (1.30 on; pod DNS fields said less before). */
export const IP_ADDRESS_MESSAGE = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

/**
 * `IsValidIPForLegacyField` with strict validation off (the StrictIPCIDRValidation gate, alpha and
 * off by default in 1.33 and 1.34, absent before): any address ParseIPSloppy reads.
 */
export function isValidIPForLegacyField(path: Path, value: string): ErrorList {
  return parseIPSloppy(value) ? [] : [invalid(path, value, IP_ADDRESS_MESSAGE)];
}

/** `IsValidCIDRForLegacyField` with strict validation off (see above). */
export function isValidCIDRForLegacyField(path: Path, value: string): ErrorList {
  return parseCIDRSloppy(value)
    ? []
    : [invalid(path, value, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)')];
}

/**
 * `ValidateEndpointIP` (`ValidateNonSpecialIP` up to 1.32, same words): no unspecified, loopback or
 * link-local address.
 */
export function validateEndpointIP(value: string, path: Path): ErrorList {
  const ip = parseIPSloppy(value);
  if (!ip) return [invalid(path, value, 'must be a valid IP address')];
  const b = ip.bytes;
  const v4 = isIPv4(ip);
  const errs: ErrorList = [];
  if (v4 ? b.slice(12).every((x) => x === 0) : b.every((x) => x === 0))
    errs.push(invalid(path, value, `may not be unspecified (${value})`));
  if (v4 ? b[12] === 127 : b.slice(0, 15).every((x) => x === 0) && b[15] === 1)
    errs.push(invalid(path, value, 'may not be in the loopback range (127.0.0.0/8, ::1/128)'));
  if (v4 ? b[12] === 169 && b[13] === 254 : b[0] === 0xfe && (b[1]! & 0xc0) === 0x80)
    errs.push(
      invalid(path, value, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'),
    );
  if (v4 ? b[12] === 224 && b[13] === 0 && b[14] === 0 : b[0] === 0xff && (b[1]! & 0x0f) === 0x02)
    errs.push(
      invalid(
        path,
        value,
        'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)',
      ),
    );
  return errs;
}

/**
 * The warnings of `GetWarningsForIP` (apimachinery, 1.33 on), each without its leading `path: `:
 * a non-standard address (IPv4 octets with leading zeros, IPv4-mapped IPv6) or a non-canonical
 * IPv6 one. Before 1.33 the Service warned with pkg/api/service's own getWarningsForIP (netip's
 * error text), ported for its common cases.
 */
export function warningsForIP(value: string, since133: boolean): string[] {
  const ip = parseIPSloppy(value);
  if (!ip) return [];
  const addr = parseAddrStrict(value);
  if (!since133) {
    if (!addr)
      return [
        `IP address was accepted, but will be invalid in a future Kubernetes release: ParseAddr(${JSON.stringify(value)}): IPv4 field has octet with leading zero`,
      ];
    return !addr.dotted && addrString(addr) !== value
      ? [
          `IPv6 address ${JSON.stringify(value)} is not in RFC 5952 canonical format (${JSON.stringify(addrString(addr))}), which may cause controller apply-loops`,
        ]
      : [];
  }
  if (!addr || is4In6(addr))
    return [
      `non-standard IP address ${JSON.stringify(value)} will be considered invalid in a future Kubernetes release: use ${JSON.stringify(ipString(ip))}`,
    ];
  if (!addr.dotted && addrString(addr) !== value)
    return [
      `IPv6 address ${JSON.stringify(value)} should be in RFC 5952 canonical format (${JSON.stringify(addrString(addr))})`,
    ];
  return [];
}

/** `GetWarningsForIP`: {@link warningsForIP}, each after `path: ` as upstream writes them. */
export function getWarningsForIP(path: Path, value: string, since133: boolean): string[] {
  const where = formatPath(path);
  return warningsForIP(value, since133).map((w) => `${where}: ${w}`);
}

/**
 * `GetWarningsForCIDR` (1.33 on): bits set past the prefix length (ambiguous), a non-standard
 * form, or a non-canonical IPv6 one. Before 1.33: netip.ParsePrefix's complaint about leading
 * zeros in the address, and the IPv6 canonical form.
 */
export function getWarningsForCIDR(path: Path, value: string, since133: boolean): string[] {
  const cidr = parseCIDRSloppy(value);
  if (!cidr) return [];
  const where = formatPath(path);
  const prefix = parsePrefixStrict(value);
  const prefixText = (p: CIDR) => `${addrString(p.ip)}/${p.bits}`;
  if (!since133) {
    if (!prefix) {
      if (parseAddrStrict(value.slice(0, value.indexOf('/')))) return [];
      const addr = value.slice(0, value.indexOf('/'));
      return [
        `${where}: IP prefix was accepted, but will be invalid in a future Kubernetes release: netip.ParsePrefix(${JSON.stringify(value)}): ParseAddr(${JSON.stringify(addr)}): IPv4 field has octet with leading zero`,
      ];
    }
    return !prefix.ip.dotted && prefixText(prefix) !== value
      ? [
          `${where}: IPv6 prefix ${JSON.stringify(value)} is not in RFC 5952 canonical format (${JSON.stringify(prefixText(prefix))}), which may cause controller apply-loops`,
        ]
      : [];
  }
  const warnings: string[] = [];
  const net = masked(cidr);
  if (net.bytes.some((b, i) => b !== cidr.ip.bytes[i])) {
    const single = `${ipString(cidr.ip)}/${cidr.size}`;
    warnings.push(
      `${where}: CIDR value ${JSON.stringify(value)} is ambiguous in this context (should be ${JSON.stringify(ipNetString(cidr))} or ${JSON.stringify(single)}?)`,
    );
  }
  if (!prefix || is4In6(prefix.ip))
    warnings.push(
      `${where}: non-standard CIDR value ${JSON.stringify(value)} will be considered invalid in a future Kubernetes release: use ${JSON.stringify(ipNetString(cidr))}`,
    );
  if (!warnings.length && prefix && !prefix.ip.dotted && prefixText(prefix) !== value)
    warnings.push(
      `${where}: IPv6 CIDR value ${JSON.stringify(value)} should be in RFC 5952 canonical format (${JSON.stringify(prefixText(prefix))})`,
    );
  return warnings;
}
