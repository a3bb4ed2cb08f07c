import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { podView } from '../pod/view.ts';
import type { K8sVersion } from '../validate/versions.ts';
import { podLifecycle, sidecarSupport } from './lifecycle.ts';

/** The lifecycle of the first document of `text` (a workload). */
function lifecycle(text: string, k8s: K8sVersion = '1.34') {
  const value: unknown = parse(text);
  const pod = podView(value, 0);
  if (!pod) throw new Error('not a workload');
  return podLifecycle(pod, value, k8s);
}

/** A Deployment around a pod spec written as YAML lines indented by six spaces. */
function deployment(spec: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
${spec}`;
}

/** A Job around a pod spec written as YAML lines indented by six spaces. */
function job(spec: string): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  template:
    spec:
      restartPolicy: Never
${spec}`;
}

// The example: init-db, mesh-proxy (native), migrate, then app with a classic sidecar.
const MESH = deployment(`      initContainers:
        - name: init-db
          image: example/init-db:1
        - name: mesh-proxy
          image: envoyproxy/envoy:v1.31.0
          restartPolicy: Always
        - name: migrate
          image: example/migrate:1
      containers:
        - name: app
          image: example/app:1
        - name: log
          image: fluent/fluent-bit:3.1
`);

// A Job whose log shipper is a classic sidecar that never exits (tail -f).
const JOB_CLASSIC = job(`      containers:
        - name: report
          image: example/report:2.1
        - name: log-tail
          image: busybox:1.36
          command: ["sh", "-c", "tail -f /var/log/report/report.log"]
`);

// The same Job with the log shipper made a native sidecar.
const JOB_NATIVE = job(`      initContainers:
        - name: log-tail
          image: busybox:1.36
          command: ["sh", "-c", "tail -f /var/log/report/report.log"]
          restartPolicy: Always
      containers:
        - name: report
          image: example/report:2.1
`);

describe('sidecarSupport', () => {
  it('runs native sidecars from 1.29, drops them on 1.28, rejects them on 1.27', () => {
    expect(sidecarSupport('1.34')).toBe('on');
    expect(sidecarSupport('1.29')).toBe('on');
    expect(sidecarSupport('1.28')).toBe('dropped');
    expect(sidecarSupport('1.27')).toBe('rejected');
  });
});

