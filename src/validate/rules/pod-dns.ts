import type { Path } from '../../yaml/path.ts';
import {
  isDNS1123Label,
  isDNS1123Subdomain,
  isDNS1123SubdomainWithUnderscore,
} from '../apimachinery.ts';
import { gateOffByDefault } from '../api-gates.ts';
import { goString, isObj, listOf, type RuleFamily } from '../context.ts';
import { forbidden, invalid, reportErrors, required, tooLong, unsupported } from '../field.ts';
import type { ErrorList } from '../field.ts';
import { isValidIPForLegacyField, parseIPSloppy } from '../ip.ts';
import type { K8sVersion } from '../versions.ts';
import { validationChanged } from '../api-validation-changes.ts';

// DNS and naming fields of a pod, ported by structure from pkg/apis/core/validation/validation.go
// of Kubernetes 1.34.1 (openshift/openshift-apiserver@56aa2d96e, vendor/k8s.io/kubernetes), with
// the address and name checks of ip.ts and apimachinery.ts. Version notes, read from the same
// file at 1.27.2–1.33.3 (commits in api-gates.ts):
//   - 32 search paths / 2048 characters in every version here (1.27's ExpandedDNSConfig gate is on
//     by default; the legacy limits of 6 / 256 apply to no supported version);
//   - before 1.30 a bad IP read "must be valid IP address" and hostAliases errors had no index
//     (`spec.hostAliases.ip`, `spec.hostAliases.hostnames`);
//   - from 1.33 (RelaxedDNSSearchValidation on by default) a search domain may be "." or hold '_'.

export const MAX_DNS_NAMESERVERS = 3;
export const MAX_DNS_SEARCH_PATHS = 32;
export const MAX_DNS_SEARCH_LIST_CHARS = 2048;

const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];

/** `validateDNSPolicy` ("" is defaulted to ClusterFirst before validation, so never seen). */
export function validateDNSPolicy(policy: unknown, path: Path): ErrorList {
  if (typeof policy !== 'string' || policy === '' || DNS_POLICIES.includes(policy)) return [];
  return [unsupported(path, policy, DNS_POLICIES)];
}

/**
 * A nameserver or host alias IP: `IsValidIPForLegacyField` from 1.30; before, the pod's own
 * ParseIPSloppy check with a shorter message.
 */
function validatePodIP(path: Path, value: string, k8s: K8sVersion): ErrorList {
  if (validationChanged('legacyIPFieldValidation', k8s))
    return isValidIPForLegacyField(path, value);
  return parseIPSloppy(value) ? [] : [invalid(path, value, 'must be valid IP address')];
}

/**
 * `validatePodDNSConfig`: dnsPolicy None needs a dnsConfig with a nameserver; at most 3
 * nameservers, each an IP; at most 32 search domains of 2048 characters in all, each a domain
 * (a trailing dot allowed); options need a name.
 */
export function validatePodDNSConfig(
  dnsConfig: unknown,
  dnsPolicy: unknown,
  path: Path,
  k8s: K8sVersion,
): ErrorList {
  const errs: ErrorList = [];
  const nameservers = isObj(dnsConfig) ? listOf(dnsConfig.nameservers) : [];
  if (dnsPolicy === 'None') {
    if (dnsConfig === undefined || dnsConfig === null)
      return [required(path, 'must provide `dnsConfig` when `dnsPolicy` is None')];
    if (isObj(dnsConfig) && !nameservers.length)
      return [
        required(
          [...path, 'nameservers'],
          'must provide at least one DNS nameserver when `dnsPolicy` is None',
        ),
      ];
  }
  if (!isObj(dnsConfig)) return errs;
  if (nameservers.length > MAX_DNS_NAMESERVERS)
    errs.push(
      invalid(
        [...path, 'nameservers'],
        nameservers,
        `must not have more than ${MAX_DNS_NAMESERVERS} nameservers`,
      ),
    );
  nameservers.forEach((ns, i) => {
    if (typeof ns === 'string') errs.push(...validatePodIP([...path, 'nameservers', i], ns, k8s));
  });
  const searches = listOf(dnsConfig.searches);
  const strings = searches.filter((s): s is string => typeof s === 'string');
  if (searches.length > MAX_DNS_SEARCH_PATHS)
    errs.push(
      invalid(
        [...path, 'searches'],
        searches,
        `must not have more than ${MAX_DNS_SEARCH_PATHS} search paths`,
      ),
    );
  if (new TextEncoder().encode(strings.join(' ')).length > MAX_DNS_SEARCH_LIST_CHARS)
    errs.push(
      invalid(
        [...path, 'searches'],
        searches,
        `must not have more than ${MAX_DNS_SEARCH_LIST_CHARS} characters (including spaces) in the search list`,
      ),
    );
  const relaxed = validationChanged('relaxedDNSSearch', k8s);
  searches.forEach((search, i) => {
    if (typeof search !== 'string' || (relaxed && search === '.')) return;
    const domain = search.endsWith('.') ? search.slice(0, -1) : search;
    const problems = relaxed
      ? isDNS1123SubdomainWithUnderscore(domain)
      : isDNS1123Subdomain(domain);
    errs.push(...problems.map((m) => invalid([...path, 'searches', i], domain, m)));
  });
  listOf(dnsConfig.options).forEach((option, i) => {
    const name = isObj(option) ? goString(option.name) : undefined;
    if (name === '') errs.push(required([...path, 'options', i], 'must not be empty'));
  });
  return errs;
}

