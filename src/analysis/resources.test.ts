import { describe, expect, it } from 'vitest';
import type { K8sVersion } from '../validate/versions.ts';
import { container, deployment, workload } from './resource-designs.ts';
import { podResources } from './resources.ts';

const analyse = (text: string, k8s: K8sVersion = '1.34') => {
  const { pod, value } = workload(text);
  return podResources(pod, value, k8s);
};

// validation.md §2.2, the worked example.
const initDb = container('init-db', { requests: 'cpu: 500m, memory: 256Mi' });
const mesh = container('mesh-proxy', { requests: 'cpu: 100m, memory: 128Mi', sidecar: true });
const migrate = container('migrate', { requests: 'cpu: 1, memory: 512Mi' });
const logShipper = container('log-shipper', { requests: 'cpu: 50m, memory: 64Mi', sidecar: true });
const app = container('app', { requests: 'cpu: 250m, memory: 256Mi' });
const overhead = 'overhead: {cpu: 10m, memory: 20Mi}';
const worked = deployment([initDb, mesh, migrate, logShipper], [app], overhead);

describe('podResources: the worked example (validation.md 2.2)', () => {
  it('asks for 1110m CPU and 660Mi memory, set by the migrate phase, overhead included', () => {
    const r = analyse(worked);
    expect(r.requests).toEqual({ cpu: '1110m', memory: '660Mi' });
    const [cpu, memory] = r.totals;
    expect(cpu).toMatchObject({
      resource: 'cpu',
      request: {
        total: '1110m',
        running: '400m',
        largestInit: { container: 'migrate', amount: '1100m' },
        overhead: '10m',
        dominant: { kind: 'init', container: 'migrate' },
      },
    });
    expect(memory?.request).toMatchObject({
      total: '660Mi',
      running: '448Mi',
      largestInit: { container: 'migrate', amount: '640Mi' },
      overhead: '20Mi',
    });
  });

  it('gives each init container its phase: itself and the sidecars started before it', () => {
    const phases = analyse(worked).containers.map((c) => [c.name, c.initPhase?.requests]);
    expect(phases).toEqual([
      ['init-db', { cpu: '500m', memory: '256Mi' }],
      ['mesh-proxy', { cpu: '100m', memory: '128Mi' }],
      ['migrate', { cpu: '1100m', memory: '640Mi' }],
      ['log-shipper', { cpu: '150m', memory: '192Mi' }],
      ['app', undefined],
    ]);
  });

  it('lists each container with its role and own requests', () => {
    const [first, second, , , last] = analyse(worked).containers;
    expect(first).toMatchObject({ name: 'init-db', role: 'init', runsAs: 'init' });
    expect(second).toMatchObject({
      role: 'native-sidecar',
      runsAs: 'native-sidecar',
      requests: { cpu: '100m', memory: '128Mi' },
      limits: {},
    });
    expect(last).toMatchObject({ name: 'app', role: 'main', requests: { cpu: '250m' } });
  });

  it('has no limits: no container sets one, and overhead is not added to a missing limit', () => {
    const r = analyse(worked);
    expect(r.limits).toEqual({ cpu: null, memory: null });
    expect(r.totals[0]?.limit).toMatchObject({ total: null, running: null });
    expect(r.totals[0]?.limit.overhead).toBeUndefined();
    expect(r.totals[0]?.limit.dominant).toBeUndefined();
    expect(r.totals[0]?.limit.unlimited).toEqual([
      'init-db',
      'mesh-proxy',
      'migrate',
      'log-shipper',
      'app',
    ]);
  });
});

