import type { UpstreamCase, UpstreamSuite } from './cases.ts';

// Per-container fields of ValidatePodSpec: Kubernetes' validation tests, ported as manifests. Read
// from pkg/apis/core/validation/validation_test.go of kubernetes/kubernetes at
// 000f26050b9be6fb3d79fae95e06b47fc96128cd (a tree just before 1.34: its validateContainers still
// takes no spec.os); expectations checked against validation.go of 1.34.1
// (openshift/openshift-apiserver@56aa2d96e). Containers are written as YAML flow maps, each with an
// image. Upstream calls the validators without defaulting; fields the API server defaults
// (imagePullPolicy, terminationMessagePolicy, an httpGet path or scheme, a fieldRef apiVersion)
// cannot be empty in a manifest, so those cases are listed with `skip`.

export const SOURCE =
  'pkg/apis/core/validation/validation_test.go @ kubernetes 000f26050b9be6fb3d79fae95e06b47fc96128cd';

/** A container as a YAML flow map: a name, an image and more fields. */
export const c = (name: string, fields = '') =>
  `{name: ${name}, image: nginx:1.27.3${fields ? `, ${fields}` : ''}}`;
const list = (key: string, items: string[]) =>
  items.length ? `  ${key}:\n${items.map((i) => `    - ${i}\n`).join('')}` : '';

