import type { UpstreamSuite } from './cases.ts';
import { at, bad, c, C0, NEVER, ok, pod, skip, SOURCE, TCP80 } from './containers.ts';

// Ephemeral containers, resize policies, pull policies and handlers: Kubernetes' validation tests,
// ported as manifests (split off containers.ts; same source and conventions).

const E0 = 'spec.ephemeralContainers[0]';
const EPHEMERAL_CREATE = 'spec.ephemeralContainers: Forbidden';
const ephemeralPod = (...ephemeral: string[]) => pod([c('ctr')], '', [c('ictr')], ephemeral);

const ephemeralSuite: UpstreamSuite = {
  test: 'TestValidateEphemeralContainers',
  functions: ['validateEphemeralContainers', 'validateFieldAllowList', 'ValidatePodCreate'],
  source: SOURCE,
  cases: [
    skip(
      'success cases',
      'ephemeral containers are added through the ephemeralcontainers subresource: any manifest with them is refused on create (ValidatePodCreate) or in a template',
    ),
    bad(
      'Name Collision with Container.Containers',
      ephemeralPod(c('ctr'), c('debug1')),
      EPHEMERAL_CREATE,
      `${E0}.name: Duplicate value`,
    ),
    bad(
      'Name Collision with Container.InitContainers',
      ephemeralPod(c('ictr'), c('debug1')),
      `${E0}.name: Duplicate value`,
    ),
    bad(
      'Name Collision with EphemeralContainers',
      ephemeralPod(c('debug1'), c('debug1')),
      'spec.ephemeralContainers[1].name: Duplicate value',
    ),
    bad(
      'empty Container',
      ephemeralPod('{}'),
      `${E0}.name: Required value`,
      `${E0}.image: Required value`,
    ),
    bad(
      'whitespace padded image name',
      ephemeralPod('{name: debug, image: " image"}'),
      `${E0}.image: Invalid value`,
    ),
    bad(
      'invalid image pull policy',
      ephemeralPod(c('debug', 'imagePullPolicy: PullThreeTimes')),
      `${E0}.imagePullPolicy: Unsupported value`,
    ),
    bad(
      "TargetContainerName doesn't exist",
      ephemeralPod(c('debug', 'targetContainerName: bogus')),
      `${E0}.targetContainerName: Not found`,
    ),
    bad(
      'Targets an ephemeral container',
      ephemeralPod(c('debug'), c('debugception', 'targetContainerName: debug')),
      'spec.ephemeralContainers[1].targetContainerName: Not found',
    ),
    ...[
      ['Lifecycle', 'lifecycle: {preStop: {exec: {command: [ls, -l]}}}'],
      ['LivenessProbe', `livenessProbe: ${TCP80}`],
      ['Ports', 'ports: [{protocol: TCP, containerPort: 80}]'],
      ['ReadinessProbe', `readinessProbe: ${TCP80}`],
      ['StartupProbe', `startupProbe: ${TCP80}`],
      ['Resources', 'resources: {limits: {cpu: "10"}}'],
      ['ResizePolicy', 'resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}]'],
    ].map(([f, yaml]) =>
      bad(
        `Container uses disallowed field: ${f}`,
        ephemeralPod(c('debug', yaml)),
        `${E0}.${f![0]!.toLowerCase()}${f!.slice(1)}: Forbidden`,
      ),
    ),
    ...['subPath: foo', 'subPathExpr: $(POD_NAME)'].map((m) =>
      bad(
        `Container uses disallowed field: VolumeMount.${m.split(':')[0]}`,
        pod(
          [c('ctr')],
          '',
          [],
          [
            c(
              'debug',
              `volumeMounts: [{name: vol, mountPath: /vol}, {name: vol, mountPath: /volsub, ${m}}]`,
            ),
          ],
        ) + '  volumes: [{name: vol, emptyDir: {}}]\n',
        `${E0}.volumeMounts[1].${m.split(':')[0]}: Forbidden`,
      ),
    ),
    bad(
      'Disallowed field with other errors should only return a single Forbidden',
      ephemeralPod(c('debug', 'lifecycle: {preStop: {exec: {command: []}}}')),
      `${E0}.lifecycle: Forbidden`,
    ),
    // The API drops an ephemeral container's restartPolicy in 1.34 (ContainerRestartRules off).
    ...['Always', 'OnFailure', 'Never', 'invalid', '""'].map((p) =>
      at(
        '1.33',
        bad(
          `Forbidden RestartPolicy: ${p}`,
          ephemeralPod(c('foo', `restartPolicy: ${p}`)),
          `${E0}.restartPolicy: Forbidden`,
        ),
      ),
    ),
  ],
};

const resize = (...policies: string[]) =>
  c(
    'app',
    `resizePolicy: [${policies
      .map((p) => {
        const [r, rp] = p.split('=');
        return `{resourceName: ${r}, restartPolicy: ${rp || '""'}}`;
      })
      .join(', ')}]`,
  );
