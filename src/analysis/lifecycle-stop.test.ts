import { describe, expect, it } from 'vitest';
import { deployment, lifecycle, MESH } from './lifecycle-fixtures.ts';

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
