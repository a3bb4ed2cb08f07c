import { describe, expect, it } from 'vitest';
import { WEB } from '../analysis/inspect-example.ts';
import { deployment } from '../analysis/network-testing.ts';
import { diagramOf } from './layout.ts';
import { diagramOfText, edge, faultsOf, inputOf, node, ofKind, region, within } from './testing.ts';

// What the pod reaches and what reaches it: ports and Services, namespaces and the node, the
// objects it uses; and a pod of a hundred containers.

const SERVICE = (ports: string) => `---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
${ports}`;

describe('diagramOf: ports and Services', () => {
  it('marks both ports of a conflict, and breaks their edges', () => {
    const d = diagramOfText(
      deployment(`      containers:
        - name: app
          image: nginx
          ports: [{containerPort: 8080}]
        - name: proxy
          image: envoy
          ports: [{containerPort: 8080}, {containerPort: 9901}]
`),
    );
    const ports = ofKind(d, 'port');
    expect(ports.map((p) => [p.id, p.conflict])).toEqual([
      ['port:containers/0/0', true],
      ['port:containers/1/0', true],
      ['port:containers/1/1', false],
    ]);
    expect(ports[0]!.conflicts[0]).toMatch(/both listen on 8080\/TCP/);
    expect(edge(d, 'declares:port:containers/0/0')).toMatchObject({ kind: 'port', broken: true });
    expect(edge(d, 'declares:port:containers/1/1')!.broken).toBe(false);
    expect(faultsOf(d)).toEqual([]);
  });

  it('routes each Service port to its socket, or says it reaches nothing', () => {
    const d = diagramOfText(
      deployment(`      containers:
        - name: app
          image: nginx
          ports: [{name: http, containerPort: 8080}]
`) + SERVICE('    - {port: 80, targetPort: http}\n    - {port: 9090, name: admin}\n'),
    );
    expect(ofKind(d, 'service')).toMatchObject([
      { id: 'service:web', name: 'web, ClusterIP Service', serviceType: 'ClusterIP', document: 1 },
    ]);
    expect(region(d, 'services')).toBeDefined();
    expect(edge(d, 'route:service:web/0')).toMatchObject({
      from: 'service:web',
      to: 'port:containers/0/0',
      label: '80 → 8080',
      name: 'Service web port 80 → app 8080',
      broken: false,
    });
    expect(edge(d, 'route:service:web/1')).toMatchObject({
      to: 'pod',
      broken: true,
      name: 'Service web port 9090 reaches no container port',
    });
    expect(edge(d, 'route:service:web/1')!.points.at(-1)!.y).toBe(region(d, 'pod')!.box.y);
    expect(faultsOf(d)).toEqual([]);
  });

  it('has no services region when no Service selects the pod', () => {
    expect(region(diagramOfText(WEB), 'services')).toBeUndefined();
  });
});

describe('diagramOf: namespaces and the node', () => {
  it('draws the shared process namespace around every container', () => {
    const d = diagramOfText(
      deployment(`      shareProcessNamespace: true
      initContainers:
        - {name: init, image: busybox}
      containers:
        - {name: app, image: nginx}
        - {name: debug, image: busybox}
`),
    );
    const processes = region(d, 'processes')!;
    expect(processes).toMatchObject({
      kind: 'processes',
      label: 'Shared process namespace',
      note: "all 3 containers see each other's processes (ps, signals, /proc)",
    });
    for (const c of ofKind(d, 'container')) expect(within(c.box, processes.box)).toBe(true);
    expect(within(processes.box, region(d, 'pod')!.box)).toBe(true);
    expect(region(diagramOfText(WEB), 'processes')).toBeUndefined();
  });

  it('draws the node beside a hostNetwork pod, with what it touches', () => {
    const d = diagramOfText(
      deployment(`      hostNetwork: true
      hostPID: true
      containers:
        - name: agent
          image: agent
          ports: [{containerPort: 9100}]
`),
    );
    expect(region(d, 'pod')!.note).toBe("host network: the node's IP and ports");
    const host = node(d, 'host');
    expect(host).toMatchObject({
      kind: 'host',
      touches: ['host network', 'host PID', 'host port 9100/TCP'],
    });
    const pod = region(d, 'pod')!.box;
    expect(host!.box.x).toBeGreaterThan(pod.x + pod.width);
    const edges = d.edges.filter((e) => e.kind === 'host');
    expect(edges.map((e) => [e.from, e.to, e.name])).toEqual([
      ['pod', 'host', 'the pod touches the node: host network'],
      ['pod', 'host', 'the pod touches the node: host PID'],
      ['pod', 'host', 'the pod touches the node: host port 9100/TCP'],
    ]);
    expect(ofKind(d, 'port')[0]!.hostPort).toBe(9100);
    expect(node(diagramOfText(WEB), 'host')).toBeUndefined();
  });
});

