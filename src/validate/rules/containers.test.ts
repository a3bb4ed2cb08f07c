import { describe, expect, it } from 'vitest';
import { containers } from './containers.ts';
import { lint, pod } from './testing.ts';

const ids = containers.ids;

const deployment = (spec: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  selector:
    matchLabels:
      app: d
  template:
    metadata:
      labels:
        app: d
    spec:
${spec.replace(/^/gm, '    ')}`;

describe('container-image-required', () => {
  it('asks for an image that is missing, null or empty, in init containers too', () => {
    const text = pod(`  initContainers:
    - name: setup
  containers:
    - name: app
      image: ""
    - name: helper
      image:
`);
    expect(lint(text, ids)).toEqual([
      'error container-image-required spec.initContainers[0].image: Required value',
      'error container-image-required spec.containers[0].image: Required value',
      'error container-image-required spec.containers[1].image: Required value',
    ]);
  });

  it('refuses surrounding whitespace in a Pod, and warns in a template (its pods are refused)', () => {
    const spec = `  containers:
    - name: app
      image: " nginx:1.27"
`;
    expect(lint(pod(spec), ids)).toEqual([
      'error container-image-required spec.containers[0].image: Invalid value: " nginx:1.27": must not have leading or trailing whitespace',
    ]);
    expect(lint(deployment(spec), ids)).toEqual([
      'warning container-image-required spec.template.spec.containers[0].image: Invalid value: " nginx:1.27": must not have leading or trailing whitespace (the template is accepted, but every pod created from it is refused)',
    ]);
  });
});

describe('restartPolicy on containers', () => {
  const classic = pod(`  containers:
    - name: app
      image: nginx:1.27
    - name: shipper
      image: fluent/fluent-bit:3.2.4
      restartPolicy: Always
`);

  it('is forbidden on an app container until 1.34, with a hint toward native sidecars', () => {
    for (const k8s of ['1.27', '1.30', '1.33'] as const)
      expect(lint(classic, ids, k8s)).toEqual([
        'error container-restart-policy-on-app-container spec.containers[1].restartPolicy: Forbidden: may not be set for non-init containers (to make this a native sidecar, move it to initContainers with restartPolicy: Always)',
      ]);
    const never = classic.replace('restartPolicy: Always', 'restartPolicy: Never');
    expect(lint(never, ids, '1.33')).toEqual([
      'error container-restart-policy-on-app-container spec.containers[1].restartPolicy: Forbidden: may not be set for non-init containers',
    ]);
  });

  it('is dropped on 1.34, where the ContainerRestartRules gate is off (1.34.1 dropContainerRestartRules)', () => {
    expect(lint(classic, ids, '1.34')).toEqual([
      "warning container-restart-policy-on-app-container spec.containers[1].restartPolicy: the ContainerRestartRules feature gate is off by default in Kubernetes 1.34: the API server drops this field, so the pod's restartPolicy applies to this container, and it is not a native sidecar (for that, move it to initContainers with restartPolicy: Always)",
    ]);
    expect(lint(classic.replace('Always', 'Sometimes'), ids, '1.34')).toHaveLength(1);
  });

  it('from 1.35 accepts the override, and only notes that Always does not make a native sidecar', () => {
    expect(lint(classic, ids, '1.35')).toEqual([
      'info container-restart-policy-on-app-container spec.containers[1].restartPolicy: overrides the pod restartPolicy for this container only; it does not make a native sidecar: for that, move it to initContainers with restartPolicy: Always',
    ]);
    expect(lint(classic.replace('Always', 'OnFailure'), ids, '1.36')).toEqual([]);
    expect(lint(classic.replace('Always', 'Sometimes'), ids, '1.36')).toEqual([
      'error container-restart-policy-on-app-container spec.containers[1].restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"',
    ]);
  });

  it('on an init container takes only Always until 1.35', () => {
    const text = pod(`  initContainers:
    - name: fetch
      image: curlimages/curl:8.11.1
      restartPolicy: Never
  containers:
    - name: app
      image: nginx:1.27
`);
    expect(lint(text, ids, '1.33')).toEqual([
      'error init-restart-policy-not-always spec.initContainers[0].restartPolicy: Unsupported value: "Never": supported values: "Always"',
    ]);
    expect(lint(text, ids, '1.34')).toEqual([
      'warning init-restart-policy-not-always spec.initContainers[0].restartPolicy: the ContainerRestartRules feature gate is off by default in Kubernetes 1.34: the API server drops this field, so the init container runs to completion as any other',
    ]);
    expect(lint(text, ids, '1.35')).toEqual([]);
    expect(lint(text.replace('Never', 'Sometimes'), ids, '1.35')).toEqual([
      'error init-restart-policy-not-always spec.initContainers[0].restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"',
    ]);
    expect(lint(text.replace('restartPolicy: Never', 'restartPolicy: null'), ids)).toEqual([]);
  });
});

describe('init-probe-or-lifecycle-forbidden', () => {
  const text = pod(`  initContainers:
    - name: setup
      image: busybox:1.36
      livenessProbe:
        exec:
          command: [/bin/true]
      startupProbe:
        exec:
          command: [/bin/true]
      lifecycle:
        postStart:
          exec:
            command: [/bin/true]
  containers:
    - name: app
      image: nginx:1.27
`);

  it('refuses each probe and the lifecycle on a regular init container', () => {
    const forbidden = 'Forbidden: may not be set for init containers without restartPolicy=Always';
    expect(lint(text, ids)).toEqual([
      `error init-probe-or-lifecycle-forbidden spec.initContainers[0].livenessProbe: ${forbidden}`,
      `error init-probe-or-lifecycle-forbidden spec.initContainers[0].startupProbe: ${forbidden}`,
      `error init-probe-or-lifecycle-forbidden spec.initContainers[0].lifecycle: ${forbidden}`,
    ]);
  });

  it('allows them on a native sidecar from 1.29; before, the API drops restartPolicy first', () => {
    const sidecar = text.replace(
      '      livenessProbe:',
      '      restartPolicy: Always\n      livenessProbe:',
    );
    expect(lint(sidecar, ids)).toEqual([]);
    expect(lint(sidecar, ids, '1.29')).toEqual([]);
    expect(lint(sidecar, ids, '1.28')).toContain(
      'error init-probe-or-lifecycle-forbidden spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always (Kubernetes 1.28 drops restartPolicy from init containers)',
    );
  });

  it('leaves app containers alone', () => {
    const app = pod(`  containers:
    - name: app
      image: nginx:1.27
      livenessProbe:
        httpGet:
          path: /
          port: 80
`);
    expect(lint(app, ids)).toEqual([]);
  });
});
