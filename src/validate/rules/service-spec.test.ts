import { describe, expect, it } from 'vitest';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName } from '../apimachinery.ts';
import { lint } from './testing.ts';

const IDS = ['service-spec-invalid', 'service-api-warning'];
const svc = (spec: string, meta = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n${meta}spec:\n${spec}`;
const ports = '  ports:\n    - port: 80\n';
const run = (spec: string, k8s?: '1.27' | '1.28' | '1.30' | '1.32' | '1.33' | '1.34') =>
  lint(svc(spec), IDS, k8s);
const err = (m: string) => `error service-spec-invalid ${m}`;
const warn = (m: string) => `warning service-api-warning ${m}`;

describe('validateService', () => {
  it('accepts a plain ClusterIP Service and a headless one without ports', () => {
    expect(run(`  selector:\n    app: web\n${ports}`)).toEqual([]);
    expect(run('  clusterIP: None\n')).toEqual([]);
  });

  it('requires ports unless headless or ExternalName', () => {
    expect(run('  selector:\n    app: web\n')).toEqual([err('spec.ports: Required value')]);
    expect(run('  type: ExternalName\n  externalName: db.example.com\n')).toEqual([]);
  });

  it('refuses a headless LoadBalancer or NodePort Service', () => {
    expect(run(`  type: NodePort\n  clusterIP: None\n${ports}`)).toEqual([
      err(`spec.clusterIP: Invalid value: "None": may not be set to 'None' for NodePort services`),
    ]);
  });

  it('checks an ExternalName: no cluster IPs or families, a DNS name (trailing dot allowed)', () => {
    expect(run('  type: ExternalName\n  externalName: db.example.com.\n')).toEqual([]);
    expect(run('  type: ExternalName\n  clusterIP: 10.0.0.1\n  externalName: db\n')).toEqual([
      err('spec.clusterIP: Forbidden: may not be set for ExternalName services'),
    ]);
    expect(run('  type: ExternalName\n  ipFamilyPolicy: SingleStack\n')).toEqual([
      err('spec.externalName: Required value'),
      err('spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services'),
    ]);
    expect(run('  type: ExternalName\n  externalName: -db\n')).toEqual(
      isDNS1123Subdomain('-db').map((m) => err(`spec.externalName: Invalid value: "-db": ${m}`)),
    );
  });

  it('checks the selector as labels', () => {
    expect(run(`  selector:\n    "a b": x\n${ports}`)).toEqual(
      isQualifiedName('a b').map((m) => err(`spec.selector: Invalid value: "a b": ${m}`)),
    );
  });

  it('checks the ClientIP affinity timeout (a missing one is defaulted)', () => {
    const affinity = (t: string) =>
      `${ports}  sessionAffinity: ClientIP\n  sessionAffinityConfig:\n    clientIP:\n      timeoutSeconds: ${t}\n`;
    expect(run(affinity('10800'))).toEqual([]);
    expect(run(affinity('0'))).toEqual([
      err(
        'spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 0: must be greater than 0 and less than 86400',
      ),
    ]);
  });

  it('checks externalIPs: valid, and not loopback', () => {
    expect(run(`${ports}  externalIPs: ["1.2.3.4"]\n`)).toEqual([]);
    expect(run(`${ports}  externalIPs: ["0.0.0.0", "myhost"]\n`)).toEqual([
      err('spec.externalIPs[0]: Invalid value: "0.0.0.0": may not be unspecified (0.0.0.0)'),
      err(
        'spec.externalIPs[1]: Invalid value: "myhost": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      ),
    ]);
  });

  it('keeps loadBalancerSourceRanges to LoadBalancers, each a CIDR (one error up to 1.29)', () => {
    expect(run(`${ports}  loadBalancerSourceRanges: ["1.2.3.0/24"]\n`)).toEqual([
      err(
        "spec.loadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'",
      ),
    ]);
    const lb = `  type: LoadBalancer\n${ports}  loadBalancerSourceRanges: [" 1.2.3.0/24", "1.2.3.4/33"]\n`;
    expect(run(lb)).toEqual([
      err(
        'spec.loadBalancerSourceRanges[1]: Invalid value: "1.2.3.4/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
      ),
    ]);
    expect(run(lb, '1.28')).toEqual([
      err(
        'spec.loadBalancerSourceRanges: Invalid value: "[ 1.2.3.0/24 1.2.3.4/33]": must be a list of IP ranges. For example, 10.240.0.0/24,10.250.0.0/24 ',
      ),
    ]);
  });

  it('checks the source-ranges annotation when the field is not set', () => {
    const text = svc(
      ports,
      '  annotations:\n    service.beta.kubernetes.io/load-balancer-source-ranges: "1.2.3.0/24"\n',
    );
    expect(lint(text, IDS)).toEqual([
      err(
        `metadata.annotations["service.beta.kubernetes.io/load-balancer-source-ranges"]: Forbidden: may only be used when \`type\` is 'LoadBalancer'`,
      ),
    ]);
  });

  it('keeps allocateLoadBalancerNodePorts and loadBalancerClass to LoadBalancers', () => {
    expect(run(`${ports}  allocateLoadBalancerNodePorts: true\n`)).toEqual([
      err(
        "spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'",
      ),
    ]);
    expect(run(`  type: LoadBalancer\n${ports}  loadBalancerClass: example.com/lb\n`)).toEqual([]);
    expect(run(`  type: LoadBalancer\n${ports}  loadBalancerClass: Bad/Class/x\n`)).toEqual(
      isQualifiedName('Bad/Class/x').map((m) =>
        err(`spec.loadBalancerClass: Invalid value: "Bad/Class/x": ${m}`),
      ),
    );
  });

  it('keeps externalTrafficPolicy to externally reachable Services (by version)', () => {
    expect(run(`${ports}  externalTrafficPolicy: Local\n`)).toEqual([
      err(
        'spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services',
      ),
    ]);
    expect(run(`${ports}  externalTrafficPolicy: Local\n`, '1.28')).toEqual([
      err(
        "spec.externalTrafficPolicy: Invalid value: \"Local\": may only be set when `type` is 'NodePort' or 'LoadBalancer'",
      ),
    ]);
    expect(run(`${ports}  externalIPs: ["1.2.3.4"]\n  externalTrafficPolicy: Local\n`)).toEqual([]);
  });

  it('keeps healthCheckNodePort to LoadBalancers with the Local policy', () => {
    const lb = `  type: LoadBalancer\n${ports}`;
    expect(run(`${lb}  externalTrafficPolicy: Local\n  healthCheckNodePort: 31100\n`)).toEqual([]);
    expect(run(`${lb}  externalTrafficPolicy: Cluster\n  healthCheckNodePort: 31100\n`)).toEqual([
      err(
        "spec.healthCheckNodePort: Invalid value: 31100: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
      ),
    ]);
    expect(run(`${lb}  externalTrafficPolicy: Local\n  healthCheckNodePort: -1\n`)).toEqual([
      err('spec.healthCheckNodePort: Invalid value: -1: must be between 1 and 65535, inclusive'),
    ]);
  });

  it('knows the trafficDistribution values of each version', () => {
    expect(run(`${ports}  trafficDistribution: PreferSameZone\n`)).toEqual([]);
    expect(run(`${ports}  trafficDistribution: PreferSameZone\n`, '1.33')).toEqual([
      err(
        'spec.trafficDistribution: Unsupported value: "PreferSameZone": supported values: "PreferClose"',
      ),
    ]);
    // 1.30: the gate is off and the API server drops the field.
    expect(run(`${ports}  trafficDistribution: Random\n`, '1.30')).toEqual([]);
  });

  it('wants the topology annotations to agree', () => {
    const text = svc(
      ports,
      '  annotations:\n    service.kubernetes.io/topology-aware-hints: Auto\n    service.kubernetes.io/topology-mode: Other\n',
    );
    expect(lint(text, IDS)).toEqual([
      warn(
        'metadata.annotations["service.kubernetes.io/topology-aware-hints"]: annotation service.kubernetes.io/topology-aware-hints is deprecated, please use service.kubernetes.io/topology-mode instead',
      ),
      err(
        'metadata.annotations["service.kubernetes.io/topology-mode"]: Invalid value: "Other": must match annotations[service.kubernetes.io/topology-aware-hints] when both are specified',
      ),
    ]);
  });
});