describe('diagramOf: objects the pod uses', () => {
  const pod = deployment(`      containers:
        - name: app
          image: nginx
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: db-creds, key: password}
            - name: DB_USER
              valueFrom:
                secretKeyRef: {name: db-creds, key: user}
          envFrom:
            - configMapRef: {name: app-env}
          volumeMounts:
            - {name: config, mountPath: /etc/app}
            - {name: data, mountPath: /data}
      volumes:
        - name: config
          projected:
            sources:
              - configMap: {name: app-config}
              - secret: {name: tls}
        - name: data
          persistentVolumeClaim: {claimName: data}
`);
  const objects = `---
apiVersion: v1
kind: Secret
metadata: {name: db-creds}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: app-config}
`;

  it('draws each ConfigMap, Secret and PVC once, with a ref edge from each user', () => {
    const d = diagramOfText(pod);
    expect(
      ofKind(d, 'object')
        .map((o) => `${o.objectKind} ${o.objectName}`)
        .sort(),
    ).toEqual([
      'ConfigMap app-config',
      'ConfigMap app-env',
      'PersistentVolumeClaim data',
      'Secret db-creds',
      'Secret tls',
    ]);
    const refs = d.edges.filter((e) => e.kind === 'ref');
    expect(refs.map((e) => e.name).sort()).toEqual([
      'app env uses Secret db-creds, not in the design',
      'app envFrom uses ConfigMap app-env, not in the design',
      'volume config uses ConfigMap app-config, not in the design',
      'volume config uses Secret tls, not in the design',
      'volume data uses PersistentVolumeClaim data, not in the design',
    ]);
    expect(edge(d, 'ref:container:containers/0->object:Secret/db-creds')).toMatchObject({
      from: 'container:containers/0',
      to: 'object:Secret/db-creds',
      dashed: true,
    });
    expect(refs.every((e) => e.dashed)).toBe(true);
    const below = region(d, 'pod')!.box;
    for (const o of ofKind(d, 'object')) expect(o.box.y).toBeGreaterThan(below.y + below.height);
    expect(faultsOf(d)).toEqual([]);
  });

  it('links the object to its document when the design holds it', () => {
    const d = diagramOfText(pod + objects);
    expect(node(d, 'object:Secret/db-creds')).toMatchObject({
      document: 1,
      name: 'db-creds, Secret',
    });
    expect(edge(d, 'ref:container:containers/0->object:Secret/db-creds')).toMatchObject({
      name: 'app env uses Secret db-creds',
      dashed: false,
    });
    expect(edge(d, 'ref:volume:config->object:ConfigMap/app-config')!.name).toBe(
      'volume config uses ConfigMap app-config',
    );
    expect(node(d, 'object:Secret/tls')).not.toHaveProperty('document');
  });

  it('has no objects region when the pod uses none', () => {
    expect(region(diagramOfText(WEB), 'objects')).toBeUndefined();
  });
});

describe('diagramOf: many containers', () => {
  const many = (n: number) =>
    deployment(`      initContainers:
${Array.from({ length: n }, (_, i) => `        - {name: init-${i}, image: busybox, volumeMounts: [{name: v${i % 10}, mountPath: /v}]}`).join('\n')}
      containers:
${Array.from(
  { length: n },
  (_, i) =>
    `        - {name: c${i}, image: busybox, ports: [{containerPort: ${8000 + i}}], volumeMounts: [{name: v${i % 10}, mountPath: /v}, {name: v${(i * 3) % 10}, mountPath: /w}]}`,
).join('\n')}
      volumes:
${Array.from({ length: 10 }, (_, i) => `        - {name: v${i}, emptyDir: {}}`).join('\n')}
`);

  it('lays 100 containers out in rows, in a bounded width, quickly', () => {
    const input = inputOf(many(50), { diagnostics: [] });
    diagramOf(input);
    const started = performance.now();
    const d = diagramOf(input);
    const took = performance.now() - started;
    expect(ofKind(d, 'container')).toHaveLength(100);
    expect(d.width).toBeLessThan(2000);
    const rows = new Set(
      ofKind(d, 'container')
        .filter((c) => c.lane === 'init')
        .map((c) => c.box.y),
    );
    expect(rows.size).toBe(13);
    expect(faultsOf(d)).toEqual([]);
    // Generous for a loaded CI machine: it takes a few milliseconds.
    expect(took).toBeLessThan(250);
  });
});
