import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STARTER_YAML } from '../templates/starter.ts';
import type { Path } from '../yaml/path.ts';
import { EditError } from './errors.ts';
import {
  handlerKind,
  handlerKinds,
  newHandler,
  setHandler,
  type SetHandlerOp,
} from './handlers.ts';

const nginx = ['spec', 'template', 'spec', 'containers', 0] as const;
const readiness = [...nginx, 'readinessProbe'] as const;
const op = (kind: SetHandlerOp['kind'], path: Path = readiness): SetHandlerOp => ({
  document: 0,
  path,
  container: nginx,
  family: 'probe',
  kind,
});
const container = (text: string) => parse(text).spec.template.spec.containers[0];

const WITH_PROBE = STARTER_YAML.replace(
  '          resources:\n',
  `          readinessProbe:
            # checked by the kubelet
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 5 # often
            failureThreshold: 2
          resources:
`,
);

describe('handlerKind', () => {
  it('finds the handler key of a probe or hook, in key order, ignoring other families', () => {
    expect(handlerKind({ periodSeconds: 3, tcpSocket: { port: 80 } }, 'probe')).toBe('tcpSocket');
    expect(handlerKind({ sleep: { seconds: 1 } }, 'probe')).toBeUndefined();
    expect(handlerKind({ sleep: { seconds: 1 } }, 'hook')).toBe('sleep');
    expect(handlerKinds({ grpc: {}, exec: {} }, 'probe')).toEqual(['grpc', 'exec']);
    expect(handlerKind(undefined, 'probe')).toBeUndefined();
    expect(handlerKind(['exec'], 'probe')).toBeUndefined();
  });
});

describe('newHandler', () => {
  const ports = [{ name: 'http', containerPort: 80 }, { containerPort: 9090 }];
  it('starts an httpGet on / at the first container port', () => {
    expect(newHandler('httpGet', ports)).toEqual({ path: '/', port: 80 });
    expect(newHandler('tcpSocket', ports)).toEqual({ port: 80 });
    expect(newHandler('grpc', undefined)).toEqual({ port: 8080 });
    expect(newHandler('sleep', ports)).toEqual({ seconds: 5 });
    expect(newHandler('exec', ports)).toEqual({ command: ['sh', '-c', 'true'] });
  });
  it('keeps the port of the handler it replaces when the new one can use it', () => {
    expect(newHandler('tcpSocket', ports, { path: '/x', port: 'http' })).toEqual({ port: 'http' });
    expect(newHandler('httpGet', ports, { port: 9090 })).toEqual({ path: '/', port: 9090 });
    // gRPC takes port numbers only.
    expect(newHandler('grpc', ports, { port: 'http' })).toEqual({ port: 80 });
    expect(newHandler('grpc', ports, { port: 9090 })).toEqual({ port: 9090 });
  });
});

describe('setHandler', () => {
  it('adds a probe with a default handler', () => {
    const next = setHandler(STARTER_YAML, op('httpGet'));
    expect(container(next).readinessProbe).toEqual({ httpGet: { path: '/', port: 80 } });
    // Only lines were added: the rest of the text is as it was.
    expect(next.startsWith(STARTER_YAML.split('          resources:')[0]!)).toBe(true);
  });

  it('replaces only the handler key, in its place, keeping timings and comments', () => {
    const next = setHandler(WITH_PROBE, op('tcpSocket'));
    const probe = container(next).readinessProbe;
    expect(probe).toEqual({ tcpSocket: { port: 'http' }, periodSeconds: 5, failureThreshold: 2 });
    expect(Object.keys(probe)).toEqual(['tcpSocket', 'periodSeconds', 'failureThreshold']);
    expect(next).toContain('# checked by the kubelet');
    expect(next).toContain('periodSeconds: 5 # often');
  });

  it('leaves the text alone when the handler is already the chosen one', () => {
    expect(setHandler(WITH_PROBE, op('httpGet'))).toBe(WITH_PROBE);
  });

  it('puts a handler first into a probe that has only timings', () => {
    const bare = WITH_PROBE.replace(/ {12}httpGet:\n.*\n.*\n/, '');
    expect(container(bare).readinessProbe).toEqual({ periodSeconds: 5, failureThreshold: 2 });
    const next = setHandler(bare, op('exec'));
    expect(Object.keys(container(next).readinessProbe)).toEqual([
      'exec',
      'periodSeconds',
      'failureThreshold',
    ]);
  });

  it('keeps one handler when a probe has several', () => {
    const two = WITH_PROBE.replace(
      '            periodSeconds',
      '            exec:\n              command: [x]\n            periodSeconds',
    );
    expect(handlerKinds(container(two).readinessProbe, 'probe')).toEqual(['httpGet', 'exec']);
    const next = setHandler(two, op('grpc'));
    expect(container(next).readinessProbe).toEqual({
      grpc: { port: 80 },
      periodSeconds: 5,
      failureThreshold: 2,
    });
  });

  it('removes the probe for none, and an emptied lifecycle with a hook', () => {
    expect(container(setHandler(WITH_PROBE, op(null))).readinessProbe).toBeUndefined();
    const hook = [...nginx, 'lifecycle', 'preStop'] as const;
    const withHook = setHandler(STARTER_YAML, { ...op('sleep', hook), family: 'hook' });
    expect(container(withHook).lifecycle).toEqual({ preStop: { sleep: { seconds: 5 } } });
    const removed = setHandler(withHook, { ...op(null, hook), family: 'hook' });
    expect(removed).toBe(STARTER_YAML);
  });

  it('refuses a handler the family does not have, and a probe that is not a map', () => {
    expect(() => setHandler(STARTER_YAML, op('sleep'))).toThrow(EditError);
    const scalar = WITH_PROBE.replace(/readinessProbe:\n(.*\n){6}/, 'readinessProbe: yes\n');
    expect(() => setHandler(scalar, op('exec'))).toThrow('not a map');
  });
});