describe('start-up', () => {
  it('starts each init container alone, in order, then the app containers together', () => {
    const l = lifecycle(MESH);
    expect(l.startup).toEqual([['init-db'], ['mesh-proxy'], ['migrate'], ['app', 'log']]);
    expect(l.start.map((s) => s.gate)).toEqual(['exit', 'started', 'exit', 'apps']);
    expect(l.start[3]!.containers).toEqual([
      { name: 'app', role: 'main' },
      { name: 'log', role: 'sidecar' },
    ]);
    expect(l.start[0]!.detail).toContain('exits with code 0');
    expect(l.start[0]!.detail).toContain('restarted with back-off');
    expect(l.start[1]!.detail).toContain('as soon as its process runs');
    expect(l.start[3]!.detail).toContain('Classic sidecar log gets no head start');
    expect(l.start.every((s) => !s.blocked)).toBe(true);
    expect(l.notes).toEqual([]);
  });

  it('says a native sidecar with a startupProbe gates the next step on it', () => {
    const l = lifecycle(
      deployment(`      initContainers:
        - name: proxy
          image: envoyproxy/envoy:v1.31.0
          restartPolicy: Always
          startupProbe:
            tcpSocket: { port: 15000 }
          lifecycle:
            postStart:
              exec: { command: ["sh", "-c", "sleep 1"] }
      containers:
        - name: app
          image: example/app:1
`),
    );
    expect(l.start[0]!.gate).toBe('startup-probe');
    expect(l.start[0]!.detail).toBe(
      'Native sidecar: the next step starts once its startupProbe succeeds and its postStart hook has finished. It keeps running.',
    );
  });

  it('follows the list order: moving an init container changes the steps', () => {
    const moved = MESH.replace(
      /( {8}- name: mesh-proxy\n.*\n.*\n)( {8}- name: migrate\n.*\n)/,
      '$2$1',
    );
    expect(lifecycle(moved).startup).toEqual([
      ['init-db'],
      ['migrate'],
      ['mesh-proxy'],
      ['app', 'log'],
    ]);
  });

  it('says what a failing init container does under the pod restartPolicy', () => {
    const l = lifecycle(
      JOB_CLASSIC.replace(
        '      containers:',
        '      initContainers:\n        - name: fetch\n          image: example/fetch:1\n      containers:',
      ),
    );
    expect(l.start[0]!.detail).toContain('if it fails, the pod fails');
  });

  it('marks the steps after an init container that never exits as never reached', () => {
    const l = lifecycle(
      deployment(`      initContainers:
        - name: wait
          image: busybox:1.36
          command: ["sleep", "infinity"]
        - name: migrate
          image: example/migrate:1
      containers:
        - name: app
          image: example/app:1
`),
    );
    expect(l.start.map((s) => [s.gate, s.blocked])).toEqual([
      ['never-exits', false],
      ['exit', true],
      ['apps', true],
    ]);
    expect(l.start[0]!.detail).toContain('Never exits (sleep infinity)');
  });

  it('says the postStart hook of an app container holds back the ones after it', () => {
    const l = lifecycle(
      deployment(`      containers:
        - name: proxy
          image: envoyproxy/envoy:v1.31.0
          lifecycle:
            postStart:
              exec: { command: ["pilot-agent", "wait"] }
        - name: app
          image: example/app:1
`).replace(
        '  template:\n    metadata:\n',
        '  template:\n    metadata:\n      annotations: { kubectl.kubernetes.io/default-container: app }\n',
      ),
    );
    expect(l.startup).toEqual([['proxy', 'app']]);
    expect(l.start[0]!.detail).toContain(
      'The postStart hook of proxy holds back the containers listed after it.',
    );
  });

  it('on 1.28 a native sidecar runs as a regular init container that blocks the pod', () => {
    const l = lifecycle(MESH, '1.28');
    expect(l.sidecars).toBe('dropped');
    expect(l.startup).toEqual([['init-db'], ['mesh-proxy'], ['migrate'], ['app', 'log']]);
    expect(l.start[1]!.gate).toBe('dropped');
    expect(l.start[1]!.detail).toContain('silently drops restartPolicy: Always');
    expect(l.start.map((s) => s.blocked)).toEqual([false, false, true, true]);
    expect(l.notes).toEqual([
      'Native sidecars are off on Kubernetes 1.28: restartPolicy: Always is silently dropped, so native sidecar mesh-proxy runs as a regular init container and the pod never gets past Init. They need Kubernetes 1.29 or newer.',
    ]);
    // Not a sidecar there: it is not stopped after the app containers.
    expect(l.shutdown).toEqual([['app', 'log']]);
  });

  it('on 1.28 says the probes of a dropped sidecar are refused', () => {
    const l = lifecycle(
      deployment(`      initContainers:
        - name: proxy
          image: envoyproxy/envoy:v1.31.0
          restartPolicy: Always
          startupProbe:
            tcpSocket: { port: 15000 }
      containers:
        - name: app
          image: example/app:1
`),
      '1.28',
    );
    expect(l.start[0]!.detail).toContain('Its startupProbe is then refused by the API server');
  });

  it('on 1.27 says the API server rejects the pod', () => {
    const l = lifecycle(MESH, '1.27');
    expect(l.sidecars).toBe('rejected');
    expect(l.start[1]!.gate).toBe('rejected');
    expect(l.notes[0]).toBe(
      'Kubernetes 1.27 rejects this pod: it does not know restartPolicy on native sidecar mesh-proxy. Native sidecars need Kubernetes 1.29 or newer.',
    );
  });

  it('has no version notes for a pod without native sidecars', () => {
    expect(lifecycle(JOB_CLASSIC, '1.27').notes).toEqual([]);
  });
});