/** `ValidateHostAliases`: each ip an IP address, each hostname a DNS subdomain. */
export function validateHostAliases(aliases: unknown, path: Path, k8s: K8sVersion): ErrorList {
  const indexed = validationChanged('hostAliasIndexedPaths', k8s);
  return listOf(aliases).flatMap((alias, i) => {
    if (!isObj(alias)) return [];
    const at = (field: string) => (indexed ? [...path, i, field] : [...path, field]);
    const ip = goString(alias.ip);
    const errs = ip === undefined ? [] : validatePodIP(at('ip'), ip, k8s);
    listOf(alias.hostnames).forEach((hostname, j) => {
      if (typeof hostname !== 'string') return;
      const where = indexed ? [...at('hostnames'), j] : at('hostnames');
      errs.push(...isDNS1123Subdomain(hostname).map((m) => invalid(where, hostname, m)));
    });
    return errs;
  });
}

/** `ValidateDNS1123Label` of a non-empty hostname or subdomain. */
export function validateDNS1123Label(value: unknown, path: Path): ErrorList {
  if (typeof value !== 'string' || value === '') return [];
  return isDNS1123Label(value).map((m) => invalid(path, value, m));
}

/**
 * `validatePodHostName`: hostnameOverride (HostnameOverride gate) not with setHostnameAsFQDN or
 * hostNetwork, at most 64 characters, a DNS subdomain.
 */
export function validatePodHostName(spec: Record<string, unknown>, path: Path): ErrorList {
  const override = spec.hostnameOverride;
  if (typeof override !== 'string') return [];
  const at = [...path, 'hostnameOverride'];
  const errs: ErrorList = [];
  if (spec.setHostnameAsFQDN === true)
    errs.push(forbidden(at, 'may not be specified when setHostnameAsFQDN is true'));
  if (spec.hostNetwork === true)
    errs.push(forbidden(at, 'may not be specified when hostNetwork is true'));
  if (override.length > 64) errs.push(tooLong(at, 64));
  errs.push(...isDNS1123Subdomain(override).map((m) => invalid(at, override, m)));
  return errs;
}

/**
 * DNS and host names of every pod (`ValidatePodSpec`): dnsPolicy, dnsConfig, hostname,
 * subdomain, hostnameOverride (only where its gate is on) and hostAliases.
 */
export const podDns: RuleFamily = {
  ids: ['pod-dns-invalid', 'pod-hostname-invalid', 'pod-host-aliases-invalid'],
  workload(ctx, report) {
    const { spec, k8s, pod } = ctx;
    const at = (field: string) => [...pod.specPath, field];
    const emit = (ruleId: string, errors: ErrorList) =>
      reportErrors(report, { ruleId, severity: 'error', document: ctx.document }, errors);
    emit('pod-dns-invalid', [
      ...validateDNSPolicy(spec.dnsPolicy, at('dnsPolicy')),
      ...validatePodDNSConfig(spec.dnsConfig, spec.dnsPolicy, at('dnsConfig'), k8s),
    ]);
    emit('pod-hostname-invalid', [
      ...validateDNS1123Label(spec.hostname, at('hostname')),
      ...validateDNS1123Label(spec.subdomain, at('subdomain')),
      ...(gateOffByDefault('HostnameOverride', k8s) ? [] : validatePodHostName(spec, pod.specPath)),
    ]);
    emit('pod-host-aliases-invalid', validateHostAliases(spec.hostAliases, at('hostAliases'), k8s));
  },
};
