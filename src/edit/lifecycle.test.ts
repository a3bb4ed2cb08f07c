import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STARTER_YAML } from '../templates/starter.ts';
import { hookChoices, setHookHandler, sleepProblem } from './lifecycle.ts';

const nginx = ['spec', 'template', 'spec', 'containers', 0] as const;
const lifecycleOf = (text: string) => parse(text).spec.template.spec.containers[0].lifecycle;

describe('hookChoices', () => {
  it('offers the deprecated tcpSocket only while the hook already uses it', () => {
    expect(hookChoices(undefined)).toEqual(['exec', 'httpGet', 'sleep']);
    expect(hookChoices('sleep')).toEqual(['exec', 'httpGet', 'sleep']);
    expect(hookChoices('tcpSocket')).toEqual(['exec', 'httpGet', 'tcpSocket', 'sleep']);
  });
});

describe('sleepProblem', () => {
  it('wants at least a second, and no more than the grace period', () => {
    expect(sleepProblem(0)).toMatch(/at least 1/);
    expect(sleepProblem(5)).toBeUndefined();
    expect(sleepProblem(30)).toBeUndefined();
    expect(sleepProblem(31)).toMatch(/terminationGracePeriodSeconds \(30\)/);
    expect(sleepProblem(45, 60)).toBeUndefined();
  });
});

describe('setHookHandler', () => {
  it('sets both hooks, switches one, and removes lifecycle with the last hook', () => {
    const op = { document: 0, container: nginx };
    let text = setHookHandler(STARTER_YAML, { ...op, hook: 'preStop', kind: 'sleep' });
    text = setHookHandler(text, { ...op, hook: 'postStart', kind: 'exec' });
    expect(lifecycleOf(text)).toEqual({
      preStop: { sleep: { seconds: 5 } },
      postStart: { exec: { command: ['sh', '-c', 'true'] } },
    });
    text = setHookHandler(text, { ...op, hook: 'preStop', kind: 'httpGet' });
    expect(lifecycleOf(text).preStop).toEqual({ httpGet: { path: '/', port: 80 } });
    text = setHookHandler(text, { ...op, hook: 'postStart', kind: null });
    expect(lifecycleOf(text)).toEqual({ preStop: { httpGet: { path: '/', port: 80 } } });
    text = setHookHandler(text, { ...op, hook: 'preStop', kind: null });
    expect(text).toBe(STARTER_YAML);
  });
});
