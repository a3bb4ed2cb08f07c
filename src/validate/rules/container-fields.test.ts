import { describe, expect, it } from 'vitest';
import type { ErrorList } from '../field.ts';
import {
  containerFields,
  podRestartPolicy,
  validateContainerRestartPolicy,
  validateInitContainerRestartPolicy,
  validateResizePolicy,
} from './container-fields.ts';
import { lint, pod } from './testing.ts';

const ids = containerFields.ids;
const shown = (errs: ErrorList) => errs.map((e) => `${e.path.join('.')}: ${e.detail}`);

describe('validateResizePolicy', () => {
  it('accepts cpu and memory once each with a known policy', () => {
    const list = [
      { resourceName: 'cpu', restartPolicy: 'NotRequired' },
      { resourceName: 'memory', restartPolicy: 'RestartContainer' },
    ];
    expect(shown(validateResizePolicy(list, ['r'], 'Always'))).toEqual([]);
  });

  it('refuses repeats, unknown names and policies, and restarts in a Never pod', () => {
    const list = [
      { resourceName: 'cpu', restartPolicy: 'NotRequired' },
      { resourceName: 'cpuuu', restartPolicy: 'Restarrrt' },
      { resourceName: 'cpu', restartPolicy: '' },
    ];
    expect(shown(validateResizePolicy(list, ['r'], 'Always'))).toEqual([
      'r: Unsupported value: "cpuuu": supported values: "cpu", "memory"',
      'r: Unsupported value: "Restarrrt": supported values: "NotRequired", "RestartContainer"',
      'r.2: Duplicate value: "cpu"',
      'r: Required value',
    ]);
    expect(
      shown(
        validateResizePolicy(
          [{ resourceName: 'memory', restartPolicy: 'RestartContainer' }],
          ['r'],
          'Never',
        ),
      ),
    ).toEqual([
      `r: Invalid value: "RestartContainer": must be 'NotRequired' when \`restartPolicy\` is 'Never'`,
    ]);
  });

  it('podRestartPolicy defaults to Always', () => {
    expect(podRestartPolicy({})).toBe('Always');
    expect(podRestartPolicy({ restartPolicy: 'Never' })).toBe('Never');
  });
});

describe('restart rules', () => {
  it('validateContainerRestartPolicy wants a policy beside rules, and well-formed rules', () => {
    const good = {
      restartPolicy: 'Never',
      restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }],
    };
    expect(shown(validateContainerRestartPolicy(good, ['c']))).toEqual([]);
    const bad = {
      restartPolicyRules: [
        { action: 'Stop' },
        { action: 'Restart', exitCodes: { operator: 'Is' } },
      ],
    };
    expect(shown(validateContainerRestartPolicy(bad, ['c']))).toEqual([
      'c.restartPolicy: Required value: must specify restartPolicy when restart rules are used',
      'c.restartPolicyRules.0.action: Unsupported value: "Stop": supported values: "Restart"',
      'c.restartPolicyRules.0.exitCodes: Required value: must be specified',
      'c.restartPolicyRules.1.exitCodes.operator: Unsupported value: "Is": supported values: "In", "NotIn"',
    ]);
  });

  it('validateInitContainerRestartPolicy refuses rules on a native sidecar', () => {
    expect(shown(validateInitContainerRestartPolicy({ restartPolicy: 'Always' }, ['i']))).toEqual(
      [],
    );
    expect(
      shown(
        validateInitContainerRestartPolicy(
          { restartPolicy: 'Always', restartPolicyRules: [{ action: 'Restart' }] },
          ['i'],
        ),
      ),
    ).toEqual([
      'i.restartPolicyRules: Forbidden: restartPolicyRules are not allowed for init containers with restart policy Always',
    ]);
  });
});

describe('container-field-invalid', () => {
  const text = pod(`  restartPolicy: Never
  containers:
    - name: app
      image: nginx:1.27
      resizePolicy:
        - resourceName: memory
          restartPolicy: RestartContainer
      livenessProbe:
        exec:
          command: []
      readinessProbe:
        httpGet:
          port: 0
          httpHeaders:
            - name: Host
              value: example.com
        tcpSocket:
          port: 80
`);

  it('reports resize policies from 1.33 and the fields of probe handlers', () => {
    expect(lint(text, ids)).toEqual([
      `error container-field-invalid spec.containers[0].resizePolicy: Invalid value: "RestartContainer": must be 'NotRequired' when \`restartPolicy\` is 'Never'`,
      'error container-field-invalid spec.containers[0].livenessProbe.exec.command: Required value',
      'error container-field-invalid spec.containers[0].readinessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive',
    ]);
  });

  it('leaves resizePolicy alone while InPlacePodVerticalScaling is off (the API drops it)', () => {
    expect(lint(text, ids, '1.32').filter((l) => l.includes('resizePolicy'))).toEqual([]);
  });

  it('accepts valid probes and resize policies', () => {
    const ok = pod(`  containers:
    - name: app
      image: nginx:1.27
      resizePolicy:
        - resourceName: cpu
          restartPolicy: NotRequired
      startupProbe:
        grpc:
          port: 9090
      readinessProbe:
        httpGet:
          path: /healthz
          port: http
`);
    expect(lint(ok, ids)).toEqual([]);
  });
});
