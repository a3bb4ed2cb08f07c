import { describe, expect, it } from 'vitest';
import { sidecarSupport } from './lifecycle.ts';
import { deployment, JOB_CLASSIC, lifecycle, MESH } from './lifecycle-fixtures.ts';

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