/** A Pod with `containers`, `init` containers and more pod-spec lines (two spaces in). */
export function pod(
  containers: string[],
  spec = '',
  init: string[] = [],
  ephemeral: string[] = [],
): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${spec}${list('initContainers', init)}${list('containers', containers)}${list('ephemeralContainers', ephemeral)}`;
}

export const ok = (name: string, yaml: string, more: Partial<UpstreamCase> = {}): UpstreamCase => ({
  name,
  yaml,
  errors: [],
  ...more,
});
export const bad = (name: string, yaml: string, ...errors: string[]): UpstreamCase => ({
  name,
  yaml,
  errors,
});
export const at = (k8s: UpstreamCase['k8s'], x: UpstreamCase): UpstreamCase => ({ ...x, k8s });
export const skip = (name: string, why: string): UpstreamCase => ({
  name,
  yaml: '',
  errors: [],
  skip: why,
});

const DEFAULTED = (field: string) =>
  `the API server defaults an empty ${field} before validation, so a manifest cannot leave it empty`;
export const TCP80 = '{tcpSocket: {port: 80}}';
export const C0 = 'spec.containers[0]';
const I0 = 'spec.initContainers[0]';
export const NEVER = '  restartPolicy: Never\n';
const lim = (cpu: string, mem: string) => `resources: {limits: {cpu: "${cpu}", memory: "${mem}"}}`;
const limReq = (l: [string, string], r: [string, string]) =>
  `resources: {limits: {cpu: "${l[0]}", memory: "${l[1]}"}, requests: {cpu: "${r[0]}", memory: "${r[1]}"}}`;

const containersSuite: UpstreamSuite = {
  test: 'TestValidateContainers',
  functions: [
    'validateContainers',
    'validateContainerCommon',
    'validateLifecycle',
    'validateHandler',
  ],
  source: SOURCE,
  cases: [
    ok(
      'success: names, lifecycle, requests and limits',
      pod([
        c('abc'),
        c('"123"'),
        c('life-123', 'lifecycle: {preStop: {exec: {command: [ls, -l]}}}'),
        c('resources-test', 'resources: {limits: {cpu: "10", memory: 10G, my.org/resource: "10"}}'),
        c(
          'resources-request-limit-simple',
          'resources: {requests: {cpu: "8"}, limits: {cpu: "10"}}',
        ),
        c(
          'resources-request-limit-edge',
          'resources: {requests: {cpu: "10", memory: 10G, my.org/resource: "10"}, limits: {cpu: "10", memory: 10G, my.org/resource: "10"}}',
        ),
        c(
          'resources-request-limit-partials',
          'resources: {requests: {cpu: "9.5", memory: 10G}, limits: {cpu: "10", my.org/resource: "10"}}',
        ),
        c('resources-request', 'resources: {requests: {cpu: "9.5", memory: 10G}}'),
      ]),
    ),
    ok(
      'success: ports, termination messages, envFrom, probes, resize policies',
      pod([
        c(
          'same-host-port-different-protocol',
          'ports: [{containerPort: 80, hostPort: 80, protocol: TCP}, {containerPort: 80, hostPort: 80, protocol: UDP}]',
        ),
        c(
          'fallback-to-logs-termination-message',
          'terminationMessagePolicy: FallbackToLogsOnError',
        ),
        c('file-termination-message', 'terminationMessagePolicy: File'),
        c('env-from-source', 'envFrom: [{configMapRef: {name: test}}]'),
        c('live-123', `livenessProbe: ${TCP80}`),
        c('startup-123', `startupProbe: ${TCP80}`),
        c(
          'resize-policy-cpu-and-mem',
          'resizePolicy: [{resourceName: memory, restartPolicy: NotRequired}, {resourceName: cpu, restartPolicy: RestartContainer}]',
        ),
      ]),
    ),
    ok(
      'success: whitespace around the image of a template container (backwards compatibility)',
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector:\n    matchLabels: {app: d}\n  template:\n    metadata:\n      labels: {app: d}\n    spec:\n      containers:\n        - {name: def, image: " "}\n        - {name: ghi, image: " some  "}\n`,
    ),
    bad('zero-length name', pod([c('""')]), `${C0}.name: Required value`),
    bad('zero-length-image', pod(['{name: abc, image: ""}']), `${C0}.image: Required value`),
    bad('name > 63 characters', pod([c('a'.repeat(64))]), `${C0}.name: Invalid value`),
    bad('name not a DNS label', pod([c('a.b.c')]), `${C0}.name: Invalid value`),
    bad('name not unique', pod([c('abc'), c('abc')]), 'spec.containers[1].name: Duplicate value'),
    at(
      '1.31',
      bad(
        'invalid env var name (strict names before 1.32)',
        pod([c('abc', 'env: [{name: "ev!1"}]')]),
        `${C0}.env[0].name: Invalid value`,
      ),
    ),
    bad(
      'invalid lifecycle, no exec command.',
      pod([c('life-123', 'lifecycle: {preStop: {exec: {}}}')]),
      `${C0}.lifecycle.preStop.exec.command: Required value`,
    ),
    skip('invalid lifecycle, no http path.', DEFAULTED('httpGet path (to "/")')),
    bad(
      'invalid lifecycle, no http port.',
      pod([c('life-123', 'lifecycle: {preStop: {httpGet: {path: /, scheme: HTTP}}}')]),
      `${C0}.lifecycle.preStop.httpGet.port: Invalid value`,
    ),
    skip('invalid lifecycle, no http scheme.', DEFAULTED('httpGet scheme (to HTTP)')),
    bad(
      'invalid lifecycle, no tcp socket port.',
      pod([c('life-123', 'lifecycle: {preStop: {tcpSocket: {}}}')]),
      `${C0}.lifecycle.preStop.tcpSocket.port: Invalid value`,
    ),
    bad(
      'invalid lifecycle, zero tcp socket port.',
      pod([c('life-123', 'lifecycle: {preStop: {tcpSocket: {port: 0}}}')]),
      `${C0}.lifecycle.preStop.tcpSocket.port: Invalid value`,
    ),
    bad(
      'invalid lifecycle, no action.',
      pod([c('life-123', 'lifecycle: {preStop: {}}')]),
      `${C0}.lifecycle.preStop: Required value`,
    ),
    bad(
      'invalid readiness probe, terminationGracePeriodSeconds set.',
      pod([
        c('life-123', 'readinessProbe: {tcpSocket: {port: 80}, terminationGracePeriodSeconds: 10}'),
      ]),
      `${C0}.readinessProbe.terminationGracePeriodSeconds: Invalid value`,
    ),
    bad(
      'invalid liveness probe, no tcp socket port.',
      pod([c('live-123', 'livenessProbe: {tcpSocket: {}}')]),
      `${C0}.livenessProbe.tcpSocket.port: Invalid value`,
    ),
    bad(
      'invalid liveness probe, no action.',
      pod([c('live-123', 'livenessProbe: {successThreshold: 1}')]),
      `${C0}.livenessProbe: Required value`,
    ),
    bad(
      'invalid liveness probe, successThreshold != 1',
      pod([c('live-123', 'livenessProbe: {tcpSocket: {port: 80}, successThreshold: 2}')]),
      `${C0}.livenessProbe.successThreshold: Invalid value`,
    ),
    bad(
      'invalid startup probe, negative numbers',
      pod([
        c(
          'startup-123',
          'startupProbe: {tcpSocket: {port: 80}, initialDelaySeconds: -1, timeoutSeconds: -1, periodSeconds: -1, successThreshold: -1, failureThreshold: -1, terminationGracePeriodSeconds: -1}',
        ),
      ]),
      `${C0}.startupProbe.initialDelaySeconds: Invalid value`,
      `${C0}.startupProbe.timeoutSeconds: Invalid value`,
      `${C0}.startupProbe.periodSeconds: Invalid value`,
      `${C0}.startupProbe.successThreshold: Invalid value`,
      `${C0}.startupProbe.failureThreshold: Invalid value`,
      `${C0}.startupProbe.terminationGracePeriodSeconds: Invalid value`,
    ),
    bad(
      'invalid message termination policy',
      pod([c('life-123', 'terminationMessagePolicy: Unknown')]),
      `${C0}.terminationMessagePolicy: Unsupported value`,
    ),
    skip('empty message termination policy', DEFAULTED('terminationMessagePolicy (to File)')),
    skip(
      'privilege disabled',
      'the test turns off AllowPrivileged, a kube-apiserver flag (--allow-privileged) that is on by default',
    ),
    bad(
      'invalid compute resource',
      pod([c('abc-123', 'resources: {limits: {disk: 10G}}')]),
      `${C0}.resources.limits.disk: Invalid value`,
    ),
    bad(
      'Resource CPU invalid',
      pod([c('abc-123', lim('-10', '0'))]),
      `${C0}.resources.limits.cpu: Invalid value`,
    ),
    bad(
      'Resource Requests CPU invalid',
      pod([c('abc-123', 'resources: {requests: {cpu: "-10", memory: "0"}}')]),
      `${C0}.resources.requests.cpu: Invalid value`,
    ),
    bad(
      'Resource Memory invalid',
      pod([c('abc-123', lim('0', '-10'))]),
      `${C0}.resources.limits.memory: Invalid value`,
    ),
    // Upstream points at `resources.requests`; the resources family points at the request itself.
    bad(
      'Request limit simple invalid',
      pod([c('abc-123', limReq(['5', '3'], ['6', '3']))]),
      `${C0}.resources.requests.cpu: Invalid value`,
    ),
    bad(
      'Invalid storage limit request',
      pod([c('abc-123', 'resources: {limits: {attachable-volumes-aws-ebs: "10"}}')]),
      `${C0}.resources.limits.attachable-volumes-aws-ebs: Invalid value`,
    ),
    bad(
      'Memory request limit multiple invalid',
      pod([c('abc-123', limReq(['5', '3'], ['5', '4']))]),
      `${C0}.resources.requests.memory: Invalid value`,
    ),
    bad(
      'Invalid env from',
      pod([c('env-from-source', 'envFrom: [{configMapRef: {name: "$%^&*#"}}]')]),
      `${C0}.envFrom[0].configMapRef.name: Invalid value`,
    ),
    bad(
      'Unsupported resize policy for memory',
      pod([
        c(
          'resize-policy-mem-invalid',
          'resizePolicy: [{resourceName: memory, restartPolicy: RestartContainerrrr}]',
        ),
      ]),
      `${C0}.resizePolicy: Unsupported value`,
    ),
    bad(
      'Unsupported resize policy for CPU',
      pod([
        c(
          'resize-policy-cpu-invalid',
          'resizePolicy: [{resourceName: cpu, restartPolicy: RestartNotRequired}]',
        ),
      ]),
      `${C0}.resizePolicy: Unsupported value`,
    ),
    // In 1.34.1 ContainerRestartRules is off and the API drops a regular container's restartPolicy;
    // 1.33 refuses it, as the test (run without the gate's option) does.
    ...['Always', 'OnFailure', 'Never', 'invalid', '""'].map((p) =>
      at(
        '1.33',
        bad(
          `Forbidden RestartPolicy: ${p}`,
          pod([c('foo', `restartPolicy: ${p}`)]),
          `${C0}.restartPolicy: Forbidden`,
        ),
      ),
    ),
  ],
};

