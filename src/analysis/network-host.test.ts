import { describe, expect, it } from 'vitest';
import { deployment, mapOf } from './network-testing.ts';

const containers = (extra = '') => `${extra}      containers:
        - name: app
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
        - name: metrics
          image: prom/statsd-exporter:v0.27.0
          ports:
            - containerPort: 9102
              hostPort: 9102
`;

describe('host network effects', () => {
  it('binds nothing on the node without hostNetwork or host ports', () => {
    const host = mapOf(
      deployment(`      containers:
        - name: app
          image: nginx:1.27
          ports:
            - containerPort: 8080
`),
    ).host;
    expect(host.hostNetwork).toBe(false);
    expect(host.bindings).toEqual([]);
    expect(host.effects).toEqual([expect.stringMatching(/^Nothing binds on the node/)]);
  });

  it('opens host ports on the node, one pod per node per port', () => {
    const host = mapOf(deployment(containers(), '  replicas: 3\n')).host;
    expect(host.bindings).toEqual([
      { container: 'metrics', hostPort: 9102, port: 9102, protocol: 'TCP' },
    ]);
    expect(host.effects[0]).toBe(
      `Host ports open on the node's IP and forward to the container: node 9102/TCP → "metrics" 9102.`,
    );
    expect(host.effects[1]).toMatch(
      /^One pod per node per port: a node can run only one pod that binds 9102\/TCP/,
    );
    expect(host.effects[1]).toMatch(/3 pods need 3 nodes with that port free/);
  });

  it('with hostNetwork binds every port on the node and asks hostPort to equal containerPort', () => {
    const map = mapOf(
      deployment(`      hostNetwork: true
      dnsPolicy: ClusterFirstWithHostNet
      containers:
        - name: app
          image: nginx:1.27
          ports:
            - containerPort: 8080
            - containerPort: 9090
              hostPort: 9091
`),
    );
    expect(map.host.hostNetwork).toBe(true);
    expect(map.host.bindings.map((b) => [b.hostPort, b.port])).toEqual([
      [8080, 8080],
      [9091, 9090],
    ]);
    expect(map.ports[0]!.hostPort).toBe(8080);
    expect(map.host.effects[0]).toMatch(/node's network \(hostNetwork\)/);
    expect(map.host.effects[1]).toMatch(/hostPort must equal its containerPort/);
    expect(map.host.effects[2]).toMatch(/binds 8080\/TCP and 9091\/TCP/);
    expect(map.host.effects.join(' ')).not.toMatch(/dnsPolicy/);
    expect(map.conflicts).toEqual([
      {
        kind: 'host-network',
        severity: 'error',
        ports: [1],
        message:
          '"app" port 9090/TCP has hostPort 9091: with hostNetwork the hostPort must equal the containerPort, so the API refuses the pod',
      },
    ]);
  });

  it('with hostNetwork says the node network is what two containers on one port share', () => {
    const map = mapOf(
      deployment(`      hostNetwork: true
      containers:
        - name: a
          image: nginx:1.27
          ports:
            - containerPort: 8080
        - name: b
          image: nginx:1.27
          ports:
            - containerPort: 8080
`),
    );
    expect(map.conflicts.map((c) => c.message)).toEqual([
      expect.stringMatching(
        /"a" and "b" both listen on 8080\/TCP: containers share the node's network/,
      ),
    ]);
    expect(map.host.effects.at(-1)).toMatch(
      /^dnsPolicy is ClusterFirst \(the default\).*ClusterFirstWithHostNet/,
    );
  });

  it('a DaemonSet already runs one pod per node', () => {
    const text = deployment(containers()).replace('kind: Deployment', 'kind: DaemonSet');
    expect(mapOf(text).host.effects[1]).toMatch(/a DaemonSet runs one pod per node anyway/);
  });
});
