import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { podLifecycle } from '../analysis/lifecycle.ts';
import { deployment, JOB_CLASSIC, JOB_NATIVE, MESH } from '../analysis/lifecycle-fixtures.ts';
import { podView } from '../pod/view.ts';
import type { K8sVersion } from '../validate/versions.ts';
import { ordinal } from './timeline-words.ts';
import { RUN_SLOTS, timelineOf, type Timeline, type TimelineBar } from './timeline.ts';

/** The timeline of the first document of `text` (a workload). */
function timeline(text: string, k8s: K8sVersion = '1.34'): Timeline {
  const value: unknown = parse(text);
  const pod = podView(value, 0);
  if (!pod) throw new Error('not a workload');
  return timelineOf(pod, podLifecycle(pod, value, k8s));
}

function bar(t: Timeline, name: string): TimelineBar {
  const row = t.rows.find((r) => r.container === name);
  if (!row) throw new Error(`no row ${name}`);
  return row.bar;
}

/** `[from, to, state, end]` per row, by container name. */
function spans(t: Timeline): Record<string, [number, number, string, string]> {
  return Object.fromEntries(
    t.rows.map((r) => [r.container, [r.bar.from, r.bar.to, r.bar.state, r.bar.end]]),
  );
}

const STUCK = deployment(`      initContainers:
        - name: wait
          image: busybox:1.36
          command: ["sleep", "infinity"]
        - name: migrate
          image: example/migrate:1
      containers:
        - name: app
          image: example/app:1
`);