describe('podResources: init container order', () => {
  it('drops to 1000m / 512Mi plus overhead with migrate before mesh-proxy', () => {
    const r = analyse(deployment([initDb, migrate, mesh, logShipper], [app], overhead));
    expect(r.requests).toEqual({ cpu: '1010m', memory: '532Mi' });
    expect(r.totals[0]?.request).toMatchObject({
      largestInit: { container: 'migrate', amount: '1' },
      dominant: { kind: 'init', container: 'migrate' },
    });
    expect(r.containers[1]?.initPhase?.requests).toEqual({ cpu: '1', memory: '512Mi' });
  });

  it('is set by the running containers when no init phase is larger', () => {
    const small = container('wait', { requests: 'cpu: 10m, memory: 8Mi' });
    const r = analyse(deployment([mesh, small], [app]));
    expect(r.requests).toEqual({ cpu: '350m', memory: '384Mi' });
    expect(r.totals[0]?.request.dominant).toEqual({ kind: 'running' });
    expect(r.totals[0]?.request.largestInit).toEqual({ container: 'wait', amount: '110m' });
  });

  it('keeps the running containers as dominant on a tie', () => {
    const same = container('same', { requests: 'cpu: 250m' });
    const r = analyse(deployment([same], [app]));
    expect(r.totals[0]?.request).toMatchObject({ total: '250m', dominant: { kind: 'running' } });
  });
});

describe('podResources: target versions without native sidecars', () => {
  it.each(['1.28', '1.27'] as const)(
    'on %s counts sidecars as plain init containers, each alone',
    (k8s) => {
      const r = analyse(worked, k8s);
      // apps: 250m / 256Mi; init phases: 500m, 100m, 1, 50m (each alone) → 1 + 10m; 512Mi + 20Mi.
      expect(r.requests).toEqual({ cpu: '1010m', memory: '532Mi' });
      expect(r.nativeSidecars).toBe(false);
      expect(r.totals[0]?.request.running).toBe('250m');
      expect(r.containers[1]).toMatchObject({ role: 'native-sidecar', runsAs: 'init' });
      expect(r.containers[2]?.initPhase?.requests).toEqual({ cpu: '1', memory: '512Mi' });
      expect(r.containers[3]?.initPhase?.requests).toEqual({ cpu: '50m', memory: '64Mi' });
    },
  );

  it('counts sidecars from 1.29', () => {
    expect(analyse(worked, '1.29').requests).toEqual({ cpu: '1110m', memory: '660Mi' });
  });

  it('adds a long-running sidecar to the running containers only from 1.29', () => {
    const big = container('proxy', { requests: 'cpu: 2', sidecar: true });
    const text = deployment([big], [app]);
    expect(analyse(text, '1.29').requests.cpu).toBe('2250m');
    expect(analyse(text, '1.28').requests.cpu).toBe('2');
  });
});

describe('podResources: limits', () => {
  const limited = (name: string, cpu: string, memory: string, sidecar = false) =>
    container(name, { limits: `cpu: ${cpu}, memory: ${memory}`, sidecar });

  it('sums and maxes limits like requests, and adds overhead to them', () => {
    const text = deployment(
      [limited('init', '1', '1Gi'), limited('proxy', '500m', '128Mi', true)],
      [limited('app', '1', '512Mi'), limited('log', '500m', '128Mi')],
      overhead,
    );
    const r = analyse(text);
    // running: 2 / 768Mi; init phase 1 / 1Gi (before the proxy).
    expect(r.limits).toEqual({ cpu: '2010m', memory: '1044Mi' });
    expect(r.totals[1]?.limit).toMatchObject({
      running: '768Mi',
      dominant: { kind: 'init', container: 'init' },
      overhead: '20Mi',
      unlimited: [],
    });
    // A missing request defaults to the limit.
    expect(r.requests).toEqual(r.limits);
    expect(r.containers[2]).toMatchObject({
      requests: { cpu: '1', memory: '512Mi' },
      limits: { cpu: '1', memory: '512Mi' },
      defaulted: ['cpu', 'memory'],
    });
  });

  it('is no limit when any container, an init container too, leaves a resource unlimited', () => {
    const text = deployment(
      [container('setup', { limits: 'cpu: 1' })],
      [limited('app', '2', '1Gi')],
      overhead,
    );
    const r = analyse(text);
    expect(r.limits).toEqual({ cpu: '2010m', memory: null });
    expect(r.totals[1]?.limit).toMatchObject({ total: null, unlimited: ['setup'] });
    expect(r.totals[1]?.limit.overhead).toBeUndefined();
    expect(r.containers[0]?.initPhase?.limits).toEqual({ cpu: '1', memory: null });
    expect(r.containers[0]?.limits).toEqual({ cpu: '1' });
  });

  it('treats a zero limit as no limit', () => {
    const r = analyse(deployment([], [container('app', { limits: 'cpu: 0, memory: 1Gi' })]));
    expect(r.limits).toEqual({ cpu: null, memory: '1Gi' });
    expect(r.requests).toEqual({ cpu: '0', memory: '1Gi' });
  });

  it('carries an unlimited sidecar into the phases after it', () => {
    const text = deployment(
      [container('proxy', { limits: 'cpu: 1', sidecar: true }), limited('migrate', '1', '1Gi')],
      [limited('app', '1', '1Gi')],
    );
    const phases = analyse(text).containers.map((c) => c.initPhase?.limits);
    expect(phases).toEqual([{ cpu: '1', memory: null }, { cpu: '2', memory: null }, undefined]);
  });
});

