import { describe, expect, it } from 'vitest';
import type { K8sVersion } from '../validate/versions.ts';
import { container, deployment, workload } from './resource-designs.ts';
import { limitReason, limitReasons, limitWords, requestReason } from './resource-words.ts';
import { podResources } from './resources.ts';

const analyse = (text: string, k8s: K8sVersion = '1.34') => {
  const { pod, value } = workload(text);
  return podResources(pod, value, k8s);
};

const initDb = container('init-db', { requests: 'cpu: 500m, memory: 256Mi' });
const mesh = container('mesh-proxy', { requests: 'cpu: 100m, memory: 128Mi', sidecar: true });
const migrate = container('migrate', { requests: 'cpu: 1, memory: 512Mi' });
const app = container('app', { requests: 'cpu: 250m, memory: 256Mi' });
const overhead = 'overhead: {cpu: 10m, memory: 20Mi}';

describe('requestReason', () => {
  it('names the init phase that dominates and the sidecars in it', () => {
    const r = analyse(deployment([initDb, mesh, migrate], [app], overhead));
    expect(requestReason(r, r.totals[0]!)).toBe(
      'CPU request 1110m: the init phase of migrate with the native sidecar started before it (mesh-proxy) needs the most, 1100m, more than the app containers and native sidecars together need (350m), plus 10m pod overhead.',
    );
  });

  it('says when an init container needs the most on its own', () => {
    const r = analyse(deployment([migrate, mesh], [app]));
    expect(requestReason(r, r.totals[1]!)).toBe(
      'Memory request 512Mi: the init phase of migrate on its own needs the most, 512Mi, more than the app containers and native sidecars together need (384Mi).',
    );
  });

  it('names the running containers when they need the most, or as much', () => {
    const r = analyse(deployment([container('wait', { requests: 'cpu: 10m' })], [app]));
    expect(requestReason(r, r.totals[0]!)).toBe(
      'CPU request 250m: the app containers need 250m, more than the largest init phase (wait, 10m).',
    );
    const tie = analyse(deployment([container('same', { requests: 'cpu: 250m' })], [app]));
    expect(requestReason(tie, tie.totals[0]!)).toBe(
      'CPU request 250m: the app containers need 250m, as much as the largest init phase (same).',
    );
  });

  it('does not count sidecars as running all along before 1.29', () => {
    const r = analyse(deployment([mesh], [app]), '1.28');
    expect(requestReason(r, r.totals[0]!)).toMatch(/^CPU request 250m: the app containers need/);
  });
});

describe('limitReason', () => {
  it('says who leaves a resource without a limit', () => {
    const r = analyse(
      deployment([container('setup')], [container('app', { limits: 'cpu: 1, memory: 1Gi' })]),
    );
    expect(limitReason(r.totals[0]!)).toBe('CPU: no limit, since setup sets none.');
    expect(limitWords(r.limits.cpu)).toBe('no limit');
  });

  it('gives the limit and its overhead', () => {
    const r = analyse(
      deployment([], [container('app', { limits: 'cpu: 1, memory: 1Gi' })], overhead),
    );
    expect(limitReason(r.totals[1]!)).toBe(
      'Memory limit 1044Mi: the containers that run all along, plus 20Mi pod overhead.',
    );
    expect(limitWords(r.limits.memory)).toBe('1044Mi');
  });
});

describe('limitReasons', () => {
  it('says resources left unlimited by the same containers together', () => {
    const r = analyse(
      deployment(
        [container('setup')],
        [container('app', { limits: 'cpu: 1, memory: 1Gi, ephemeral-storage: 1Gi' })],
      ),
    );
    expect(limitReasons(r)).toEqual([
      'CPU, memory and ephemeral storage: no limit, since setup sets none.',
    ]);
  });

  it('keeps resources apart when different containers leave them unlimited', () => {
    const r = analyse(
      deployment(
        [container('setup', { limits: 'memory: 1Gi' })],
        [container('app', { limits: 'cpu: 1' })],
      ),
    );
    expect(limitReasons(r)).toEqual([
      'CPU: no limit, since setup sets none.',
      'Memory: no limit, since app sets none.',
    ]);
  });
});
