import { describe, expect, it } from 'vitest';
import { parseDesign } from '../yaml/parse.ts';
import { analyseDesign, inspectDesign } from './inspect.ts';
import { REPORT_JOB, WEB, WEB_JSON } from './inspect-example.ts';

const inspect = (text: string, k8s?: '1.27' | '1.28' | '1.29' | '1.34') =>
  inspectDesign(parseDesign(text), k8s ? { k8s } : {});

// validation.md 2.2 with the example's log-shipper as a native sidecar, as written there.
const WORKED = WEB.replace(
  `      containers:
        - name: app`,
  `        - name: log-shipper
          image: fluent/fluent-bit:3.1
          restartPolicy: Always
          resources:
            requests: {cpu: 50m, memory: 64Mi}
      containers:
        - name: app`,
).replace(/ {8}- name: log\n[\s\S]*$/, '');

describe('inspectDesign', () => {
  it('gives the issue example: 1110m CPU and 660Mi memory with overhead, steps, ports', () => {
    expect(JSON.stringify(inspect(WEB))).toBe(WEB_JSON);
  });

  it('gives the worked example of validation.md 2.2 as written (log-shipper a native sidecar)', () => {
    const [web] = inspect(WORKED).workloads;
    expect(web!.resources.requests).toEqual({ cpu: '1110m', memory: '660Mi' });
    expect(web!.containers.map((c) => c.role)).toEqual([
      'init',
      'native-sidecar',
      'init',
      'native-sidecar',
      'main',
    ]);
    expect(web!.startup).toEqual([
      ['init-db'],
      ['mesh-proxy'],
      ['migrate'],
      ['log-shipper'],
      ['app'],
    ]);
    expect(web!.shutdown).toEqual([['app'], ['log-shipper'], ['mesh-proxy']]);
    // log-shipper sets no cpu limit: the pod has none.
    expect(web!.resources.limits).toEqual({ cpu: null, memory: null });
  });

  it('follows the init order: migrate before mesh-proxy drops the request to 1010m / 532Mi', () => {
    const swapped = WEB.replace(
      /( {8}- name: mesh-proxy\n[\s\S]*?)( {8}- name: migrate\n[\s\S]*?)( {6}containers:)/,
      '$2$1$3',
    );
    const [web] = inspect(swapped).workloads;
    expect(web!.startup).toEqual([['init-db'], ['migrate'], ['mesh-proxy'], ['app', 'log']]);
    expect(web!.resources.requests).toEqual({ cpu: '1010m', memory: '532Mi' });
  });

  it('before 1.29 counts a native sidecar as a plain init container, keeping its design role', () => {
    const [web] = inspect(WEB, '1.28').workloads;
    expect(web!.containers[1]).toEqual({ name: 'mesh-proxy', role: 'native-sidecar' });
    // Apps 300m / 320Mi; migrate alone 1000m / 512Mi; plus overhead.
    expect(web!.resources.requests).toEqual({ cpu: '1010m', memory: '532Mi' });
    expect(web!.resources.limits).toEqual({ cpu: '1700m', memory: null });
    expect(web!.shutdown).toEqual([['app', 'log']]);
  });

  it('numbers workloads by document, skips other objects, and shows ephemeral-storage when set', () => {
    const report = inspect(REPORT_JOB);
    expect(report.workloads).toHaveLength(1);
    const [job] = report.workloads;
    expect(job).toMatchObject({ document: 1, kind: 'Job', name: 'report', qos: 'Burstable' });
    expect(job!.resources).toEqual({
      requests: { cpu: '100m', memory: '64Mi', 'ephemeral-storage': '1Gi' },
      limits: { cpu: null, memory: null, 'ephemeral-storage': null },
    });
    expect(job!.startup).toEqual([['log-tail'], ['report']]);
    expect(job!.ports).toEqual([]);
  });

  it('gives BestEffort, zero requests and no limits for a pod that sets no resources', () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: bare
spec:
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - containerPort: 53
          protocol: UDP
`;
    expect(inspect(pod).workloads).toEqual([
      {
        document: 0,
        kind: 'Pod',
        name: 'bare',
        containers: [{ name: 'app', role: 'main' }],
        resources: { requests: { cpu: '0', memory: '0' }, limits: { cpu: null, memory: null } },
        qos: 'BestEffort',
        startup: [['app']],
        shutdown: [['app']],
        ports: [{ container: 'app', port: 53, protocol: 'UDP' }],
      },
    ]);
  });

  it('gives Guaranteed when every container requests exactly its limits', () => {
    const guaranteed = `apiVersion: v1
kind: Pod
metadata:
  name: exact
spec:
  containers:
    - name: app
      image: nginx:1.27
      resources:
        limits: {cpu: 500m, memory: 1Gi}
`;
    const [pod] = inspect(guaranteed).workloads;
    expect(pod!.qos).toBe('Guaranteed');
    expect(pod!.resources).toEqual({
      requests: { cpu: '500m', memory: '1Gi' },
      limits: { cpu: '500m', memory: '1Gi' },
    });
  });

  it('has no workloads for a design without any, and skips documents that do not parse', () => {
    expect(inspect('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n')).toEqual({
      workloads: [],
    });
    expect(inspect('')).toEqual({ workloads: [] });
    const broken = `kind: Pod\nmetadata: {name: [\n---\n${WEB}`;
    expect(inspect(broken).workloads.map((w) => [w.document, w.name])).toEqual([[1, 'web']]);
  });
});

describe('analyseDesign', () => {
  it('keeps the full analyses and the target version for the text report', () => {
    const analysis = analyseDesign(parseDesign(REPORT_JOB), { k8s: '1.29' });
    expect(analysis.k8s).toBe('1.29');
    const [job] = analysis.workloads;
    expect(job!.lifecycle.job).toMatchObject({ completes: true, stopped: ['log-tail'] });
    expect(job!.qos.reason).toContain('log-tail');
    expect(job!.network.ports).toEqual([]);
  });

  it('reaches the Service ports of the design', () => {
    const service = `---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
    - port: 80
      targetPort: http
`;
    const [web] = analyseDesign(parseDesign(WEB + service)).workloads;
    expect(web!.network.services).toMatchObject([
      { service: 'web', port: 80, target: { container: 'app', port: 8080 } },
    ]);
  });
});
