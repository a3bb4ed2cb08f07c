import type { UpstreamCase } from './cases.ts';
import { LB, annotate, c, dual } from './service-base.ts';

/** TestValidateServiceCreate's cases: IP families, cluster IPs, appProtocol, load balancer class, topology, traffic distribution. */
export const SERVICE_IP_CASES: readonly UpstreamCase[] = [
  c('invalid, service with invalid ipFamilies', { ipFamilies: ['not-a-valid-ip-family'] }, [
    'spec.ipFamilies[0]: Unsupported value',
  ]),
  c(
    'invalid, service with invalid ipFamilies (2nd)',
    { ...dual, ipFamilies: ['IPv4', 'not-a-valid-ip-family'] },
    ['spec.ipFamilies[1]: Unsupported value'],
  ),
  c('IPFamilyPolicy(singleStack) is set for two families', {
    ipFamilyPolicy: 'SingleStack',
    ipFamilies: ['IPv4', 'IPv6'],
  }),
  c('valid, IPFamilyPolicy(preferDualStack) is set for two families (note: alloc sets families)', {
    ipFamilyPolicy: 'PreferDualStack',
    ipFamilies: ['IPv4', 'IPv6'],
  }),
  c('invalid, service with 2+ ipFamilies', { ...dual, ipFamilies: ['IPv4', 'IPv6', 'IPv4'] }, [
    'spec.ipFamilies[2]: Duplicate value',
  ]),
  c('invalid, service with same ip families', { ...dual, ipFamilies: ['IPv6', 'IPv6'] }, [
    'spec.ipFamilies[1]: Duplicate value',
  ]),
  c('valid, service with valid ipFamilies (v4)', { ipFamilies: ['IPv4'] }),
  c('valid, service with valid ipFamilies(v6,v4)', { ...dual, ipFamilies: ['IPv6', 'IPv4'] }),
  c('valid, service preferred dual stack with single family', {
    ipFamilyPolicy: 'PreferDualStack',
    ipFamilies: ['IPv6'],
  }),
  c(
    'invalid, garbage ips',
    { ...dual, clusterIP: 'garbage-ip', clusterIPs: ['garbage-ip', 'garbage-second-ip'] },
    ['spec.clusterIPs[0]: Invalid value', 'spec.clusterIPs[1]: Invalid value'],
  ),
  c(
    'invalid, garbage second ip',
    { ...dual, clusterIP: '2001::1', clusterIPs: ['2001::1', 'garbage-ip'] },
    ['spec.clusterIPs[1]: Invalid value'],
  ),
  c('invalid, NONE + IP', { ...dual, clusterIP: 'None', clusterIPs: ['None', '2001::1'] }, [
    'spec.clusterIPs: Invalid value',
  ]),
  c('invalid, IP + NONE', { ...dual, clusterIP: '2001::1', clusterIPs: ['2001::1', 'None'] }, [
    'spec.clusterIPs[1]: Invalid value',
  ]),
  c('invalid, EMPTY STRING + IP', { ...dual, clusterIP: '', clusterIPs: ['', '2001::1'] }, [
    'spec.clusterIPs: Invalid value',
    'spec.clusterIPs[0]: Invalid value',
  ]),
  c(
    'invalid, same ip family (v6)',
    {
      ...dual,
      clusterIP: '2001::1',
      clusterIPs: ['2001::1', '2001::4'],
      ipFamilies: ['IPv4', 'IPv6'],
    },
    ['spec.clusterIPs: Invalid value', 'spec.clusterIPs[0]: Invalid value'],
  ),
  c(
    'invalid, same ip family (v4)',
    {
      ...dual,
      clusterIP: '10.0.0.1',
      clusterIPs: ['10.0.0.1', '10.0.0.10'],
      ipFamilies: ['IPv4', 'IPv6'],
    },
    ['spec.clusterIPs: Invalid value', 'spec.clusterIPs[1]: Invalid value'],
  ),
  c(
    'invalid, more than two ips',
    {
      ...dual,
      clusterIP: '10.0.0.1',
      clusterIPs: ['10.0.0.1', '2001::1', '10.0.0.10'],
      ipFamilies: ['IPv4', 'IPv6'],
    },
    ['spec.clusterIPs: Invalid value'],
  ),
  c(' multi ip, dualstack not set (request for downgrade)', {
    ipFamilyPolicy: 'SingleStack',
    clusterIP: '10.0.0.1',
    clusterIPs: ['10.0.0.1', '2001::1'],
    ipFamilies: ['IPv4', 'IPv6'],
  }),
  c('valid, headless-no-selector + multi family + gate off', {
    ...dual,
    clusterIP: 'None',
    clusterIPs: ['None'],
    ipFamilies: ['IPv4', 'IPv6'],
    selector: null,
  }),
  c(
    "invalid, families don't match (v4=>v6)",
    { clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.1'], ipFamilies: ['IPv6'] },
    ['spec.clusterIPs[0]: Invalid value'],
  ),
  c(
    "invalid, families don't match (v6=>v4)",
    { clusterIP: '2001::1', clusterIPs: ['2001::1'], ipFamilies: ['IPv4'] },
    ['spec.clusterIPs[0]: Invalid value'],
  ),
  c('valid, single ip + single family', {
    ipFamilyPolicy: 'SingleStack',
    clusterIP: '2001::1',
    clusterIPs: ['2001::1'],
    ipFamilies: ['IPv6'],
  }),
  c('valid, ips, multi ipfamilies (6,4)', {
    ...dual,
    clusterIP: '2001::1',
    clusterIPs: ['2001::1', '10.0.0.1'],
    ipFamilies: ['IPv6', 'IPv4'],
  }),
  c('valid, dual stack', dual),
  c('valid appProtocol', {
    ports: [{ port: 12345, targetPort: 12345, protocol: 'TCP', appProtocol: 'HTTP' }],
  }),
  c('valid custom appProtocol', {
    ports: [
      { port: 12345, targetPort: 12345, protocol: 'TCP', appProtocol: 'example.com/protocol' },
    ],
  }),
  c(
    'invalid appProtocol',
    {
      ports: [
        {
          port: 12345,
          targetPort: 12345,
          protocol: 'TCP',
          appProtocol: 'example.com/protocol_with{invalid}[characters]',
        },
      ],
    },
    ['spec.ports[0].appProtocol: Invalid value'],
  ),
  c(
    'invalid cluster ip != clusterIP in multi ip service',
    { ...dual, clusterIP: '10.0.0.10', clusterIPs: ['10.0.0.1', '2001::1'] },
    ['spec.clusterIPs: Invalid value'],
  ),
  c(
    'invalid cluster ip != clusterIP in single ip service',
    { clusterIP: '10.0.0.10', clusterIPs: ['10.0.0.1'] },
    ['spec.clusterIPs: Invalid value'],
  ),
  c(
    'Use AllocateLoadBalancerNodePorts when type is not LoadBalancer',
    { allocateLoadBalancerNodePorts: true },
    ['spec.allocateLoadBalancerNodePorts: Forbidden'],
  ),
  c('valid LoadBalancerClass when type is LoadBalancer', {
    ...LB,
    loadBalancerClass: 'test.com/test-load-balancer-class',
  }),
  c('invalid LoadBalancerClass', { ...LB, loadBalancerClass: 'Bad/LoadBalancerClass' }, [
    'spec.loadBalancerClass: Invalid value',
  ]),
  c(
    'invalid: set LoadBalancerClass when type is not LoadBalancer',
    { loadBalancerClass: 'test.com/test-load-balancer-class' },
    ['spec.loadBalancerClass: Forbidden'],
  ),
  c(
    'topology annotations are mismatched',
    {},
    ['metadata.annotations["service.kubernetes.io/topology-mode"]: Invalid value'],
    (s) => {
      annotate('service.kubernetes.io/topology-aware-hints', 'original')(s);
      annotate('service.kubernetes.io/topology-mode', 'different')(s);
    },
  ),
  c('valid: trafficDistribution field set to PreferClose', {
    trafficDistribution: 'PreferClose',
  }),
  c('invalid: trafficDistribution field set to Random', { trafficDistribution: 'Random' }, [
    'spec.trafficDistribution: Unsupported value',
  ]),
];
