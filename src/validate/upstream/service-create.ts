import type { UpstreamCase } from './cases.ts';
import {
  DEFAULTED,
  LB,
  NP,
  RANGES,
  RANGES_PATH,
  addPorts,
  annotate,
  c,
  port,
} from './service-base.ts';

/** TestValidateServiceCreate's cases: names, ports, types, external IPs, source ranges, ExternalName, traffic policies. */
export const SERVICE_CREATE_CASES: readonly UpstreamCase[] = [
  c('missing name', {}, ['metadata.name: Required value'], (s) => void (s.metadata.name = '')),
  c('invalid name', {}, ['metadata.name: Invalid value'], (s) => void (s.metadata.name = '-123')),
  c(
    'too long name',
    {},
    ['metadata.name: Invalid value'],
    (s) => void (s.metadata.name = 'a'.repeat(64)),
  ),
  c('nil selector', { selector: null }),
  c('invalid selector', { selector: { key: 'val', 'NoSpecialCharsLike=Equals': 'bar' } }, [
    'spec.selector: Invalid value',
  ]),
  c('missing session affinity', { sessionAffinity: '' }, [], undefined, DEFAULTED),
  c('missing type', { type: '' }, [], undefined, DEFAULTED),
  c('missing ports', { ports: null }, ['spec.ports: Required value']),
  c('missing ports but headless', { ports: null, clusterIP: 'None', clusterIPs: ['None'] }),
  c('empty port[0] name', { ports: [port('', 8675)] }),
  c('empty port[1] name', {}, ['spec.ports[1].name: Required value'], addPorts(port('', 12345))),
  c('empty multi-port port[0] name', { ports: [port('', 8675), port('p', 12345)] }, [
    'spec.ports[0].name: Required value',
  ]),
  c('invalid port name', { ports: [port('INVALID', 8675)] }, ['spec.ports[0].name: Invalid value']),
  c('missing protocol', { ports: [port('p', 8675, { protocol: '' })] }, [], undefined, DEFAULTED),
  c('invalid protocol', { ports: [port('p', 8675, { protocol: 'INVALID' })] }, [
    'spec.ports[0].protocol: Unsupported value',
  ]),
  c('invalid cluster ip', { clusterIP: 'invalid', clusterIPs: ['invalid'] }, [
    'spec.clusterIPs[0]: Invalid value',
  ]),
  c('missing port', { ports: [port('p', 0, { targetPort: 8675 })] }, [
    'spec.ports[0].port: Invalid value',
  ]),
  c('invalid port', { ports: [port('p', 65536, { targetPort: 8675 })] }, [
    'spec.ports[0].port: Invalid value',
  ]),
  c('invalid TargetPort int', { ports: [port('p', 8675, { targetPort: 65536 })] }, [
    'spec.ports[0].targetPort: Invalid value',
  ]),
  c('valid port headless', {
    ports: [port('p', 11722)],
    clusterIP: 'None',
    clusterIPs: ['None'],
  }),
  c('invalid port headless 1', {
    ports: [port('p', 11722, { targetPort: 11721 })],
    clusterIP: 'None',
    clusterIPs: ['None'],
  }),
  c('invalid port headless 2', {
    ports: [port('p', 11722, { targetPort: 'target' })],
    clusterIP: 'None',
    clusterIPs: ['None'],
  }),
  c(
    'invalid publicIPs localhost',
    { externalTrafficPolicy: 'Cluster', externalIPs: ['127.0.0.1'] },
    ['spec.externalIPs[0]: Invalid value'],
  ),
  c(
    'invalid publicIPs unspecified',
    { externalTrafficPolicy: 'Cluster', externalIPs: ['0.0.0.0'] },
    ['spec.externalIPs[0]: Invalid value'],
  ),
  c(
    'invalid publicIPs host',
    { externalTrafficPolicy: 'Cluster', externalIPs: ['myhost.mydomain'] },
    ['spec.externalIPs[0]: Invalid value'],
  ),
  c('valid publicIPs', { externalTrafficPolicy: 'Cluster', externalIPs: ['1.2.3.4'] }),
  c('dup port name', {}, ['spec.ports[1].name: Duplicate value'], addPorts(port('p', 12345))),
  c('valid load balancer protocol UDP 1', {
    ...LB,
    ports: [port('p', 8675, { protocol: 'UDP' })],
  }),
  c('valid load balancer protocol UDP 2', {
    ...LB,
    ports: [port('q', 12345, { protocol: 'UDP' })],
  }),
  c('load balancer with mix protocol', LB, [], addPorts(port('q', 12345, { protocol: 'UDP' }))),
  c('valid 1', {}),
  c('valid 2', { ports: [port('p', 8675, { protocol: 'UDP', targetPort: 12345 })] }),
  c('valid 3', { ports: [port('p', 8675, { targetPort: 'http' })] }),
  c('valid cluster ip - none ', { clusterIP: 'None', clusterIPs: ['None'] }),
  c('valid cluster ip - empty', { ports: [port('p', 8675, { targetPort: 'http' })] }),
  c('valid type - clusterIP', { type: 'ClusterIP' }),
  c('valid type - loadbalancer', LB),
  c('valid type - loadbalancer with allocateLoadBalancerNodePorts=false', {
    ...LB,
    allocateLoadBalancerNodePorts: false,
  }),
  c(
    'invalid type - missing AllocateLoadBalancerNodePorts for loadbalancer type',
    { type: 'LoadBalancer' },
    [],
    undefined,
    DEFAULTED,
  ),
  c('valid type loadbalancer 2 ports', LB, [], addPorts(port('q', 12345))),
  c(
    'duplicate nodeports',
    NP,
    ['spec.ports[2].nodePort: Duplicate value'],
    addPorts(port('q', 1, { nodePort: 1 }), port('r', 2, { nodePort: 1 })),
  ),
  c(
    'duplicate nodeports (different protocols)',
    NP,
    [],
    addPorts(
      port('q', 1, { nodePort: 1 }),
      port('r', 2, { nodePort: 1, protocol: 'UDP' }),
      port('s', 3, { nodePort: 1, protocol: 'SCTP' }),
    ),
  ),
  c(
    'invalid duplicate ports (with same protocol)',
    {},
    ['spec.ports[2]: Duplicate value'],
    addPorts(port('q', 12345, { targetPort: 8080 }), port('r', 12345, { targetPort: 80 })),
  ),
  c(
    'valid duplicate ports (with different protocols)',
    {},
    [],
    addPorts(
      port('q', 12345, { targetPort: 8080 }),
      port('r', 12345, { targetPort: 80, protocol: 'UDP' }),
      port('s', 12345, { targetPort: 8088, protocol: 'SCTP' }),
    ),
  ),
  c('valid type - nodeport', NP),
  c(
    'valid type loadbalancer with NodePort',
    LB,
    [],
    addPorts(port('q', 12345, { nodePort: 12345 })),
  ),
  c(
    'valid type=NodePort service with NodePort',
    NP,
    [],
    addPorts(port('q', 12345, { nodePort: 12345 })),
  ),
  c('valid cluster service without NodePort', {}, [], addPorts(port('q', 12345))),
  c(
    'invalid cluster service with NodePort',
    {},
    ['spec.ports[1].nodePort: Forbidden'],
    addPorts(port('q', 12345, { nodePort: 12345 })),
  ),
  c(
    'invalid public service with duplicate NodePort',
    NP,
    ['spec.ports[2].nodePort: Duplicate value'],
    addPorts(port('p1', 1, { nodePort: 1 }), port('p2', 2, { nodePort: 1 })),
  ),
  c(
    'valid port type=LoadBalancer',
    LB,
    [],
    addPorts(port('kubelet', 10250, { targetPort: 12345 })),
  ),
  c(
    'valid LoadBalancer source range annotation',
    LB,
    [],
    annotate(RANGES, '1.2.3.0/24,  5.6.0.0/16'),
  ),
  c('valid empty LoadBalancer source range annotation', LB, [], annotate(RANGES, '')),
  c('valid whitespace-only LoadBalancer source range annotation', LB, [], annotate(RANGES, '  ')),
  c(
    'invalid LoadBalancer source range annotation (hostname)',
    LB,
    [`${RANGES_PATH}: Invalid value`],
    annotate(RANGES, 'foo.bar'),
  ),
  c(
    'invalid LoadBalancer source range annotation (invalid CIDR)',
    LB,
    [`${RANGES_PATH}: Invalid value`],
    annotate(RANGES, '1.2.3.4/33'),
  ),
  c(
    'invalid LoadBalancer source range annotation for non LoadBalancer type service',
    {},
    [`${RANGES_PATH}: Forbidden`],
    annotate(RANGES, '1.2.3.0/24'),
  ),
  c(
    'invalid empty-but-set LoadBalancer source range annotation for non LoadBalancer type service',
    {},
    [`${RANGES_PATH}: Forbidden`],
    annotate(RANGES, ''),
  ),
  c('valid LoadBalancer source range', {
    ...LB,
    loadBalancerSourceRanges: ['1.2.3.0/24', '5.6.0.0/16'],
  }),
  c('valid LoadBalancer source range with whitespace', {
    ...LB,
    loadBalancerSourceRanges: ['1.2.3.0/24  ', ' 5.6.0.0/16'],
  }),
  c('invalid empty LoadBalancer source range', { ...LB, loadBalancerSourceRanges: ['   '] }, [
    'spec.loadBalancerSourceRanges[0]: Invalid value',
  ]),
  c(
    'invalid LoadBalancer source range (hostname)',
    { ...LB, loadBalancerSourceRanges: ['foo.bar'] },
    ['spec.loadBalancerSourceRanges[0]: Invalid value'],
  ),
  c(
    'invalid LoadBalancer source range (invalid CIDR)',
    { ...LB, loadBalancerSourceRanges: ['1.2.3.4/33'] },
    ['spec.loadBalancerSourceRanges[0]: Invalid value'],
  ),
  c(
    'invalid source range for non LoadBalancer type service',
    { loadBalancerSourceRanges: ['1.2.3.0/24', '5.6.0.0/16'] },
    ['spec.loadBalancerSourceRanges: Forbidden'],
  ),
  c(
    'invalid source range annotation ignored with valid source range field',
    { ...LB, loadBalancerSourceRanges: ['1.2.3.0/24', '5.6.0.0/16'] },
    [],
    annotate(RANGES, 'foo.bar'),
  ),
  c('valid ExternalName', { type: 'ExternalName', externalName: 'foo.bar.example.com' }),
  c('valid ExternalName (trailing dot)', {
    type: 'ExternalName',
    externalName: 'foo.bar.example.com.',
  }),
  c(
    'invalid ExternalName clusterIP (valid IP)',
    { type: 'ExternalName', clusterIP: '1.2.3.4', externalName: 'foo.bar.example.com' },
    ['spec.clusterIP: Forbidden'],
  ),
  c(
    'invalid ExternalName clusterIP (None)',
    { type: 'ExternalName', clusterIP: 'None', externalName: 'foo.bar.example.com' },
    ['spec.clusterIP: Forbidden'],
  ),
  c('invalid ExternalName (not a DNS name)', { type: 'ExternalName', externalName: '-123' }, [
    'spec.externalName: Invalid value',
  ]),
  c('LoadBalancer type cannot have None ClusterIP', { ...LB, clusterIP: 'None' }, [
    'spec.clusterIP: Invalid value',
  ]),
  c(
    'invalid node port with clusterIP None',
    { ...NP, clusterIP: 'None' },
    ['spec.clusterIP: Invalid value'],
    addPorts(port('q', 1, { nodePort: 1 })),
  ),
  c('invalid externalTraffic field', { ...LB, externalTrafficPolicy: 'invalid' }, [
    'spec.externalTrafficPolicy: Unsupported value',
  ]),
  c('nil internalTraffic field when feature gate is on', {}, [], undefined, DEFAULTED),
  c('internalTrafficPolicy field nil when type is ExternalName', {
    type: 'ExternalName',
    externalName: 'foo.bar.com',
  }),
  c('internalTrafficPolicy field is set when type is ExternalName', {
    type: 'ExternalName',
    externalName: 'foo.bar.com',
    internalTrafficPolicy: 'Cluster',
  }),
  c('invalid internalTraffic field', { internalTrafficPolicy: 'invalid' }, [
    'spec.internalTrafficPolicy: Unsupported value',
  ]),
  c('internalTrafficPolicy field set to Cluster', { internalTrafficPolicy: 'Cluster' }),
  c('internalTrafficPolicy field set to Local', { internalTrafficPolicy: 'Local' }),
  c(
    'negative healthCheckNodePort field',
    { ...LB, externalTrafficPolicy: 'Local', healthCheckNodePort: -1 },
    ['spec.healthCheckNodePort: Invalid value'],
  ),
  c('negative healthCheckNodePort field (31100, valid)', {
    ...LB,
    externalTrafficPolicy: 'Local',
    healthCheckNodePort: 31100,
  }),
  c(
    'invalid timeoutSeconds field',
    { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: -1 } } },
    ['spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value'],
  ),
  c(
    "sessionAffinityConfig can't be set when session affinity is None",
    {
      ...LB,
      sessionAffinity: 'None',
      sessionAffinityConfig: { clientIP: { timeoutSeconds: 90 } },
    },
    [],
    undefined,
    'SetDefaults_Service drops sessionAffinityConfig when sessionAffinity is None, before validation',
  ),
];
