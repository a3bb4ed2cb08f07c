import type { UpstreamSuite } from './cases.ts';
import { bad, ok, podWith, SOURCE } from './scheduling.ts';

// DNS policy and configuration of a pod (see scheduling.ts for the source read). Upstream calls
// validatePodDNSConfig with dnsPolicy ClusterFirst unless a case names one; so do these Pods.

const D = 'spec.dnsConfig';
const dns = (dnsConfig: object, dnsPolicy?: string) =>
  podWith({ ...(dnsPolicy ? { dnsPolicy } : {}), dnsConfig });
const a = (n: number) => 'a'.repeat(n);
const six = [
  'custom',
  'mydomain.com',
  'local',
  'cluster.local',
  'svc.cluster.local',
  'default.svc.cluster.local.',
];
const upTo = (n: number) => [...six, ...Array.from({ length: n - 6 }, (_, i) => String(i + 7))];
const longList = (first: number) => [a(first), ...Array.from({ length: 31 }, () => a(63))];

const dnsPolicy: UpstreamSuite = {
  test: 'TestValidateDNSPolicy',
  functions: ['validateDNSPolicy'],
  source: SOURCE,
  cases: [
    ...['ClusterFirst', 'Default', 'ClusterFirstWithHostNet'].map((p) =>
      ok(p, podWith({ dnsPolicy: p })),
    ),
    ok('None', dns({ nameservers: ['1.2.3.4'] }, 'None')),
    bad('invalid', podWith({ dnsPolicy: 'invalid' }), 'spec.dnsPolicy: Unsupported value'),
    ok('empty', podWith({ dnsPolicy: '' }), {
      skip: 'a v1 Pod’s empty dnsPolicy is defaulted to ClusterFirst before validation runs',
    }),
  ],
};

const dnsConfig: UpstreamSuite = {
  test: 'TestValidatePodDNSConfig',
  functions: ['validatePodDNSConfig'],
  source: SOURCE,
  cases: [
    ok('valid: empty DNSConfig', dns({})),
    ok('valid: 1 option', dns({ options: [{ name: 'ndots', value: '2' }] })),
    ok('valid: 1 nameserver', dns({ nameservers: ['127.0.0.1'] })),
    ok('valid: DNSNone with 1 nameserver', dns({ nameservers: ['127.0.0.1'] }, 'None')),
    ok('valid: 1 search path', dns({ searches: ['custom'] })),
    ok('valid: 1 search path with trailing period', dns({ searches: ['custom.'] })),
    ok(
      'valid: 3 nameservers and 6 search paths(legacy)',
      dns({ nameservers: ['127.0.0.1', '10.0.0.10', '8.8.8.8'], searches: six }),
    ),
    ok(
      'valid: 3 nameservers and 32 search paths',
      dns({ nameservers: ['127.0.0.1', '10.0.0.10', '8.8.8.8'], searches: upTo(32) }),
    ),
    ok(
      'valid: 256 characters in search path list(legacy)',
      dns({ searches: [a(1), a(50), a(50), a(50), a(50), a(50)] }),
    ),
    ok('valid: 2048 characters in search path list', dns({ searches: longList(64) })),
    ok('valid: ipv6 nameserver', dns({ nameservers: ['FE80::0202:B3FF:FE1E:8329'] })),
    bad(
      'invalid: 4 nameservers',
      dns({ nameservers: ['127.0.0.1', '10.0.0.10', '8.8.8.8', '1.2.3.4'] }),
      `${D}.nameservers: Invalid value`,
    ),
    ok(
      'valid: 7 search paths',
      dns({ searches: [...six.slice(0, 5), 'default.svc.cluster.local', 'exceeded'] }),
    ),
    bad('invalid: 33 search paths', dns({ searches: upTo(33) }), `${D}.searches: Invalid value`),
    ok(
      'valid: 257 characters in search path list',
      dns({ searches: [a(2), a(50), a(50), a(50), a(50), a(50)] }),
    ),
    bad(
      'invalid: 2049 characters in search path list',
      dns({ searches: longList(65) }),
      `${D}.searches: Invalid value`,
    ),
    bad('invalid search path', dns({ searches: ['custom?'] }), `${D}.searches[0]: Invalid value`),
    bad(
      'invalid nameserver',
      dns({ nameservers: ['invalid'] }),
      `${D}.nameservers[0]: Invalid value`,
    ),
    bad(
      'invalid empty option name',
      dns({ options: [{ value: '2' }] }),
      `${D}.options[0]: Required value`,
    ),
    bad(
      'invalid: DNSNone with 0 nameserver',
      dns({ searches: ['custom'] }, 'None'),
      `${D}.nameservers: Required value`,
    ),
  ],
};

/** One search domain, with the gate on (1.33+, here 1.34) or off (1.32, its alpha). */
const search = (name: string, domain: string, enabled: boolean, valid: boolean) => ({
  ...(valid
    ? ok(name, dns({ searches: [domain] }))
    : bad(name, dns({ searches: [domain] }), `${D}.searches[0]: Invalid value`)),
  ...(enabled ? {} : { k8s: '1.32' as const }),
});

const RELAXED: [string, string, boolean][] = [
  ['beginswith underscore, contains underscore', '_sip._tcp.abc_d.example.com', true],
  ['contains underscore', 'abc_d.example.com', true],
  ['is dot', '.', true],
  ['two dots', '..', false],
  ['underscore and dot', '_.', false],
  ['dash and dot', '-.', false],
  ['two underscore and dot', '__.', false],
  ['dot and two underscore', '.__', false],
  ['dot and underscore', '._', false],
  ['lot of underscores', '____________', false],
  ['a regular name', 'example.com', true],
  ['unicode character', '☃.example.com', false],
];

const relaxedSearch: UpstreamSuite = {
  test: 'TestValidatePodDNSConfigWithRelaxedSearchDomain',
  functions: ['validatePodDNSConfig'],
  source: SOURCE,
  cases: [
    ...RELAXED.map(([name, domain, valid]) =>
      search(`${name}, featuregate enabled`, domain, true, valid),
    ),
    ...RELAXED.map(([name, domain]) =>
      search(
        `${name === 'beginswith underscore, contains underscore' ? 'begins with underscore, contains underscore' : name}, featuregate disabled`,
        domain,
        false,
        domain === 'example.com',
      ),
    ),
  ],
};

/** Every DNS suite, for upstream/index.ts. */
export const POD_DNS_SUITES: readonly UpstreamSuite[] = [dnsPolicy, dnsConfig, relaxedSearch];
