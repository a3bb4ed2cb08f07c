import { describe, expect, it } from 'vitest';
import { formatPath } from '../../yaml/path.ts';
import {
  isDNS1123Label,
  isDNS1123Subdomain,
  isDNS1123SubdomainWithUnderscore,
} from '../apimachinery.ts';
import type { ErrorList } from '../field.ts';
import {
  validateDNS1123Label,
  validateDNSPolicy,
  validateHostAliases,
  validatePodDNSConfig,
  validatePodHostName,
} from './pod-dns.ts';
import { lint, pod } from './testing.ts';

const msgs = (errs: ErrorList) => errs.map((e) => `${formatPath(e.path)}: ${e.detail}`);
const APP = '  containers:\n    - name: app\n      image: nginx:1.27.3\n';
const IDS = ['pod-dns-invalid', 'pod-hostname-invalid', 'pod-host-aliases-invalid'];
const IP_MSG = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

describe('validateDNSPolicy', () => {
  it('knows the four policies', () => {
    for (const p of ['ClusterFirst', 'Default', 'ClusterFirstWithHostNet', 'None'])
      expect(validateDNSPolicy(p, ['d'])).toEqual([]);
    expect(msgs(validateDNSPolicy('invalid', ['d']))).toEqual([
      'd: Unsupported value: "invalid": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
    ]);
  });
});

describe('validatePodDNSConfig', () => {
  const check = (config: unknown, policy = 'ClusterFirst', k8s: '1.34' | '1.32' = '1.34') =>
    msgs(validatePodDNSConfig(config, policy, ['c'], k8s));

  it('accepts 3 nameservers, 32 searches and trailing dots', () => {
    const searches = ['custom.', 'mydomain.com', ...Array.from({ length: 30 }, (_, i) => `s${i}`)];
    expect(check({ nameservers: ['127.0.0.1', '10.0.0.10', '8.8.8.8'], searches })).toEqual([]);
    expect(check({ nameservers: ['127.0.0.1'] }, 'None')).toEqual([]);
  });

  it('needs a dnsConfig and a nameserver with dnsPolicy None', () => {
    expect(check(undefined, 'None')).toEqual([
      'c: Required value: must provide `dnsConfig` when `dnsPolicy` is None',
    ]);
    expect(check({ searches: ['custom'] }, 'None')).toEqual([
      'c.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None',
    ]);
  });

  it('limits nameservers and searches', () => {
    expect(check({ nameservers: ['1.1.1.1', '2.2.2.2', '3.3.3.3', '4.4.4.4'] })).toEqual([
      'c.nameservers: Invalid value: ["1.1.1.1","2.2.2.2","3.3.3.3","4.4.4.4"]: must not have more than 3 nameservers',
    ]);
    const tooMany = Array.from({ length: 33 }, (_, i) => `s${i}`);
    expect(check({ searches: tooMany })).toEqual([
      `c.searches: Invalid value: ${JSON.stringify(tooMany)}: must not have more than 32 search paths`,
    ]);
    const long = ['a'.repeat(65), ...Array.from({ length: 31 }, () => 'a'.repeat(63))];
    expect(check({ searches: long })).toEqual([
      `c.searches: Invalid value: ${JSON.stringify(long)}: must not have more than 2048 characters (including spaces) in the search list`,
    ]);
  });

  it('checks each nameserver, search and option', () => {
    expect(
      check({ nameservers: ['invalid'], searches: ['custom?'], options: [{ value: '2' }] }),
    ).toEqual([
      `c.nameservers[0]: Invalid value: "invalid": ${IP_MSG}`,
      `c.searches[0]: Invalid value: "custom?": ${isDNS1123SubdomainWithUnderscore('custom?')[0]}`,
      'c.options[0]: Required value: must not be empty',
    ]);
  });

  it('relaxes search domains from 1.33 ("." and "_")', () => {
    expect(check({ searches: ['.', 'abc_d.example.com'] })).toEqual([]);
    expect(check({ searches: ['.', 'abc_d.example.com'] }, 'ClusterFirst', '1.32')).toEqual([
      `c.searches[0]: Invalid value: "": ${isDNS1123Subdomain('')[0]}`,
      `c.searches[1]: Invalid value: "abc_d.example.com": ${isDNS1123Subdomain('abc_d.example.com')[0]}`,
    ]);
  });
});

describe('validateHostAliases', () => {
  it('accepts an IP with subdomain hostnames', () => {
    expect(
      validateHostAliases(
        [{ ip: '12.34.56.78', hostnames: ['host1.foo', 'host2'] }],
        ['h'],
        '1.34',
      ),
    ).toEqual([]);
  });

  it('rejects a bad IP and hostname; before 1.30 without indexes', () => {
    const aliases = [{ ip: '999.999.999.999', hostnames: ['@#$^#@#$'] }];
    const hostnameMsg = isDNS1123Subdomain('@#$^#@#$')[0];
    expect(msgs(validateHostAliases(aliases, ['h'], '1.34'))).toEqual([
      `h[0].ip: Invalid value: "999.999.999.999": ${IP_MSG}`,
      `h[0].hostnames[0]: Invalid value: "@#$^#@#$": ${hostnameMsg}`,
    ]);
    expect(msgs(validateHostAliases(aliases, ['h'], '1.29'))).toEqual([
      'h.ip: Invalid value: "999.999.999.999": must be valid IP address',
      `h.hostnames: Invalid value: "@#$^#@#$": ${hostnameMsg}`,
    ]);
  });
});

describe('validateDNS1123Label and validatePodHostName', () => {
  it('checks hostname and subdomain as DNS labels', () => {
    expect(validateDNS1123Label('web-0', ['h'])).toEqual([]);
    expect(validateDNS1123Label('', ['h'])).toEqual([]);
    expect(msgs(validateDNS1123Label('My_Host', ['h']))).toEqual(
      isDNS1123Label('My_Host').map((m) => `h: Invalid value: "My_Host": ${m}`),
    );
  });

  it('checks hostnameOverride against setHostnameAsFQDN, hostNetwork and length', () => {
    expect(validatePodHostName({ hostnameOverride: 'node-a.example.com' }, ['s'])).toEqual([]);
    const spec = { hostnameOverride: 'a'.repeat(65), setHostnameAsFQDN: true, hostNetwork: true };
    expect(msgs(validatePodHostName(spec, ['s'])).slice(0, 3)).toEqual([
      's.hostnameOverride: Forbidden: may not be specified when setHostnameAsFQDN is true',
      's.hostnameOverride: Forbidden: may not be specified when hostNetwork is true',
      's.hostnameOverride: Too long: may not be more than 64 bytes',
    ]);
  });
});

describe('the podDns family', () => {
  it('is quiet on valid DNS fields', () => {
    const spec = `  hostname: web-0\n  subdomain: web\n  dnsPolicy: None\n  dnsConfig:\n    nameservers: [10.96.0.10]\n    searches: [svc.cluster.local]\n    options:\n      - name: ndots\n        value: "2"\n  hostAliases:\n    - ip: 127.0.0.1\n      hostnames: [foo.local]\n${APP}`;
    expect(lint(pod(spec), IDS)).toEqual([]);
  });

  it('leaves hostnameOverride alone while its gate is off by default (1.34)', () => {
    expect(lint(pod(`  hostnameOverride: Bad_Name\n${APP}`), IDS)).toEqual([]);
  });

  it('reports at the template spec path', () => {
    const found = lint(pod(`  subdomain: a.b\n${APP}`), IDS);
    expect(found).toEqual([
      'error pod-hostname-invalid spec.subdomain: Invalid value: "a.b": must not contain dots',
    ]);
  });
});