describe('timelineOf', () => {
  it('runs init steps in sequence, the app containers together, native sidecars around them', () => {
    const t = timeline(MESH);
    const stop = 4 + RUN_SLOTS;
    expect(t.rows.map((r) => [r.id, r.container, r.roleWords])).toEqual([
      ['initContainers/0', 'init-db', 'init container'],
      ['initContainers/1', 'mesh-proxy', 'native sidecar'],
      ['initContainers/2', 'migrate', 'init container'],
      ['containers/0', 'app', 'main container'],
      ['containers/1', 'log', 'classic sidecar'],
    ]);
    expect(spans(t)).toEqual({
      'init-db': [0, 1, 'runs', 'exits'],
      'mesh-proxy': [1, stop + 2, 'runs', 'stopped'],
      migrate: [2, 3, 'runs', 'exits'],
      app: [3, stop + 1, 'runs', 'stopped'],
      log: [3, stop + 1, 'runs', 'stopped'],
    });
    // Each init container exits where the next step starts.
    expect(bar(t, 'init-db').to).toBe(bar(t, 'mesh-proxy').from);
    expect(bar(t, 'mesh-proxy').to).toBeGreaterThan(bar(t, 'app').to);
    expect(bar(t, 'mesh-proxy').stopStep).toBe(2);
    expect(bar(t, 'init-db').name).toBe(
      'init-db, init container: starts 1st, exits before step 2 starts',
    );
    expect(bar(t, 'mesh-proxy').name).toBe(
      'mesh-proxy, native sidecar: starts 2nd, runs beside the app containers, stops after the app containers',
    );
    expect(bar(t, 'app').name).toBe(
      'app, main container: starts 4th together with log, runs until shut-down, stops first',
    );
    expect(bar(t, 'mesh-proxy').label).toBe('stops 2nd');
    expect(t.length).toBe(stop + 2);
    expect(t.phases.map((p) => [p.kind, p.from, p.to, p.label])).toEqual([
      ['start', 0, 4, 'Start-up'],
      ['run', 4, stop, 'Running'],
      ['stop', stop, stop + 2, 'Shut-down'],
    ]);
    expect(t.steps.map((s) => `${s.phase} ${s.label}`)).toEqual([
      'start 1',
      'start 2',
      'start 3',
      'start 4',
      'stop 1',
      'stop 2',
    ]);
    expect(t.grace).toEqual({
      from: stop,
      to: stop + 2,
      seconds: 30,
      preStopSeconds: 0,
      label: 'grace period 30 s (the default)',
    });
    expect(t.markers).toEqual([]);
    expect(t.summary).toBe(
      'Start and stop of web: 5 containers: 4 start-up steps, app containers at step 4. Shut-down in 2 steps, within a grace period of 30 s.',
    );
  });

  it('stops native sidecars in the order of the shut-down steps, with their preStop waits', () => {
    const t = timeline(
      deployment(`      terminationGracePeriodSeconds: 20
      initContainers:
        - name: secrets
          image: hashicorp/vault:1.17
          restartPolicy: Always
        - name: proxy
          image: envoyproxy/envoy:v1.31.0
          restartPolicy: Always
          lifecycle:
            preStop:
              exec: { command: ["sh", "-c", "sleep 5"] }
      containers:
        - name: app
          image: example/app:1
          lifecycle:
            preStop:
              sleep: { seconds: 10 }
`),
    );
    const stop = 3 + RUN_SLOTS;
    expect(bar(t, 'app').to).toBe(stop + 1);
    expect(bar(t, 'proxy').to).toBe(stop + 2);
    expect(bar(t, 'secrets').to).toBe(stop + 3);
    expect(bar(t, 'secrets').name).toContain('stops after proxy');
    expect(bar(t, 'app').preStopSeconds).toBe(10);
    expect(bar(t, 'app').label).toBe('stops 1st · preStop 10 s');
    expect(bar(t, 'proxy').name).toContain('its preStop hook waits at least 5 s first');
    expect(t.grace?.label).toBe('grace period 20 s, preStop waits 15 s');
  });

  it('marks the moment a Job completes, where its app containers exit', () => {
    const t = timeline(JOB_NATIVE);
    const stop = 2 + RUN_SLOTS;
    expect(spans(t)).toEqual({
      'log-tail': [0, stop + 2, 'runs', 'stopped'],
      report: [1, stop + 1, 'runs', 'exits'],
    });
    expect(t.markers).toEqual([
      {
        kind: 'completes',
        at: stop + 1,
        label: 'Job completes',
        detail: 'Job completes when report exits; native sidecar log-tail is stopped then.',
      },
    ]);
    expect(bar(t, 'report').name).toBe(
      'report, main container: starts 2nd, runs until it exits; the Job completes then',
    );
    expect(bar(t, 'report').holdsJob).toBe(false);
  });

  it('draws what holds a Job that never completes running off the end', () => {
    const t = timeline(JOB_CLASSIC);
    expect(spans(t)).toEqual({
      report: [0, RUN_SLOTS + 1, 'runs', 'exits'],
      'log-tail': [0, t.length, 'never-exits', 'open'],
    });
    expect(bar(t, 'log-tail').holdsJob).toBe(true);
    expect(bar(t, 'log-tail').name).toBe(
      'log-tail, classic sidecar: starts 1st together with report, keeps running: the Job never completes',
    );
    expect(t.grace).toBeUndefined();
    expect(t.phases.map((p) => p.kind)).toEqual(['start', 'run']);
    expect(t.markers).toEqual([
      {
        kind: 'never-completes',
        at: t.length,
        label: 'Job never completes',
        cause: 'log-tail keeps running',
        detail:
          'Job never completes: classic sidecar log-tail keeps running (tail -f) after report exits.',
      },
    ]);
  });

  it('shows the steps after an init container that never exits as never starting', () => {
    const t = timeline(STUCK);
    expect(spans(t)).toEqual({
      wait: [0, 3 + RUN_SLOTS, 'never-exits', 'open'],
      migrate: [1, 2, 'blocked', 'none'],
      app: [2, 3, 'blocked', 'none'],
    });
    expect(bar(t, 'wait').label).toBe('never exits');
    expect(bar(t, 'migrate').name).toBe(
      'migrate, init container: never starts: step 1 never finishes',
    );
    expect(t.phases.map((p) => p.label)).toEqual(['Start-up', 'Stays in Init']);
    expect(t.steps.every((s) => s.phase === 'start')).toBe(true);
    expect(t.markers).toEqual([
      expect.objectContaining({
        kind: 'stuck',
        label: 'Pod stays in Init',
        cause: 'wait never exits',
      }),
    ]);
    expect(t.summary).toContain(
      'Step 1, wait, never exits and the pod stays in Init, so migrate and app never start.',
    );
  });

  it('on 1.28 the dropped native sidecar blocks the pod and the Job never completes', () => {
    const t = timeline(JOB_NATIVE, '1.28');
    expect(spans(t)).toEqual({
      'log-tail': [0, t.length, 'never-exits', 'open'],
      report: [1, 2, 'blocked', 'none'],
    });
    expect(bar(t, 'log-tail').holdsJob).toBe(true);
    expect(bar(t, 'log-tail').name).toContain(
      'runs as a regular init container on this version and never exits: the pod stays in Init and the Job never completes',
    );
    expect(t.markers).toEqual([
      expect.objectContaining({
        kind: 'never-completes',
        at: t.length,
        cause: 'log-tail never exits: the pod stays in Init',
      }),
    ]);
    // The sidecars that started before the dropped one keep running.
    const mesh = timeline(MESH, '1.28');
    expect(spans(mesh)['init-db']).toEqual([0, 1, 'runs', 'exits']);
    expect(spans(mesh)['mesh-proxy']).toEqual([1, mesh.length, 'never-exits', 'open']);
    expect(spans(mesh).migrate).toEqual([2, 3, 'blocked', 'none']);
  });

  it('on 1.27 nothing starts: the API server rejects the pod', () => {
    const t = timeline(MESH, '1.27');
    expect(t.rows.map((r) => r.bar.state)).toEqual([
      'blocked',
      'rejected',
      'blocked',
      'blocked',
      'blocked',
    ]);
    expect(t.rows.every((r) => r.bar.end === 'none')).toBe(true);
    expect(t.markers).toEqual([
      expect.objectContaining({ kind: 'rejected', at: 0, label: 'API server rejects the pod' }),
    ]);
    expect(t.summary).toContain('The API server rejects the pod: no container starts.');
  });

  it('keeps native sidecars running when a Job is held open by its main container', () => {
    const t = timeline(
      JOB_NATIVE.replace(
        'image: example/report:2.1',
        'image: example/report:2.1\n          command: ["sleep", "infinity"]',
      ),
    );
    expect(spans(t)).toEqual({
      'log-tail': [0, t.length, 'runs', 'open'],
      report: [1, t.length, 'never-exits', 'open'],
    });
    expect(bar(t, 'log-tail').label).toBe('keeps running');
    expect(t.markers[0]).toEqual(
      expect.objectContaining({ kind: 'never-completes', cause: 'report keeps running' }),
    );
  });
});

describe('ordinal', () => {
  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
  });
});
