import { describe, expect, it } from 'vitest';
import { isHTTPHeaderName } from '../apimachinery.ts';
import type { ErrorList } from '../field.ts';
import {
  gateKeeps,
  gracePeriodOf,
  HOOK_HANDLERS,
  lifecycle,
  PROBE_HANDLERS,
  validateExecAction,
  validateGRPCAction,
  validateHandler,
  validateHTTPGetAction,
  validateLifecycle,
  validatePortNumOrName,
  validateSleepAction,
  validateStopSignal,
  validateTCPSocketAction,
} from './lifecycle.ts';
import { lint, pod } from './testing.ts';

const ids = lifecycle.ids;
const shown = (errs: ErrorList) => errs.map((e) => `${e.path.join('.')}: ${e.detail}`);
const opts = { gracePeriod: 30, k8s: '1.34' as const };

describe('gateKeeps', () => {
  it('keeps a field unless its gate is off by default or it is not served yet', () => {
    expect(gateKeeps('PodLifecycleSleepAction', '1.29', '1.29')).toBe(false);
    expect(gateKeeps('PodLifecycleSleepAction', '1.30', '1.29')).toBe(true);
    expect(gateKeeps('ContainerStopSignals', '1.34', '1.33')).toBe(false);
    expect(gateKeeps('PodLevelResources', '1.31', '1.32')).toBe(false);
    expect(gateKeeps('InPlacePodVerticalScaling', '1.33')).toBe(true);
    expect(gateKeeps('ContainerStopSignals', '1.35', '1.33')).toBe(false);
    expect(gateKeeps('ContainerRestartRules', '1.35', '1.34')).toBe(true);
    expect(gateKeeps('GenericWorkload', '1.35')).toBe(false);
  });
});

describe('port and header names', () => {
  it('ValidatePortNumOrName: a missing port is the number 0', () => {
    expect(shown(validatePortNumOrName(80, ['port']))).toEqual([]);
    expect(shown(validatePortNumOrName('http', ['port']))).toEqual([]);
    expect(shown(validatePortNumOrName(undefined, ['port']))).toEqual([
      'port: Invalid value: 0: must be between 1 and 65535, inclusive',
    ]);
    expect(shown(validatePortNumOrName(65536, ['port']))).toEqual([
      'port: Invalid value: 65536: must be between 1 and 65535, inclusive',
    ]);
  });
});