describe('shut-down', () => {
  it('stops the app containers first, then native sidecars in reverse order', () => {
    const l = lifecycle(
      deployment(`      initContainers:
        - name: secrets
          image: hashicorp/vault:1.17
          restartPolicy: Always
        - name: init-db
          image: example/init-db:1
        - name: mesh-proxy
          image: envoyproxy/envoy:v1.31.0
          restartPolicy: Always
      containers:
        - name: app
          image: example/app:1
        - name: log
          image: fluent/fluent-bit:3.1
`),
    );
    expect(l.shutdown).toEqual([['app', 'log'], ['mesh-proxy'], ['secrets']]);
    expect(l.stop.steps.map((s) => s.kind)).toEqual(['apps', 'native-sidecar', 'native-sidecar']);
    expect(l.stop.steps[0]!.detail).toContain('All get SIGTERM at the same time.');
    expect(l.stop.steps[0]!.detail).toContain('Classic sidecar log stops together with the main');
    expect(l.stop.steps[1]!.detail).toBe('Gets SIGTERM once every app container has stopped.');
    expect(l.stop.steps[2]!.detail).toBe('Gets SIGTERM once mesh-proxy has stopped.');
    expect(l.stop.graceSeconds).toBe(30);
    expect(l.stop.graceDefault).toBe(true);
    expect(l.stop.notes).toEqual([]);
  });

  it('gives the issue example its shut-down order', () => {
    expect(lifecycle(MESH).shutdown).toEqual([['app', 'log'], ['mesh-proxy']]);
  });

  it('counts preStop sleeps against the grace period: app hooks side by side, sidecars after', () => {
    const l = lifecycle(
      deployment(`      terminationGracePeriodSeconds: 20
      initContainers:
        - name: proxy
          image: envoyproxy/envoy:v1.31.0
          restartPolicy: Always
          lifecycle:
            preStop:
              exec: { command: ["/bin/sh", "-c", "sleep 5 && curl -X POST localhost:15000/drain"] }
      containers:
        - name: app
          image: example/app:1
          lifecycle:
            preStop:
              sleep: { seconds: 10 }
        - name: log
          image: fluent/fluent-bit:3.1
          lifecycle:
            preStop:
              exec: { command: ["sleep", "3"] }
`),
    );
    expect(l.stop.graceSeconds).toBe(20);
    expect(l.stop.graceDefault).toBe(false);
    expect(l.stop.steps[0]!.preStop).toEqual([
      { container: 'app', seconds: 10, how: 'sleep' },
      { container: 'log', seconds: 3, how: 'exec' },
    ]);
    expect(l.stop.steps[0]!.detail).toContain('each after its preStop hook (app and log)');
    expect(l.stop.steps[1]!.detail).toBe(
      'Gets SIGTERM after its preStop hook once every app container has stopped.',
    );
    expect(l.stop.preStopSeconds).toBe(15);
    expect(l.stop.notes).toEqual([
      'The preStop waits take 15 s of the 20 s grace period, leaving 5 s for the containers to stop after SIGTERM before they are killed.',
    ]);
  });

  it('warns when the preStop waits eat the whole grace period', () => {
    const l = lifecycle(
      deployment(`      containers:
        - name: app
          image: example/app:1
          lifecycle:
            preStop:
              sleep: { seconds: 30 }
`),
    );
    expect(l.stop.notes[0]).toContain('take 30 s, the whole 30 s grace period');
    expect(l.stop.notes[0]).toContain('SIGKILL');
  });

  it('does not count the sleep action where the target version drops it', () => {
    const text = deployment(`      containers:
        - name: app
          image: example/app:1
          lifecycle:
            preStop:
              sleep: { seconds: 10 }
`);
    const l = lifecycle(text, '1.29');
    expect(l.stop.preStopSeconds).toBe(0);
    expect(l.stop.notes).toEqual([
      'Kubernetes 1.29 drops the preStop sleep action of app (PodLifecycleSleepAction is on by default from 1.30): no wait before SIGTERM.',
    ]);
    expect(lifecycle(text, '1.30').stop.preStopSeconds).toBe(10);
  });

  it('reads the grace period the way the kubelet does: negative is 1, zero kills at once', () => {
    const app = `      containers:
        - name: app
          image: example/app:1
`;
    expect(
      lifecycle(deployment(`      terminationGracePeriodSeconds: -5\n${app}`)).stop.graceSeconds,
    ).toBe(1);
    const zero = lifecycle(deployment(`      terminationGracePeriodSeconds: 0\n${app}`));
    expect(zero.stop.graceSeconds).toBe(0);
    expect(zero.stop.notes[0]).toContain('killed almost at once');
    expect(
      lifecycle(deployment(`      terminationGracePeriodSeconds: "60"\n${app}`)).stop.graceDefault,
    ).toBe(true);
  });
});