const resizeSuite: UpstreamSuite = {
  test: 'TestValidateResizePolicy',
  functions: ['validateResizePolicy'],
  source: SOURCE,
  cases: [
    ok('ValidCPUandMemoryPolicies', pod([resize('cpu=NotRequired', 'memory=RestartContainer')])),
    ok('ValidCPUPolicy', pod([resize('cpu=RestartContainer')])),
    ok('ValidMemoryPolicy', pod([resize('memory=NotRequired')])),
    ok('NoPolicy', pod([c('app', 'resizePolicy: []')])),
    bad(
      'ValidCPUandInvalidMemoryPolicy',
      pod([resize('cpu=NotRequired', 'memory=Restarrrt')]),
      `${C0}.resizePolicy: Unsupported value`,
    ),
    bad(
      'ValidMemoryandInvalidCPUPolicy',
      pod([resize('cpu=RestartNotRequirrred', 'memory=RestartContainer')]),
      `${C0}.resizePolicy: Unsupported value`,
    ),
    bad(
      'InvalidResourceNameValidPolicy',
      pod([resize('cpuuu=NotRequired')]),
      `${C0}.resizePolicy: Unsupported value`,
    ),
    bad(
      'ValidResourceNameMissingPolicy',
      pod([resize('memory=')]),
      `${C0}.resizePolicy: Required value`,
    ),
    bad(
      'RepeatedPolicies',
      pod([resize('cpu=NotRequired', 'memory=RestartContainer', 'cpu=RestartContainer')]),
      `${C0}.resizePolicy[2]: Duplicate value`,
    ),
    bad(
      'InvalidCPUPolicyWithPodRestartPolicy',
      pod([resize('cpu=NotRequired', 'memory=RestartContainer')], NEVER),
      `${C0}.resizePolicy: Invalid value`,
    ),
    bad(
      'InvalidMemoryCPUPolicyWithPodRestartPolicy',
      pod([resize('cpu=RestartContainer', 'memory=RestartContainer')], NEVER),
      `${C0}.resizePolicy: Invalid value`,
    ),
    ok(
      'ValidMemoryCPUPolicyWithPodRestartPolicy',
      pod([resize('cpu=NotRequired', 'memory=NotRequired')], NEVER),
    ),
    at(
      '1.32',
      ok('dropped while InPlacePodVerticalScaling is off (1.32)', pod([resize('cpuuu=Restarrrt')])),
    ),
  ],
};

const pullPolicySuite: UpstreamSuite = {
  test: 'TestValidatePullPolicy',
  functions: ['validatePullPolicy'],
  source: SOURCE,
  cases: [
    ok(
      'NotPresent1, NotPresent2, Always1, Always2, Never1, Never2',
      pod(
        ['IfNotPresent', 'Always', 'Never'].flatMap((p) => [
          `{name: ${p.toLowerCase()}-latest, image: "image:latest", imagePullPolicy: ${p}}`,
          `{name: ${p.toLowerCase()}-untagged, image: image, imagePullPolicy: ${p}}`,
        ]),
      ),
    ),
  ],
};

const probe = (handler: string) => pod([c('app', `readinessProbe: ${handler}`)]);
const R = `${C0}.readinessProbe`;
const handlerSuite: UpstreamSuite = {
  test: 'TestValidateHandler',
  functions: ['validateHandler', 'validateHTTPGetAction', 'ValidatePortNumOrName'],
  source: SOURCE,
  cases: [
    ok('exec', probe('{exec: {command: [echo]}}')),
    ok('httpGet port 1', probe('{httpGet: {path: /, port: 1, scheme: HTTP}}')),
    ok(
      'httpGet port 65535 with host',
      probe('{httpGet: {path: /foo, port: 65535, host: host, scheme: HTTP}}'),
    ),
    ok(
      'httpGet named port with headers',
      probe(
        '{httpGet: {path: /, port: port, httpHeaders: [{name: Host, value: foo.example.com}, {name: X-Forwarded-For, value: 1.2.3.4}, {name: X-Forwarded-For, value: 5.6.7.8}]}}',
      ),
    ),
    bad('no handler', probe('{periodSeconds: 10}'), `${R}: Required value`),
    bad(
      'exec without command',
      probe('{exec: {command: []}}'),
      `${R}.exec.command: Required value`,
    ),
    bad(
      'httpGet port 0',
      probe('{httpGet: {path: "", port: 0}}'),
      `${R}.httpGet.port: Invalid value`,
    ),
    bad(
      'httpGet port 65536',
      probe('{httpGet: {path: /foo, port: 65536, host: host}}'),
      `${R}.httpGet.port: Invalid value`,
    ),
    bad(
      'httpGet empty port name',
      probe('{httpGet: {path: "", port: ""}}'),
      `${R}.httpGet.port: Invalid value`,
    ),
    bad(
      'header name Host:',
      probe(
        '{httpGet: {path: /, port: port, httpHeaders: [{name: "Host:", value: foo.example.com}]}}',
      ),
      `${R}.httpGet.httpHeaders: Invalid value`,
    ),
    bad(
      'header name X_Forwarded_For',
      probe(
        '{httpGet: {path: /, port: port, httpHeaders: [{name: X_Forwarded_For, value: foo.example.com}]}}',
      ),
      `${R}.httpGet.httpHeaders: Invalid value`,
    ),
  ],
};

/** TestValidateEphemeralContainers, TestValidateResizePolicy, TestValidatePullPolicy, TestValidateHandler. */
export const CONTAINER_FIELD_SUITES: readonly UpstreamSuite[] = [
  ephemeralSuite,
  resizeSuite,
  pullPolicySuite,
  handlerSuite,
];
