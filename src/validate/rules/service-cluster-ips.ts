import type { Path } from '../../yaml/path.ts';
import type { Obj } from '../context.ts';
import { duplicate, invalid, unsupported, type ErrorList } from '../field.ts';
import { isIPv6String, isValidIPForLegacyField } from '../ip.ts';
import type { ServiceView } from './service-spec.ts';

// ValidateServiceClusterIPsRelatedFields of pkg/apis/core/validation/validation.go as vendored at
// Kubernetes 1.34.1 (openshift/openshift-apiserver@56aa2d96e; unchanged since 1.27 but for the
// legacy IP parser): clusterIP / clusterIPs agreement, ipFamilies and ipFamilyPolicy values, and
// which IPs may stand together. On create the API server first copies `clusterIP` into an empty
// `clusterIPs` (NormalizeClusterIPs), so a Service that writes only `clusterIP` is reported there.
// What a cluster supports (its IP families, its service CIDRs) is checked at allocation, from
// cluster state, and is not reported.

/** Where the Service's cluster IPs are written: `clusterIPs`, or `clusterIP` when alone. */
export function clusterIPsPath(spec: Obj): Path {
  return Array.isArray(spec.clusterIPs) && spec.clusterIPs.length
    ? ['spec', 'clusterIPs']
    : ['spec', 'clusterIP'];
}

const FAMILIES = ['IPv4', 'IPv6'];

/** `ValidateServiceClusterIPsRelatedFields` on create. */
export function validateServiceClusterIPsRelatedFields(s: ServiceView): ErrorList {
  if (s.type === 'ExternalName') return [];
  const { spec, clusterIPs } = s;
  const errs: ErrorList = [];
  const written = Array.isArray(spec.clusterIPs) && spec.clusterIPs.length > 0;
  // The list as written, or the clusterIP it was made from.
  const listPath: Path = written ? ['spec', 'clusterIPs'] : ['spec', 'clusterIP'];
  const ipPath = (i: number): Path => (written ? ['spec', 'clusterIPs', i] : ['spec', 'clusterIP']);
  let hasInvalidIPs = false;

  const ip = spec.clusterIP;
  if (typeof ip === 'string' && ip !== '') {
    if (clusterIPs[0] !== ip)
      errs.push(invalid(['spec', 'clusterIPs'], clusterIPs, 'first value must match `clusterIP`'));
  } else if (clusterIPs.length)
    errs.push(
      invalid(
        ['spec', 'clusterIPs'],
        clusterIPs,
        'must be empty when `clusterIP` is not specified',
      ),
    );

  const families = Array.isArray(spec.ipFamilies) ? spec.ipFamilies : [];
  const seen = new Set<unknown>();
  families.forEach((family, i) => {
    if (typeof family !== 'string') return;
    // The schema's enum allows "" (and reports other values, with a case quick fix).
    if (family === '') errs.push(unsupported(['spec', 'ipFamilies', i], family, FAMILIES));
    if (seen.has(family)) errs.push(duplicate(['spec', 'ipFamilies', i], family));
    seen.add(family);
  });

  // An unknown ipFamilyPolicy is the schema's enum error (the same three values).

  clusterIPs.forEach((value, i) => {
    if (i === 0 && value === 'None') {
      if (clusterIPs.length > 1) {
        hasInvalidIPs = true;
        errs.push(invalid(listPath, clusterIPs, "'None' must be the first and only value"));
      }
      return;
    }
    if (typeof value !== 'string') return;
    const bad = isValidIPForLegacyField(ipPath(i), value);
    if (bad.length) hasInvalidIPs = true;
    errs.push(...bad);
  });
  if (clusterIPs.length > 2)
    errs.push(invalid(listPath, clusterIPs, 'may only hold up to 2 values'));
  if (hasInvalidIPs) return errs;

  if (clusterIPs.length > 1) {
    const v6 = clusterIPs.filter(isIPv6String).length;
    if (v6 === 0 || v6 === clusterIPs.length)
      errs.push(
        invalid(listPath, clusterIPs, 'may specify no more than one IP for each IP family'),
      );
  }

  if (!s.headless && clusterIPs.length && families.length)
    clusterIPs.forEach((value, i) => {
      if (i > families.length - 1) return;
      if (families[i] === 'IPv4' && isIPv6String(value))
        errs.push(
          invalid(ipPath(i), value, `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``),
        );
      if (families[i] === 'IPv6' && !isIPv6String(value))
        errs.push(
          invalid(ipPath(i), value, `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``),
        );
    });
  return errs;
}