describe('Job completion', () => {
  it('never completes with a classic sidecar that keeps running', () => {
    const l = lifecycle(JOB_CLASSIC);
    expect(l.job).toEqual({
      completes: false,
      containers: ['log-tail'],
      stopped: [],
      cause: 'classic-sidecar',
      detail:
        'Job never completes: classic sidecar log-tail keeps running (tail -f) after report exits',
    });
    expect(l.startup).toEqual([['report', 'log-tail']]);
  });

  it('completes when the main container exits, and stops a native sidecar then', () => {
    const l = lifecycle(JOB_NATIVE);
    expect(l.job).toEqual({
      completes: true,
      containers: ['report'],
      stopped: ['log-tail'],
      detail: 'Job completes when report exits; native sidecar log-tail is stopped then',
    });
    expect(l.startup).toEqual([['log-tail'], ['report']]);
    expect(l.shutdown).toEqual([['report'], ['log-tail']]);
    expect(l.start[1]!.detail).toContain('runs until it exits');
  });

  it('names every native sidecar stopped, and every app container waited for', () => {
    const l = lifecycle(
      JOB_NATIVE.replace(
        '      containers:',
        `        - name: proxy
          image: envoyproxy/envoy:v1.31.0
          restartPolicy: Always
      containers:`,
      ).replace(
        '          image: example/report:2.1\n',
        '          image: example/report:2.1\n        - name: upload\n          image: example/upload:1\n',
      ),
    );
    expect(l.job?.detail).toBe(
      'Job completes when report and upload exit; native sidecars log-tail and proxy are stopped then',
    );
    expect(l.job?.containers).toEqual(['report', 'upload']);
  });

  it('completes when the main container stops its classic sidecar itself', () => {
    const l = lifecycle(
      JOB_CLASSIC.replace(
        '          image: example/report:2.1\n',
        '          image: example/report:2.1\n          command: ["sh", "-c", "report && curl -X POST localhost:15020/quitquitquit"]\n',
      ),
    );
    expect(l.job?.completes).toBe(true);
    expect(l.job?.detail).toBe(
      'Job completes when report exits; report stops classic sidecar log-tail itself',
    );
  });

  it('never completes when the main container itself runs a server', () => {
    const l = lifecycle(
      job(`      containers:\n        - name: web\n          image: nginx:1.27\n`),
    );
    expect(l.job?.cause).toBe('app-never-exits');
    expect(l.job?.detail).toBe(
      'Job never completes: main container web keeps running (the nginx image runs a server by default)',
    );
  });

  it('never completes when an init container never exits', () => {
    const l = lifecycle(JOB_NATIVE.replace('          restartPolicy: Always\n', ''));
    expect(l.job?.cause).toBe('stuck-in-init');
    expect(l.job?.detail).toBe(
      'Job never completes: init container log-tail never exits (tail -f), so the pod stays in Init',
    );
  });

  it('on 1.28 never completes: the native sidecar blocks the pod in Init', () => {
    const l = lifecycle(JOB_NATIVE, '1.28');
    expect(l.job).toMatchObject({
      completes: false,
      cause: 'stuck-in-init',
      containers: ['log-tail'],
    });
    expect(l.job?.detail).toContain(
      'on Kubernetes 1.28 native sidecar log-tail runs as a regular init container',
    );
    expect(l.shutdown).toEqual([['report']]);
  });

  it('on 1.27 never completes: the pod is rejected', () => {
    const l = lifecycle(JOB_NATIVE, '1.27');
    expect(l.job).toMatchObject({ completes: false, cause: 'rejected' });
  });

  it('completes when a classic sidecar that may exit by itself does', () => {
    const l = lifecycle(
      JOB_CLASSIC.replace('["sh", "-c", "tail -f /var/log/report/report.log"]', '["upload"]'),
    );
    expect(l.job?.detail).toBe('Job completes when report and log-tail exit');
  });

  it('applies to CronJobs, and not to other workloads', () => {
    const cron = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example/report:2.1
`;
    expect(lifecycle(cron).job?.detail).toBe('Job completes when report exits');
    expect(lifecycle(MESH).job).toBeUndefined();
  });

  it('never completes without containers', () => {
    expect(lifecycle(job('      containers: []\n')).job?.cause).toBe('no-containers');
  });
});

describe('odd shapes', () => {
  it('copes with entries and fields of the wrong type', () => {
    const l = lifecycle(
      deployment(`      terminationGracePeriodSeconds: soon
      initContainers:
        - name: a
          image: example/a:1
          command: 5
          lifecycle: []
      containers:
        - name: app
          image: example/app:1
          lifecycle:
            preStop: { sleep: { seconds: "ten" } }
`),
    );
    expect(l.startup).toEqual([['a'], ['app']]);
    expect(l.stop.preStopSeconds).toBe(0);
    expect(l.stop.graceSeconds).toBe(30);
  });
});
