import { describe, expect, it } from 'vitest';
import { container, deployment, workload } from '../analysis/resource-designs.ts';
import { podResources } from '../analysis/resources.ts';
import type { K8sVersion } from '../validate/versions.ts';
import { reservesOf, type ReserveGroup } from './reserves.ts';

const reserves = (text: string, k8s: K8sVersion = '1.34'): ReserveGroup[] => {
  const { pod, value } = workload(text);
  return reservesOf(podResources(pod, value, k8s));
};

/** `[label, amount, fraction rounded to 2 places, sets]` per bar. */
const bars = (g: ReserveGroup | undefined) =>
  g?.bars.map((b) => [b.label, b.amount ?? 'not set', Math.round(b.fraction * 100) / 100, b.sets]);

// validation.md §2.2, the worked example.
const initDb = container('init-db', { requests: 'cpu: 500m, memory: 256Mi' });
const mesh = container('mesh-proxy', { requests: 'cpu: 100m, memory: 128Mi', sidecar: true });
const migrate = container('migrate', { requests: 'cpu: 1, memory: 512Mi' });
const logShipper = container('log-shipper', { requests: 'cpu: 50m, memory: 64Mi', sidecar: true });
const app = container('app', { requests: 'cpu: 250m, memory: 256Mi' });
const overhead = 'overhead: {cpu: 10m, memory: 20Mi}';
const worked = deployment([initDb, mesh, migrate, logShipper], [app], overhead);

describe('reservesOf', () => {
  it('draws each init phase and the run, scaled to the largest, the phase that sets it marked', () => {
    const [cpu, memory] = reserves(worked);
    expect(cpu).toMatchObject({
      resource: 'cpu',
      label: 'CPU',
      total: '1110m',
      overhead: '10m',
      unset: false,
      note: 'Pod request 1110m: the phase that sets it plus 10m pod overhead.',
    });
    expect(bars(cpu)).toEqual([
      ['init-db', '500m', 0.45, false],
      ['migrate', '1100m', 1, true],
      ['Running', '400m', 0.36, false],
    ]);
    expect(cpu!.bars.map((b) => b.detail)).toEqual([
      'init container, on its own',
      'init container, with native sidecar mesh-proxy',
      'app containers and native sidecars: mesh-proxy, log-shipper and app',
    ]);
    expect(cpu!.bars[1]!.name).toBe("CPU, init phase of migrate: 1100m, sets the pod's request");
    expect(bars(memory)).toEqual([
      ['init-db', '256Mi', 0.4, false],
      ['migrate', '640Mi', 1, true],
      ['Running', '448Mi', 0.7, false],
    ]);
  });

  it('moves the mark when the order changes which phase needs the most', () => {
    const big = container('app', { requests: 'cpu: 2, memory: 256Mi' });
    const [cpu, memory] = reserves(deployment([initDb, mesh, migrate], [big]));
    expect(bars(cpu)?.map((b) => b[3])).toEqual([false, false, true]);
    expect(cpu!.bars[2]!.name).toBe("CPU, running all along: 2100m, sets the pod's request");
    expect(bars(memory)?.find((b) => b[3])?.[0]).toBe('migrate');
  });

  it('on 1.28 counts a native sidecar as an init container of its own', () => {
    const [cpu] = reserves(worked, '1.28');
    expect(bars(cpu)?.map((b) => [b[0], b[1]])).toEqual([
      ['init-db', '500m'],
      ['mesh-proxy', '100m'],
      ['migrate', '1'],
      ['log-shipper', '50m'],
      ['Running', '250m'],
    ]);
    expect(cpu!.bars[2]!.detail).toBe('init container, on its own');
  });

  it('says "not set" for a phase with no request rather than drawing a zero', () => {
    const groups = reserves(
      deployment(
        [container('setup')],
        [container('app', { requests: 'memory: 1Gi, ephemeral-storage: 2Gi' })],
      ),
    );
    expect(groups.map((g) => g.resource)).toEqual(['cpu', 'memory', 'ephemeral-storage']);
    const [cpu, memory, storage] = groups;
    expect(cpu).toMatchObject({ unset: true, total: '0' });
    expect(cpu!.note).toBe('No container requests CPU: the pod reserves none.');
    expect(bars(cpu)).toEqual([
      ['setup', 'not set', 0, false],
      ['Running', 'not set', 0, false],
    ]);
    expect(cpu!.bars[0]!.name).toBe('CPU, init phase of setup: not set');
    expect(bars(memory)).toEqual([
      ['setup', 'not set', 0, false],
      ['Running', '1Gi', 1, true],
    ]);
    expect(storage?.label).toBe('Ephemeral storage');
    expect(bars(storage)?.[1]).toEqual(['Running', '2Gi', 1, true]);
  });

  it('adds pod-level resources when they set the request, without the overhead', () => {
    const text = deployment(
      [],
      [container('app', { requests: 'cpu: 100m, memory: 64Mi' })],
      `resources: {requests: {cpu: 1, memory: 512Mi}}\n${overhead}`,
    );
    const [cpu, memory] = reserves(text);
    expect(cpu?.total).toBe('1010m');
    expect(bars(cpu)).toEqual([
      ['Running', '100m', 0.1, false],
      ['Pod-level', '1', 1, true],
    ]);
    expect(bars(memory)?.[1]).toEqual(['Pod-level', '512Mi', 1, true]);
    // Before 1.34 pod-level resources are not honoured.
    expect(bars(reserves(text, '1.33')[0])).toEqual([['Running', '100m', 1, true]]);
  });

  it('notes when only the overhead is asked for', () => {
    const [cpu] = reserves(deployment([], [container('app')], overhead));
    expect(cpu?.note).toBe('No container requests CPU: the pod asks only for its 10m overhead.');
  });
});