const initContainersSuite: UpstreamSuite = {
  test: 'TestValidateInitContainers',
  functions: ['validateInitContainers', 'validateContainerCommon', 'validateLifecycle'],
  source: SOURCE,
  cases: [
    ok(
      'success: sidecar with hooks and probes, init container with a resize policy',
      pod([c('app')], NEVER, [
        c(
          'container-1-same-host-port-different-protocol',
          'ports: [{containerPort: 80, hostPort: 80, protocol: TCP}, {containerPort: 80, hostPort: 80, protocol: UDP}]',
        ),
        c(
          'container-3-restart-always-with-lifecycle-hook-and-probes',
          `restartPolicy: Always, lifecycle: {postStart: {exec: {command: [echo, post start]}}, preStop: {exec: {command: [echo, pre stop]}}}, livenessProbe: ${TCP80}, readinessProbe: ${TCP80}, startupProbe: ${TCP80}`,
        ),
        c(
          'container-4-allowed-resize-policy',
          'resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}]',
        ),
      ]),
    ),
    bad('empty name', pod([c('app')], '', [c('""')]), `${I0}.name: Required value`),
    bad(
      'name collision with regular container',
      pod([c('app')], '', [c('app')]),
      `${I0}.name: Duplicate value`,
    ),
    bad(
      'invalid termination message policy',
      pod([c('app')], '', [c('init', 'terminationMessagePolicy: Unknown')]),
      `${I0}.terminationMessagePolicy: Unsupported value`,
    ),
    bad(
      'duplicate names',
      pod([c('app')], '', [c('init'), c('init')]),
      'spec.initContainers[1].name: Duplicate value',
    ),
    ...(['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const).map((f) =>
      bad(
        `uses disallowed field: ${f}`,
        pod([c('app')], '', [
          c(
            'debug',
            f === 'lifecycle'
              ? 'lifecycle: {preStop: {exec: {command: [ls, -l]}}}'
              : `${f}: ${TCP80}`,
          ),
        ]),
        `${I0}.${f}: Forbidden`,
      ),
    ),
    bad(
      'Disallowed field with other errors should only return a single Forbidden',
      pod([c('app')], '', [
        c(
          'debug',
          'startupProbe: {tcpSocket: {port: 80}, initialDelaySeconds: -1, timeoutSeconds: -1, terminationGracePeriodSeconds: -1}',
        ),
      ]),
      `${I0}.startupProbe: Forbidden`,
    ),
    ...['OnFailure', 'Never', 'invalid', '""'].map((p) =>
      at(
        '1.33',
        bad(
          `Not supported RestartPolicy: ${p}`,
          pod([c('app')], '', [c('init', `restartPolicy: ${p}`)]),
          `${I0}.restartPolicy: Unsupported value`,
        ),
      ),
    ),
    bad(
      'invalid startup probe in restartable container, successThreshold != 1',
      pod([c('app')], '', [
        c(
          'restartable-init',
          'restartPolicy: Always, startupProbe: {tcpSocket: {port: 80}, successThreshold: 2}',
        ),
      ]),
      `${I0}.startupProbe.successThreshold: Invalid value`,
    ),
    bad(
      'invalid lifecycle, no exec command.',
      pod([c('app')], '', [
        c('life-123', 'restartPolicy: Always, lifecycle: {preStop: {exec: {}}}'),
      ]),
      `${I0}.lifecycle.preStop.exec.command: Required value`,
    ),
    bad(
      'invalid lifecycle, zero tcp socket port.',
      pod([c('app')], '', [
        c('life-123', 'restartPolicy: Always, lifecycle: {preStop: {tcpSocket: {port: 0}}}'),
      ]),
      `${I0}.lifecycle.preStop.tcpSocket.port: Invalid value`,
    ),
    bad(
      'invalid lifecycle, no action.',
      pod([c('app')], '', [c('life-123', 'restartPolicy: Always, lifecycle: {preStop: {}}')]),
      `${I0}.lifecycle.preStop: Required value`,
    ),
    skip(
      'Not supported ResizePolicy: invalid',
      'runs with AllowSidecarResizePolicy off; InPlacePodVerticalScaling turns it on by default from 1.33, and before that the API drops resizePolicy',
    ),
  ],
};

/** TestValidateContainers and TestValidateInitContainers (the other suites of this area:
 * containers-fields.ts and containers-env.ts). */
export const CONTAINER_SUITES: readonly UpstreamSuite[] = [containersSuite, initContainersSuite];
