import { describe, expect, it } from 'vitest';
import { designView } from '../pod/view.ts';
import { parseDesign } from '../yaml/parse.ts';
import { podAsRun } from './network.ts';
import { deployment, mapOf } from './network-testing.ts';

const TWO_ON_8080 = deployment(`      containers:
        - name: app
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
        - name: metrics
          image: prom/statsd-exporter:v0.27.0
          ports:
            - containerPort: 8080
            - containerPort: 9102
              protocol: UDP
`);

describe('ports', () => {
  it('lists every port of every container with its role and whether it runs beside the others', () => {
    const map = mapOf(
      deployment(`      initContainers:
        - name: seed
          image: busybox:1.36
          ports:
            - containerPort: 8080
        - name: mesh
          image: envoyproxy/envoy:v1.32.3
          restartPolicy: Always
          ports:
            - name: admin
              containerPort: 9901
              hostPort: 19901
              hostIP: 127.0.0.1
      containers:
        - name: app
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
              protocol: TCP
`),
    );
    expect(
      map.ports.map(({ container, role, name, port, protocol, hostPort, hostIP, concurrent }) => ({
        container,
        role,
        name,
        port,
        protocol,
        hostPort,
        hostIP,
        concurrent,
      })),
    ).toEqual([
      { container: 'seed', role: 'init', port: 8080, protocol: 'TCP', concurrent: false },
      {
        container: 'mesh',
        role: 'native-sidecar',
        name: 'admin',
        port: 9901,
        protocol: 'TCP',
        hostPort: 19901,
        hostIP: '127.0.0.1',
        concurrent: true,
      },
      {
        container: 'app',
        role: 'main',
        name: 'http',
        port: 8080,
        protocol: 'TCP',
        concurrent: true,
      },
    ]);
    expect(map.ports[2]!.path).toEqual(['spec', 'template', 'spec', 'containers', 0, 'ports', 0]);
    // The init container's 8080 is free again when the app starts: no conflict.
    expect(map.conflicts).toEqual([]);
  });

  it('gives the CLI its port list: valid numbers only, name when there is one', () => {
    const map = mapOf(
      deployment(`      containers:
        - name: app
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
            - containerPort: "9090"
            - containerPort: 53
              protocol: UDP
            - not a port
`),
    );
    expect(map.portList).toEqual([
      { container: 'app', port: 8080, protocol: 'TCP', name: 'http' },
      { container: 'app', port: 53, protocol: 'UDP' },
    ]);
    expect(map.ports.map((p) => p.port)).toEqual([8080, '9090', 53]);
  });

  it('is empty for a pod without ports', () => {
    const map = mapOf(
      deployment(`      containers:
        - name: app
          image: nginx:1.27
`),
    );
    expect(map.ports).toEqual([]);
    expect(map.portList).toEqual([]);
    expect(map.conflicts).toEqual([]);
  });
});

describe('conflicts', () => {
  it('marks the same port and protocol in two containers that run together', () => {
    const map = mapOf(TWO_ON_8080);
    expect(map.conflicts).toEqual([
      {
        kind: 'same-port',
        severity: 'warning',
        ports: [0, 1],
        message: expect.stringContaining('"app" and "metrics" both listen on 8080/TCP') as string,
      },
    ]);
    expect(map.ports[0]!.conflicts).toHaveLength(1);
    expect(map.ports[1]!.conflicts).toEqual(map.ports[0]!.conflicts);
    expect(map.ports[2]!.conflicts).toEqual([]);
  });

  it('does not mark the same number with another protocol, nor one container exposed twice', () => {
    const map = mapOf(
      deployment(`      containers:
        - name: dns
          image: coredns/coredns:1.11.3
          ports:
            - containerPort: 53
              protocol: UDP
            - containerPort: 53
              protocol: TCP
            - containerPort: 8080
              hostPort: 80
              hostIP: 10.0.0.1
            - containerPort: 8080
              hostPort: 80
              hostIP: 10.0.0.2
`),
    );
    expect(map.conflicts).toEqual([]);
  });

  it('marks a port declared twice in one container', () => {
    const map = mapOf(
      deployment(`      containers:
        - name: app
          image: nginx:1.27
          ports:
            - containerPort: 8080
            - containerPort: 8080
`),
    );
    expect(map.conflicts.map((c) => c.message)).toEqual(['"app" declares 8080/TCP twice']);
  });

  it('counts a native sidecar as running beside the app only where native sidecars run', () => {
    const text = deployment(`      initContainers:
        - name: proxy
          image: envoyproxy/envoy:v1.32.3
          restartPolicy: Always
          ports:
            - containerPort: 8080
      containers:
        - name: app
          image: nginx:1.27
          ports:
            - containerPort: 8080
`);
    expect(mapOf(text, '1.29').conflicts.map((c) => c.kind)).toEqual(['same-port']);
    const old = mapOf(text, '1.28');
    expect(old.conflicts).toEqual([]);
    expect(old.ports[0]).toMatchObject({ role: 'native-sidecar', concurrent: false });
  });

  it('tells a host port the API refuses from one that only fails at runtime', () => {
    const map = mapOf(
      deployment(`      initContainers:
        - name: agent
          image: fluent/fluent-bit:3.1
          restartPolicy: Always
          ports:
            - containerPort: 2020
              hostPort: 80
      containers:
        - name: app
          image: nginx:1.27
          ports:
            - containerPort: 8080
              hostPort: 80
        - name: admin
          image: nginx:1.27
          ports:
            - containerPort: 8081
              hostPort: 80
`),
    );
    expect(map.conflicts.map(({ kind, severity, ports }) => ({ kind, severity, ports }))).toEqual([
      { kind: 'host-port', severity: 'warning', ports: [0, 1] },
      { kind: 'host-port', severity: 'error', ports: [1, 2] },
    ]);
    expect(map.conflicts[1]!.message).toBe(
      '"app" and "admin" both bind host port 80/TCP: the API refuses the pod',
    );
    expect(map.conflicts[0]!.message).toMatch(
      /"agent" and "app" both bind host port 80\/TCP and run at the same time/,
    );
  });

  it('says a shared host port once, not also as the same container port', () => {
    const map = mapOf(
      deployment(`      containers:
        - name: a
          image: nginx:1.27
          ports:
            - containerPort: 8080
              hostPort: 80
        - name: b
          image: nginx:1.27
          ports:
            - containerPort: 8080
              hostPort: 80
`),
    );
    expect(map.conflicts.map((c) => c.kind)).toEqual(['host-port']);
  });
});

describe('the pod as the target version runs it', () => {
  it('makes native sidecars regular init containers before 1.29 only', () => {
    const text = deployment(`      initContainers:
        - name: proxy
          image: envoyproxy/envoy:v1.32.3
          restartPolicy: Always
      containers:
        - name: app
          image: nginx:1.27
`);
    const pod = designView(parseDesign(text)).workloads[0]!;
    expect(podAsRun(pod, '1.29')).toBe(pod);
    expect(podAsRun(pod, '1.28').containers.map((c) => c.role)).toEqual(['init', 'main']);
    expect(pod.containers[0]!.role).toBe('native-sidecar');
  });
});
