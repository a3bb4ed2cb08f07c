import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STARTER_YAML } from '../templates/starter.ts';
import { canHaveProbes, probeTimings, setProbeHandler, timingProblem } from './probes.ts';
import { setField } from './fields.ts';

const nginx = ['spec', 'template', 'spec', 'containers', 0] as const;
const probeOf = (text: string, key: string) => parse(text).spec.template.spec.containers[0][key];

describe('timingProblem', () => {
  it('accepts a zero initial delay but no zero period, timeout or failure threshold', () => {
    expect(timingProblem('readinessProbe', 'initialDelaySeconds', 0)).toBeUndefined();
    expect(timingProblem('readinessProbe', 'initialDelaySeconds', -1)).toBe('Must be 0 or more.');
    for (const key of ['periodSeconds', 'timeoutSeconds', 'failureThreshold'] as const) {
      expect(timingProblem('livenessProbe', key, 0)).toMatch(/at least 1/);
      expect(timingProblem('livenessProbe', key, 1)).toBeUndefined();
    }
    expect(timingProblem('startupProbe', 'periodSeconds', 2.5)).toBe('Enter a whole number.');
  });

  it('requires a success threshold of 1 for liveness and startup probes, and says so', () => {
    expect(timingProblem('livenessProbe', 'successThreshold', 2)).toMatch(
      /^Must be 1 for a liveness probe/,
    );
    expect(timingProblem('startupProbe', 'successThreshold', 3)).toMatch(
      /^Must be 1 for a startup probe/,
    );
    expect(timingProblem('startupProbe', 'successThreshold', 1)).toBeUndefined();
    expect(timingProblem('readinessProbe', 'successThreshold', 3)).toBeUndefined();
    expect(timingProblem('readinessProbe', 'successThreshold', 0)).toMatch(/at least 1/);
  });

  it('takes a positive termination grace period, never on a readiness probe', () => {
    expect(timingProblem('livenessProbe', 'terminationGracePeriodSeconds', 0)).toMatch(/than 0/);
    expect(timingProblem('livenessProbe', 'terminationGracePeriodSeconds', 10)).toBeUndefined();
    expect(timingProblem('readinessProbe', 'terminationGracePeriodSeconds', 10)).toMatch(
      /readiness probe cannot/,
    );
  });
});

describe('probeTimings', () => {
  const keys = (...a: Parameters<typeof probeTimings>) => probeTimings(...a).map((t) => t.key);
  it('offers terminationGracePeriodSeconds on readiness probes only when it is already set', () => {
    expect(keys('livenessProbe')).toContain('terminationGracePeriodSeconds');
    expect(keys('readinessProbe')).not.toContain('terminationGracePeriodSeconds');
    expect(keys('readinessProbe', ['terminationGracePeriodSeconds'])).toContain(
      'terminationGracePeriodSeconds',
    );
    expect(keys('startupProbe')).toHaveLength(6);
  });
});

describe('setProbeHandler', () => {
  it('adds, switches and removes a probe, keeping its timings across switches', () => {
    let text = setProbeHandler(STARTER_YAML, {
      document: 0,
      container: nginx,
      probe: 'livenessProbe',
      kind: 'httpGet',
    });
    expect(probeOf(text, 'livenessProbe')).toEqual({ httpGet: { path: '/', port: 80 } });
    text = setField(text, {
      document: 0,
      path: [...nginx, 'livenessProbe', 'periodSeconds'],
      value: 7,
    });
    text = setProbeHandler(text, {
      document: 0,
      container: nginx,
      probe: 'livenessProbe',
      kind: 'grpc',
    });
    expect(probeOf(text, 'livenessProbe')).toEqual({ grpc: { port: 80 }, periodSeconds: 7 });
    text = setProbeHandler(text, {
      document: 0,
      container: nginx,
      probe: 'livenessProbe',
      kind: null,
    });
    expect(text).toBe(STARTER_YAML);
  });
});

describe('canHaveProbes', () => {
  it('refuses probes and hooks on init containers only', () => {
    expect(canHaveProbes('init')).toBe(false);
    expect(canHaveProbes('native-sidecar')).toBe(true);
    expect(canHaveProbes('sidecar')).toBe(true);
    expect(canHaveProbes('main')).toBe(true);
  });
});