describe('validateServicePort', () => {
  it('names each of several ports uniquely, as DNS labels', () => {
    const two = '  ports:\n    - name: a\n      port: 80\n    - name: a\n      port: 81\n';
    expect(run(two)).toEqual([err('spec.ports[1].name: Duplicate value: "a"')]);
    expect(run('  ports:\n    - name: Web\n      port: 80\n')).toEqual(
      isDNS1123Label('Web').map((m) => err(`spec.ports[0].name: Invalid value: "Web": ${m}`)),
    );
  });

  it('checks port numbers, target ports and appProtocol', () => {
    expect(run('  ports:\n    - port: 65536\n')).toEqual([
      err('spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive'),
    ]);
    expect(
      run('  ports:\n    - port: 80\n      targetPort: http\n      appProtocol: HTTP\n'),
    ).toEqual([]);
    expect(run('  ports:\n    - port: 80\n      targetPort: 70000\n')).toEqual([
      err('spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive'),
    ]);
  });

  it('refuses duplicate ports and nodePorts, and nodePorts on ClusterIP Services', () => {
    const dup = '  ports:\n    - {name: a, port: 80}\n    - {name: b, port: 80}\n';
    expect(run(dup)).toEqual([
      err(
        'spec.ports[1]: Duplicate value: {"Name":"","Protocol":"TCP","AppProtocol":null,"Port":80,"TargetPort":0,"NodePort":0}',
      ),
    ]);
    const udp = '  ports:\n    - {name: a, port: 80}\n    - {name: b, port: 80, protocol: UDP}\n';
    expect(run(udp)).toEqual([]);
    expect(run('  ports:\n    - {port: 80, nodePort: 30080}\n')).toEqual([
      err("spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"),
    ]);
    const np =
      '  type: NodePort\n  ports:\n    - {name: a, port: 80, nodePort: 30080}\n    - {name: b, port: 81, nodePort: 30080}\n';
    expect(run(np)).toEqual([err('spec.ports[1].nodePort: Duplicate value: 30080')]);
  });

  it('refuses the kubelet port on a LoadBalancer up to 1.32', () => {
    const lb = '  type: LoadBalancer\n  ports:\n    - port: 10250\n';
    expect(run(lb)).toEqual([]);
    expect(run(lb, '1.32')).toEqual([
      err(
        'spec.ports[0]: Invalid value: 10250: may not expose port 10250 externally since it is used by kubelet',
      ),
    ]);
  });
});

