import { describe, expect, it } from 'vitest';
import type { ErrorList } from '../field.ts';
import { ephemeral, validateEphemeralContainers, validateFieldAllowList } from './ephemeral.ts';
import { lint, pod } from './testing.ts';

const ids = ephemeral.ids;
const shown = (errs: ErrorList) => errs.map((e) => `${e.path.join('.')}: ${e.detail}`);

describe('validateFieldAllowList', () => {
  it('refuses what an ephemeral container may not have, per version', () => {
    const c = {
      name: 'debug',
      image: 'busybox',
      ports: [],
      resources: { limits: { cpu: '1' } },
      lifecycle: {},
      resizePolicy: [],
      restartPolicy: 'Always',
    };
    expect(shown(validateFieldAllowList(c, ['e'], '1.34'))).toEqual([
      'e.ports: Forbidden: cannot be set for an Ephemeral Container',
      'e.resources: Forbidden: cannot be set for an Ephemeral Container',
      'e.lifecycle: Forbidden: cannot be set for an Ephemeral Container',
      'e.resizePolicy: Forbidden: cannot be set for an Ephemeral Container',
    ]);
    expect(shown(validateFieldAllowList(c, ['e'], '1.30')).map((l) => l.split(':')[0])).toEqual([
      'e.ports',
      'e.resources',
      'e.lifecycle',
      'e.restartPolicy',
    ]);
    expect(
      shown(
        validateFieldAllowList({ name: 'd', stdin: true, tty: true, resources: {} }, ['e'], '1.34'),
      ),
    ).toEqual([]);
  });
});

describe('validateEphemeralContainers', () => {
  const spec = (ephemeralContainers: unknown[]) => ({
    containers: [{ name: 'ctr' }],
    initContainers: [{ name: 'ictr' }],
    ephemeralContainers,
  });

  it('accepts a debug container targeting a container', () => {
    const ok = spec([{ name: 'debug', image: 'busybox', targetContainerName: 'ctr', stdin: true }]);
    expect(shown(validateEphemeralContainers(ok, ['e'], '1.34'))).toEqual([]);
  });

  it('refuses name collisions, unknown targets, subPath mounts and empty containers', () => {
    const bad = spec([
      { name: 'ictr', image: 'busybox' },
      { name: 'debug', image: ' busybox', targetContainerName: 'ictr2' },
      { name: 'debug2', image: 'busybox', targetContainerName: 'debug' },
      {
        name: 'debug3',
        image: 'busybox',
        volumeMounts: [{ name: 'v', mountPath: '/v', subPathExpr: '$(X)' }],
      },
      {},
    ]);
    expect(shown(validateEphemeralContainers(bad, ['e'], '1.34'))).toEqual([
      'e.0.name: Duplicate value: "ictr"',
      'e.1.image: Invalid value: " busybox": must not have leading or trailing whitespace',
      'e.1.targetContainerName: Not found: "ictr2"',
      'e.2.targetContainerName: Not found: "debug"',
      'e.3.volumeMounts.0.subPathExpr: Forbidden: cannot be set for an Ephemeral Container',
      'e.4.name: Required value',
      'e.4.image: Required value',
    ]);
  });
});

describe('ephemeral-container-invalid', () => {
  const containers = `  containers:
    - name: app
      image: nginx:1.27
`;

  it('refuses ephemeral containers on create', () => {
    const text = pod(`${containers}  ephemeralContainers:
    - name: debug
      image: busybox:1.36
      targetContainerName: app
`);
    expect(lint(text, ids)).toEqual([
      'error ephemeral-container-invalid spec.ephemeralContainers: Forbidden: cannot be set on create',
    ]);
  });

  it('refuses them in a pod template', () => {
    const text = `apiVersion: batch/v1
kind: Job
metadata:
  name: j
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: app
          image: busybox:1.36
      ephemeralContainers:
        - name: debug
          image: busybox:1.36
`;
    expect(lint(text, ids)).toEqual([
      'error ephemeral-container-invalid spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template',
    ]);
  });

  it('says nothing without ephemeral containers', () => {
    expect(lint(pod(`${containers}  ephemeralContainers: []\n`), ids)).toEqual([]);
  });
});
