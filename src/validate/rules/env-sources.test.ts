import { describe, expect, it } from 'vitest';
import { isDNS1123Subdomain } from '../apimachinery.ts';
import type { ErrorList } from '../field.ts';
import {
  envSources,
  validateEnvFrom,
  validateEnvResourceDivisor,
  validateEnvSource,
} from './env-sources.ts';
import { lint, pod } from './testing.ts';

const ids = envSources.ids;
const shown = (errs: ErrorList) => errs.map((e) => `${e.path.join('.')}: ${e.detail}`);

describe('validateEnvResourceDivisor', () => {
  it('refuses a divisor that does not decode, and checks the others by resource', () => {
    expect(shown(validateEnvResourceDivisor('limits.cpu', '1m', ['r']))).toEqual([]);
    expect(shown(validateEnvResourceDivisor(undefined, '10m', ['r']))).toEqual([]);
    expect(shown(validateEnvResourceDivisor('limits.cpu', '10m', ['r']))).toEqual([
      `r.divisor: Invalid value: "limits.cpu": only divisor's values 1m and 1 are supported with the cpu resource`,
    ]);
    expect(shown(validateEnvResourceDivisor('limits.cpu', 'x', ['r']))).toHaveLength(1);
  });
});

describe('ValidateEnvFrom sources', () => {
  it('validateEnvSource wants a DNS-subdomain name (a trailing dash is allowed)', () => {
    expect(shown(validateEnvSource({ name: 'app-config-' }, ['c']))).toEqual([]);
    expect(shown(validateEnvSource({}, ['c']))).toEqual(['c.name: Required value']);
    expect(shown(validateEnvSource({ name: '$' }, ['c']))).toEqual([
      `c.name: Invalid value: "$": ${isDNS1123Subdomain('$')[0]}`,
    ]);
  });

  it('wants exactly one source per entry, and says so at the list', () => {
    expect(
      shown(
        validateEnvFrom([{ configMapRef: { name: 'a' } }, { secretRef: { name: 'b' } }], ['e']),
      ),
    ).toEqual([]);
    expect(
      shown(
        validateEnvFrom(
          [{ prefix: 'X_' }, { configMapRef: { name: 'a' }, secretRef: { name: 'b' } }],
          ['e'],
        ),
      ),
    ).toEqual([
      'e: Invalid value: "": must specify one of: `configMapRef` or `secretRef`',
      'e: Invalid value: "": may not have more than one field specified at a time',
    ]);
  });
});

describe('env-source-invalid', () => {
  it('reports what the env family leaves out, for init containers too', () => {
    const text = pod(`  initContainers:
    - name: init
      image: busybox:1.36
      envFrom:
        - secretRef:
            name: ""
  containers:
    - name: app
      image: nginx:1.27
      env:
        - name: MEM
          valueFrom:
            resourceFieldRef:
              resource: limits.memory
              divisor: 1m
`);
    expect(lint(text, ids)).toEqual([
      'error env-source-invalid spec.initContainers[0].envFrom[0].secretRef.name: Required value',
      `error env-source-invalid spec.containers[0].env[0].valueFrom.resourceFieldRef.divisor: Invalid value: "limits.memory": only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the memory resource`,
    ]);
  });

  it('accepts well-formed sources', () => {
    const text = pod(`  containers:
    - name: app
      image: nginx:1.27
      env:
        - name: APP
          valueFrom:
            fieldRef:
              fieldPath: metadata.labels['app.kubernetes.io/name']
        - name: CPU
          valueFrom:
            resourceFieldRef:
              resource: requests.cpu
              divisor: 1m
      envFrom:
        - configMapRef:
            name: settings
          prefix: CFG_
`);
    expect(lint(text, ids)).toEqual([]);
  });
});