describe('validateServiceClusterIPsRelatedFields', () => {
  it('wants clusterIPs[0] to be clusterIP, and no clusterIPs without it', () => {
    expect(run(`${ports}  clusterIP: 10.0.0.1\n  clusterIPs: ["10.0.0.2"]\n`)).toEqual([
      err('spec.clusterIPs: Invalid value: ["10.0.0.2"]: first value must match `clusterIP`'),
    ]);
    expect(run(`${ports}  clusterIPs: ["10.0.0.2"]\n`)).toEqual([
      err(
        'spec.clusterIPs: Invalid value: ["10.0.0.2"]: must be empty when `clusterIP` is not specified',
      ),
    ]);
  });

  it('checks each cluster IP and the families', () => {
    expect(run(`${ports}  clusterIP: garbage\n`)).toEqual([
      err(
        'spec.clusterIP: Invalid value: "garbage": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
      ),
    ]);
    const same = `${ports}  clusterIP: 10.0.0.1\n  clusterIPs: ["10.0.0.1", "10.0.0.2"]\n`;
    expect(run(same)).toEqual([
      err(
        'spec.clusterIPs: Invalid value: ["10.0.0.1","10.0.0.2"]: may specify no more than one IP for each IP family',
      ),
    ]);
    expect(run(`${ports}  clusterIP: 10.0.0.1\n  ipFamilies: [IPv6]\n`)).toEqual([
      err(
        'spec.clusterIP: Invalid value: "10.0.0.1": expected an IPv6 value as indicated by `ipFamilies[0]`',
      ),
    ]);
    expect(run(`${ports}  ipFamilies: [IPv4, IPv4]\n`)).toEqual([
      err('spec.ipFamilies[1]: Duplicate value: "IPv4"'),
    ]);
    expect(run(`${ports}  ipFamilyPolicy: RequireDualStack\n  ipFamilies: [IPv6, IPv4]\n`)).toEqual(
      [],
    );
  });
});

describe('GetWarningsForService', () => {
  it('warns about non-standard and non-canonical addresses', () => {
    expect(run(`${ports}  clusterIP: 2001:DB8::1\n`)).toEqual([
      warn(
        'spec.clusterIP: IPv6 address "2001:DB8::1" should be in RFC 5952 canonical format ("2001:db8::1")',
      ),
    ]);
    expect(run(`${ports}  clusterIP: 2001:DB8::1\n`, '1.32')).toEqual([
      warn(
        'spec.clusterIP: IPv6 address "2001:DB8::1" is not in RFC 5952 canonical format ("2001:db8::1"), which may cause controller apply-loops',
      ),
    ]);
  });

  it('warns about fields a type ignores (1.28 on) and about headless Services (1.34 on)', () => {
    expect(run(`${ports}  externalName: db.example.com\n`)).toEqual([
      warn('spec.externalName: is ignored when spec.type is not "ExternalName"'),
    ]);
    expect(run(`${ports}  externalName: db.example.com\n`, '1.27')).toEqual([]);
    const headless = `${ports}  clusterIP: None\n  sessionAffinity: ClientIP\n`;
    expect(run(headless)).toEqual([warn('spec.sessionAffinity: is ignored for headless services')]);
    expect(run(headless, '1.33')).toEqual([]);
    // SessionAffinity is defaulted to None: no warning for an ordinary headless Service.
    expect(run('  clusterIP: None\n  sessionAffinity: None\n')).toEqual([]);
  });
});
