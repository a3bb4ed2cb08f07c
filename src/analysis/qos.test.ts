import { describe, expect, it } from 'vitest';
import type { K8sVersion } from '../validate/versions.ts';
import { podQos } from './qos.ts';
import { container, deployment, workload } from './resource-designs.ts';

const qos = (text: string, k8s: K8sVersion = '1.34') => {
  const { pod, value } = workload(text);
  return podQos(pod, value, k8s);
};

const exact = (name: string, sidecar = false) =>
  container(name, {
    requests: 'cpu: 500m, memory: 256Mi',
    limits: 'cpu: 0.5, memory: 256Mi',
    sidecar,
  });

describe('podQos', () => {
  it('is BestEffort when no container asks for cpu or memory', () => {
    const r = qos(deployment([container('init')], [container('app')]));
    expect(r.qosClass).toBe('BestEffort');
    expect(r.reason).toMatch(/No container sets a cpu or memory request or limit/);
  });

  it('ignores other resources and zero amounts for BestEffort', () => {
    const text = deployment(
      [],
      [container('app', { requests: 'cpu: 0, ephemeral-storage: 1Gi', limits: 'memory: 0' })],
    );
    expect(qos(text).qosClass).toBe('BestEffort');
  });

  it('is Guaranteed when every container, init ones included, has limits equal to requests', () => {
    const r = qos(deployment([exact('init'), exact('proxy', true)], [exact('app'), exact('log')]));
    expect(r.qosClass).toBe('Guaranteed');
    expect(r.reason).toBe(
      'Every container, init containers and sidecars included, sets cpu and memory limits and requests exactly its limits.',
    );
    expect(r.blockers).toEqual([]);
  });

  it('is Guaranteed with limits only: requests default to them', () => {
    const r = qos(deployment([], [container('app', { limits: 'cpu: 1, memory: 1Gi' })]));
    expect(r.qosClass).toBe('Guaranteed');
  });

  it('is Burstable when a request is below its limit, and says which', () => {
    const text = deployment(
      [],
      [container('app', { requests: 'cpu: 250m, memory: 1Gi', limits: 'cpu: 500m, memory: 1Gi' })],
    );
    const r = qos(text);
    expect(r.qosClass).toBe('Burstable');
    expect(r.blockers).toEqual([
      { name: 'app', role: 'main', why: 'requests 250m cpu but its limit is 500m' },
    ]);
    expect(r.reason).toContain('app requests 250m cpu but its limit is 500m');
  });

  it('is Burstable with requests and no limits', () => {
    const r = qos(deployment([], [container('app', { requests: 'cpu: 100m' })]));
    expect(r.qosClass).toBe('Burstable');
    expect(r.blockers).toEqual([{ name: 'app', role: 'main', why: 'sets no cpu or memory limit' }]);
  });

  it('is Burstable when an init container breaks Guaranteed, and says QoS counts it', () => {
    const setup = container('setup', { limits: 'cpu: 1' });
    const r = qos(deployment([setup], [exact('app')]));
    expect(r.qosClass).toBe('Burstable');
    expect(r.blockers).toEqual([{ name: 'setup', role: 'init', why: 'sets no memory limit' }]);
    expect(r.reason).toBe(
      'The app containers would make it Guaranteed, but QoS counts init containers and sidecars too: setup sets no memory limit.',
    );
  });

  it('is Burstable when a native sidecar without limits sits beside Guaranteed apps', () => {
    const proxy = container('proxy', { requests: 'cpu: 50m', sidecar: true });
    const r = qos(deployment([proxy], [exact('app')]));
    expect(r.qosClass).toBe('Burstable');
    expect(r.blockers.map((b) => [b.name, b.role])).toEqual([['proxy', 'native-sidecar']]);
  });

  it('follows pod-level resources from 1.34', () => {
    const text = deployment(
      [],
      [container('app', { requests: 'cpu: 100m' })],
      'resources: {limits: {cpu: 1, memory: 1Gi}}',
    );
    expect(qos(text, '1.34')).toMatchObject({ qosClass: 'Guaranteed', blockers: [] });
    expect(qos(text, '1.33').qosClass).toBe('Burstable');
    const partial = deployment([], [container('app')], 'resources: {limits: {cpu: 1}}');
    expect(qos(partial).reason).toBe(
      'The pod-level resources decide the class, and the pod sets no memory limit.',
    );
  });
});

describe('podQos reason', () => {
  it('names containers with the same shortfall together', () => {
    const text = deployment(
      [container('a'), container('b', { requests: 'cpu: 1' })],
      [container('app', { requests: 'cpu: 250m, memory: 1Gi', limits: 'cpu: 2, memory: 1Gi' })],
    );
    expect(qos(text).reason).toBe(
      'Some containers set requests, but not every container has cpu and memory limits equal to its requests: a and b set no cpu or memory limit; app requests 250m cpu but its limit is 2.',
    );
  });
});