describe('podResources: resources and values', () => {
  it('reports ephemeral-storage only when something asks for it', () => {
    const text = deployment(
      [],
      [container('app', { requests: 'ephemeral-storage: 1Gi', limits: 'ephemeral-storage: 2Gi' })],
    );
    const r = analyse(text);
    expect(r.requests).toEqual({ cpu: '0', memory: '0', 'ephemeral-storage': '1Gi' });
    expect(r.limits).toEqual({ cpu: null, memory: null, 'ephemeral-storage': '2Gi' });
    expect(r.totals.map((t) => t.resource)).toEqual(['cpu', 'memory', 'ephemeral-storage']);
  });

  it('prints whole cores, millicores and the largest exact binary unit', () => {
    const text = deployment(
      [],
      [
        container('a', { requests: 'cpu: 0.5, memory: 1.5Gi' }),
        container('b', { requests: 'cpu: 500m, memory: 512Mi' }),
      ],
    );
    expect(analyse(text).requests).toEqual({ cpu: '1', memory: '2Gi' });
  });

  it('leaves out values the API server would refuse, and says which', () => {
    const text = deployment([], [container('app', { requests: 'cpu: 1 core, memory: 64Mi' })]);
    const r = analyse(text);
    expect(r.requests).toEqual({ cpu: '0', memory: '64Mi' });
    expect(r.ignored).toEqual([
      { field: 'containers[0].resources.requests.cpu', value: '"1 core"' },
    ]);
  });

  it('says a map or a list left out as JSON writes it, never "[object Object]"', () => {
    // Found by fuzzing: a volume source pasted into requests.
    const text = deployment(
      [],
      [container('app', { requests: 'cpu: 100m, secret: { secretName: db }, gpus: [1]' })],
    );
    expect(analyse(text).ignored).toEqual([
      { field: 'containers[0].resources.requests.secret', value: '{"secretName":"db"}' },
      { field: 'containers[0].resources.requests.gpus', value: '[1]' },
    ]);
  });

  it('uses pod-level resources from 1.34, a request defaulting to the limit', () => {
    const text = deployment(
      [],
      [container('app', { requests: 'cpu: 100m, memory: 64Mi' })],
      'resources: {limits: {cpu: 2, memory: 1Gi}, requests: {memory: 512Mi}}',
    );
    const r = analyse(text, '1.34');
    expect(r.podLevel).toBe(true);
    expect(r.requests).toEqual({ cpu: '2', memory: '512Mi' });
    expect(r.limits).toEqual({ cpu: '2', memory: '1Gi' });
    expect(r.totals[0]?.request.dominant).toEqual({ kind: 'pod-level' });
    const before = analyse(text, '1.33');
    expect(before.podLevel).toBe(false);
    expect(before.requests).toEqual({ cpu: '100m', memory: '64Mi' });
  });

  it('never throws on odd documents', () => {
    const text = deployment([], ['  - name: app\n    resources: [1, 2]', '  - 7']);
    expect(analyse(text).requests).toEqual({ cpu: '0', memory: '0' });
  });
});
