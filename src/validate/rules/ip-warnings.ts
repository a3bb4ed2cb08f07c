// `GetWarningsForIP` of k8s.io/apimachinery/pkg/util/validation/ip.go (Kubernetes 1.34.1, as
// vendored at openshift/openshift-apiserver@56aa2d96e): an address the API still takes in its
// legacy (sloppy) form but warns about. The parsers follow k8s.io/utils/net's ParseIPSloppy
// (IPv4 parts may have leading zeros, read as decimal) and Go's net/netip (strict).

/** The 16 bytes of an address as `ParseIPSloppy` reads it, `v4` when written as IPv4; or `undefined`. */
function parse(value: string, strict: boolean): { bytes: number[]; v4: boolean } | undefined {
  const v4 = parseV4(value, strict);
  if (v4) return { bytes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...v4], v4: true };
  const v6 = parseV6(value, strict);
  return v6 ? { bytes: v6, v4: false } : undefined;
}

function parseV4(s: string, strict: boolean): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p) || Number(p) > 255) return undefined;
    if (strict && p.length > 1 && p.startsWith('0')) return undefined;
    out.push(Number(p));
  }
  return out;
}

function parseV6(s: string, strict: boolean): number[] | undefined {
  if (!s.includes(':')) return undefined;
  let text = s;
  let tail: number[] = [];
  const last = s.lastIndexOf(':');
  if (s.slice(last + 1).includes('.')) {
    const v4 = parseV4(s.slice(last + 1), strict);
    if (!v4) return undefined;
    tail = v4;
    text = s.slice(0, last + 1);
    if (!text.endsWith('::')) text = text.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const words = (h: string) =>
    (h === '' ? [] : h.split(':')).map((w) =>
      /^[0-9a-fA-F]{1,4}$/.test(w) ? parseInt(w, 16) : NaN,
    );
  const left = words(halves[0]!);
  const right = halves.length === 2 ? words(halves[1]!) : [];
  if ([...left, ...right].some(Number.isNaN)) return undefined;
  const total = left.length + right.length + tail.length / 2;
  if (halves.length === 1 ? total !== 8 : total > 7) return undefined;
  const all = [...left, ...new Array<number>(8 - total).fill(0), ...right];
  return [...all.flatMap((w) => [w >> 8, w & 0xff]), ...tail];
}

/** An IPv6 address in RFC 5952 form (as Go prints it). */
function formatV6(bytes: number[]): string {
  const w: number[] = [];
  for (let i = 0; i < 16; i += 2) w.push((bytes[i]! << 8) | bytes[i + 1]!);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = (a: number[]) => a.map((x) => x.toString(16)).join(':');
  if (best === -1) return hex(w);
  return `${hex(w.slice(0, best))}::${hex(w.slice(best + bestLen))}`;
}

const is4In6 = (b: number[]) =>
  b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff;

/** `net.IP.String()`. */
function ipString(b: number[]): string {
  return is4In6(b) ? b.slice(12).join('.') : formatV6(b);
}

/** `GetWarningsForIP`: the warning text after `path: `, or `undefined`. */
export function ipWarning(value: string): string | undefined {
  const sloppy = parse(value, false);
  if (!sloppy) return undefined;
  const strict = parse(value, true);
  if (!strict || (!strict.v4 && is4In6(strict.bytes)))
    return `non-standard IP address ${JSON.stringify(value)} will be considered invalid in a future Kubernetes release: use ${JSON.stringify(ipString(sloppy.bytes))}`;
  if (!strict.v4) {
    const canonical = formatV6(strict.bytes);
    if (canonical !== value)
      return `IPv6 address ${JSON.stringify(value)} should be in RFC 5952 canonical format (${JSON.stringify(canonical)})`;
  }
  return undefined;
}