describe('actions', () => {
  it('validateExecAction needs a command', () => {
    expect(shown(validateExecAction({ command: ['echo'] }, ['exec']))).toEqual([]);
    expect(shown(validateExecAction({ command: [] }, ['exec']))).toEqual([
      'exec.command: Required value',
    ]);
  });

  it('validateHTTPGetAction checks the port and each header name (at httpHeaders)', () => {
    expect(
      shown(validateHTTPGetAction({ port: 'web', httpHeaders: [{ name: 'Host' }] }, ['h'])),
    ).toEqual([]);
    expect(
      shown(validateHTTPGetAction({ port: 0, httpHeaders: [{ name: 'X_Forwarded_For' }] }, ['h'])),
    ).toEqual([
      'h.port: Invalid value: 0: must be between 1 and 65535, inclusive',
      `h.httpHeaders: Invalid value: "X_Forwarded_For": ${isHTTPHeaderName('_')[0]}`,
    ]);
  });

  it('validateTCPSocketAction and validateGRPCAction check the port', () => {
    expect(shown(validateTCPSocketAction({ port: 8080 }, ['t']))).toEqual([]);
    expect(shown(validateTCPSocketAction({ port: 'Web' }, ['t']))).toEqual([
      't.port: Invalid value: "Web": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ]);
    expect(shown(validateGRPCAction({ port: 9090 }, ['g']))).toEqual([]);
    expect(shown(validateGRPCAction({}, ['g']))).toEqual([
      'g.port: Invalid value: 0: must be between 1 and 65535, inclusive',
    ]);
  });

  it('validateSleepAction follows each version', () => {
    expect(shown(validateSleepAction({ seconds: 5 }, 30, ['s'], '1.34'))).toEqual([]);
    expect(shown(validateSleepAction({ seconds: 0 }, 30, ['s'], '1.34'))).toEqual([]);
    expect(shown(validateSleepAction({ seconds: 31 }, 30, ['s'], '1.34'))).toEqual([
      's: Invalid value: 31: must be non-negative and less than terminationGracePeriodSeconds (30)',
    ]);
    expect(shown(validateSleepAction({ seconds: 0 }, 30, ['s'], '1.32'))).toEqual([
      's: Invalid value: 0: must be greater than 0 and less than terminationGracePeriodSeconds (30). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.',
    ]);
    expect(shown(validateSleepAction({ seconds: 0 }, 30, ['s'], '1.30'))).toEqual([
      's: Invalid value: 0: must be greater than 0 and less than terminationGracePeriodSeconds (30)',
    ]);
    expect(shown(validateSleepAction({ seconds: 99 }, undefined, ['s'], '1.34'))).toEqual([]);
  });
});

describe('validateHandler', () => {
  it('wants exactly one handler and checks only the first', () => {
    expect(
      shown(validateHandler({ exec: { command: ['x'] } }, PROBE_HANDLERS, ['p'], opts)),
    ).toEqual([]);
    expect(shown(validateHandler({}, HOOK_HANDLERS, ['p'], opts))).toEqual([
      'p: Required value: must specify a handler type',
    ]);
    expect(
      shown(
        validateHandler(
          { exec: { command: [] }, tcpSocket: { port: 0 } },
          PROBE_HANDLERS,
          ['p'],
          opts,
        ),
      ),
    ).toEqual([
      'p.exec.command: Required value',
      'p.tcpSocket: Forbidden: may not specify more than 1 handler type',
    ]);
  });
});

describe('validateStopSignal and validateLifecycle', () => {
  it('a stop signal needs spec.os.name and a signal of that OS', () => {
    expect(shown(validateStopSignal('SIGTERM', ['s'], { name: 'linux' }))).toEqual([]);
    expect(shown(validateStopSignal('SIGTERM', ['s'], undefined))).toEqual([
      's: Forbidden: may not be set for containers with empty `spec.os.name`',
    ]);
    expect(shown(validateStopSignal('SIGUSR1', ['s'], { name: 'windows' }))).toEqual([
      's: Unsupported value: "SIGUSR1": supported values: "SIGKILL", "SIGTERM"',
    ]);
    expect(validateStopSignal('SIGRTMIN+16', ['s'], { name: 'linux' })[0]?.detail).toMatch(
      /^Unsupported value: "SIGRTMIN\+16": supported values: "SIGABRT", "SIGALRM"/,
    );
  });

  it('drops stopSignal while ContainerStopSignals is off, and sleep before 1.30', () => {
    const hooks = { stopSignal: 'SIGTERM', preStop: { sleep: { seconds: 0 } } };
    const at = (k8s: '1.29' | '1.34' | '1.35' | '1.36') =>
      shown(validateLifecycle(hooks, ['l'], { gracePeriod: 30, k8s, os: undefined }));
    expect(at('1.34')).toEqual([]);
    expect(at('1.35')).toEqual([]);
    expect(at('1.29')).toEqual([]);
    // 1.36's default was not read: the field is validated there.
    expect(at('1.36')).toEqual([
      'l.stopSignal: Forbidden: may not be set for containers with empty `spec.os.name`',
    ]);
  });

  it('gracePeriodOf defaults to 30', () => {
    expect(gracePeriodOf({})).toBe(30);
    expect(gracePeriodOf({ terminationGracePeriodSeconds: 5 })).toBe(5);
    expect(gracePeriodOf({ terminationGracePeriodSeconds: 'x' })).toBe(undefined);
  });
});

describe('lifecycle-handler-invalid', () => {
  it('reports hooks of app containers and native sidecars, not of regular init containers', () => {
    const text = pod(`  terminationGracePeriodSeconds: 10
  initContainers:
    - name: init
      image: busybox:1.36
      lifecycle:
        preStop:
          exec: {}
    - name: proxy
      image: envoy:1.30
      restartPolicy: Always
      lifecycle:
        preStop:
          sleep:
            seconds: 20
  containers:
    - name: app
      image: nginx:1.27
      lifecycle:
        postStart:
          httpGet:
            port: 80
          tcpSocket:
            port: 80
        preStop:
          exec:
            command: [sh, -c, sleep 5]
`);
    expect(lint(text, ids)).toEqual([
      'error lifecycle-handler-invalid spec.initContainers[1].lifecycle.preStop.sleep: Invalid value: 20: must be non-negative and less than terminationGracePeriodSeconds (10)',
      'error lifecycle-handler-invalid spec.containers[0].lifecycle.postStart.tcpSocket: Forbidden: may not specify more than 1 handler type',
    ]);
  });

  it('accepts well-formed hooks', () => {
    const text = pod(`  containers:
    - name: app
      image: nginx:1.27
      lifecycle:
        preStop:
          sleep:
            seconds: 5
        postStart:
          httpGet:
            path: /ready
            port: http
`);
    expect(lint(text, ids)).toEqual([]);
  });
});
