import { describe, expect, it } from 'vitest';
import { deployment, mapOf } from './network-testing.ts';

const POD = deployment(`      initContainers:
        - name: seed
          image: busybox:1.36
          ports:
            - name: seed
              containerPort: 7000
        - name: mesh
          image: envoyproxy/envoy:v1.32.3
          restartPolicy: Always
          ports:
            - name: admin
              containerPort: 9901
            - name: http
              containerPort: 15001
      containers:
        - name: app
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
            - name: dns
              containerPort: 5353
              protocol: UDP
`);

const service = (ports: string, extra = '') => `---
apiVersion: v1
kind: Service
metadata:
  name: web
${extra}spec:
  selector:
    app: web
  ports:
${ports}`;

describe('Service routes', () => {
  it('follows a named targetPort to the container that declares it, app containers first', () => {
    const map = mapOf(
      POD +
        service(`    - name: web
      port: 80
      targetPort: http
      nodePort: 30080
    - port: 9901
      targetPort: admin
`),
    );
    expect(map.services).toEqual([
      {
        service: 'web',
        document: 1,
        index: 0,
        name: 'web',
        port: 80,
        protocol: 'TCP',
        targetPort: 'http',
        nodePort: 30080,
        target: { container: 'app', port: 8080, protocol: 'TCP', name: 'http' },
        reach: 'named',
      },
      {
        service: 'web',
        document: 1,
        index: 1,
        port: 9901,
        protocol: 'TCP',
        targetPort: 'admin',
        target: { container: 'mesh', port: 9901, protocol: 'TCP', name: 'admin' },
        reach: 'named',
      },
    ]);
  });

  it('says when a named targetPort reaches nothing, and why', () => {
    const map = mapOf(
      POD +
        service(`    - port: 80
      targetPort: metrics
    - port: 53
      targetPort: dns
    - port: 7000
      targetPort: seed
`),
    );
    expect(map.services.map((r) => [r.reach, r.target, r.note])).toEqual([
      [
        'none',
        undefined,
        'no container declares a port named "metrics": this Service port reaches nothing (the Service has no endpoints for it)',
      ],
      [
        'none',
        undefined,
        'the port named "dns" of "app" is UDP, not TCP: this Service port reaches nothing',
      ],
      [
        'none',
        undefined,
        'only init container "seed" declares "seed", and it exits before the pod is ready: this Service port reaches nothing',
      ],
    ]);
  });

  it('takes a number as is, declared or not, and a missing targetPort as the port', () => {
    const map = mapOf(
      POD +
        service(`    - port: 8080
    - port: 80
      targetPort: 9000
    - port: 53
      protocol: UDP
      targetPort: 5353
`),
    );
    expect(map.services.map((r) => [r.targetPort, r.reach, r.target?.container])).toEqual([
      [8080, 'numbered', 'app'],
      [9000, 'undeclared', undefined],
      [5353, 'numbered', 'app'],
    ]);
    expect(map.services[1]!.note).toMatch(/no container declares 9000\/TCP/);
  });

  it('finds a native sidecar port only where native sidecars run', () => {
    const text = POD + service(`    - port: 9901\n      targetPort: admin\n`);
    expect(mapOf(text, '1.29').services[0]!.reach).toBe('named');
    const old = mapOf(text, '1.28').services[0]!;
    expect(old.reach).toBe('none');
    expect(old.note).toMatch(/only init container "mesh"/);
  });

  it('leaves out Services that do not select the pod', () => {
    const ports = `    - port: 80\n`;
    const other = (spec: string, meta = '') =>
      `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: other\n${meta}spec:\n${spec}`;
    const design = (ns: string) =>
      deployment(`      containers:\n        - name: app\n          image: nginx:1.27\n`).replace(
        '  name: web\n',
        `  name: web\n  namespace: ${ns}\n`,
      ) +
      other(`  selector:\n    app: api\n  ports:\n${ports}`) +
      other(`  ports:\n${ports}`) +
      other(`  type: ExternalName\n  externalName: example.com\n  selector:\n    app: web\n`) +
      other(`  selector:\n    app: web\n  ports:\n${ports}`, '  namespace: staging\n') +
      other(`  selector:\n    app: web\n  ports:\n${ports}`, '  namespace: prod\n');
    expect(mapOf(design('prod')).services.map((r) => r.document)).toEqual([5]);
    expect(mapOf(design('dev')).services).toEqual([]);
  });
});
