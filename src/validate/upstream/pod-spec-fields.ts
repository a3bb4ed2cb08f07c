import type { UpstreamCase, UpstreamSuite } from './cases.ts';
import { bad, ok, podWith, SOURCE } from './scheduling.ts';
import { stringify } from 'yaml';

// The other pod-level fields of ValidatePodSpec (see scheduling.ts for the source read): the
// cases of TestValidatePodSpec about them, readiness gates, os and the fields an OS rules out,
// overhead and resource claims. TestValidatePodSpec's cases about volumes, containers, security
// contexts and host ports belong to the suites of those areas.

/** A Pod with pod-spec `fields` and its own container list. */
const podSpec = (fields: object) =>
  stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: fields });
const ctr = (name: string, more: object = {}) => ({ name, image: 'nginx:1.27.3', ...more });

const validatePodSpec: UpstreamSuite = {
  test: 'TestValidatePodSpec',
  functions: [
    'ValidatePodSpec',
    'validateDNSPolicy',
    'ValidateHostAliases',
    'ValidateNodeName',
    'ValidatePriorityClassName',
    'ValidateRuntimeClassName',
  ],
  source: SOURCE,
  cases: [
    ok('populate basic fields, leave defaults for most', podWith({})),
    ok(
      'populate all fields',
      podSpec({
        initContainers: [ctr('ictr')],
        volumes: [{ name: 'vol', emptyDir: {} }],
        nodeSelector: { key: 'value' },
        nodeName: 'foobar',
        activeDeadlineSeconds: 2147483647,
        serviceAccountName: 'acct',
        containers: [ctr('ctr')],
      }),
    ),
    ok(
      'populate HostAliases',
      podWith({ hostAliases: [{ ip: '12.34.56.78', hostnames: ['host1', 'host2'] }] }),
    ),
    ok(
      'populate HostAliases with `foo.bar` hostnames',
      podWith({ hostAliases: [{ ip: '12.34.56.78', hostnames: ['host1.foo', 'host2.bar'] }] }),
    ),
    ok(
      'populate HostAliases with HostNetwork',
      podWith({
        hostNetwork: true,
        hostAliases: [{ ip: '12.34.56.78', hostnames: ['host1.foo', 'host2.bar'] }],
      }),
    ),
    ok('populate PriorityClassName', podWith({ priorityClassName: 'valid-name' })),
    ok('populate RuntimeClassName', podWith({ runtimeClassName: 'valid-sandbox' })),
    ok('populate Overhead', podWith({ overhead: {} })),
    bad('bad DNS policy', podWith({ dnsPolicy: 'invalid' }), 'spec.dnsPolicy: Unsupported value'),
    bad(
      'with hostAliases with invalid IP',
      podWith({
        hostNetwork: false,
        hostAliases: [{ ip: '999.999.999.999', hostnames: ['host1', 'host2'] }],
      }),
      'spec.hostAliases[0].ip: Invalid value',
    ),
    bad(
      'with hostAliases with invalid hostname',
      podWith({
        hostNetwork: false,
        hostAliases: [{ ip: '12.34.56.78', hostnames: ['@#$^#@#$'] }],
      }),
      'spec.hostAliases[0].hostnames[0]: Invalid value',
    ),
    bad(
      'bad-active-deadline-seconds',
      podWith({ activeDeadlineSeconds: 0 }),
      'spec.activeDeadlineSeconds: Invalid value',
    ),
    bad(
      'active-deadline-seconds-too-large',
      podWith({ activeDeadlineSeconds: 2147483648 }),
      'spec.activeDeadlineSeconds: Invalid value',
    ),
    bad('bad nodeName', podWith({ nodeName: 'node name' }), 'spec.nodeName: Invalid value'),
    bad(
      'bad PriorityClassName',
      podWith({ priorityClassName: 'InvalidName' }),
      'spec.priorityClassName: Invalid value',
    ),
    bad(
      'bad RuntimeClassName',
      podWith({ runtimeClassName: 'invalid/sandbox' }),
      'spec.runtimeClassName: Invalid value',
    ),
  ],
};

const readinessGates: UpstreamSuite = {
  test: 'TestValidatePodReadinessGates',
  functions: ['validateReadinessGates'],
  source: SOURCE,
  cases: [
    ok('no gate', podWith({ readinessGates: [] })),
    ok(
      'one readiness gate',
      podWith({ readinessGates: [{ conditionType: 'example.com/condition' }] }),
    ),
    ok(
      'two readiness gates',
      podWith({
        readinessGates: [
          { conditionType: 'example.com/condition1' },
          { conditionType: 'example.com/condition2' },
        ],
      }),
    ),
    bad(
      'invalid condition type',
      podWith({ readinessGates: [{ conditionType: 'invalid/condition/type' }] }),
      'spec.readinessGates[0].conditionType: Invalid value',
    ),
  ],
};

const os: UpstreamSuite = {
  test: 'TestValidateOS',
  functions: ['validateOS'],
  source: SOURCE,
  cases: [
    ok('no OS field, featuregate', podWith({})),
    bad('empty OS field, featuregate', podWith({ os: {} }), 'spec.os.name: Required value'),
    // Upstream gives both valid cases the same name.
    ok('OS field, featuregate, valid OS (linux)', podWith({ os: { name: 'linux' } })),
    ok('OS field, featuregate, valid OS (windows)', podWith({ os: { name: 'windows' } })),
    bad(
      'OS field, featuregate, empty OS',
      podWith({ os: { name: '' } }),
      'spec.os.name: Required value',
    ),
    bad(
      'OS field, featuregate, invalid OS',
      podWith({ os: { name: 'dummyOS' } }),
      'spec.os: Unsupported value',
    ),
  ],
};

/** A pod of `osName` whose one container has `securityContext`. */
const osPod = (osName: string, securityContext: object, podFields: object = {}) =>
  podSpec({ os: { name: osName }, ...podFields, containers: [ctr('ctr', { securityContext })] });
const C = 'spec.containers[0].securityContext';

const windows: UpstreamSuite = {
  test: 'TestValidateWindowsSecurityContext',
  functions: ['validateWindows'],
  source: SOURCE,
  cases: [
    bad(
      'pod with SELinux Options',
      osPod('windows', { seLinuxOptions: { role: 'dummy' } }),
      `${C}.seLinuxOptions: Forbidden`,
    ),
    bad(
      'pod with SeccompProfile',
      osPod('windows', { seccompProfile: { type: 'Localhost', localhostProfile: 'dummy' } }),
      `${C}.seccompProfile: Forbidden`,
    ),
    bad(
      'pod with AppArmorProfile',
      osPod('windows', { appArmorProfile: { type: 'RuntimeDefault' } }),
      `${C}.appArmorProfile: Forbidden`,
    ),
    ok(
      'pod with WindowsOptions, no error',
      osPod('windows', { windowsOptions: { runAsUserName: 'dummy' } }),
    ),
  ],
};

const linux: UpstreamSuite = {
  test: 'TestValidateLinuxSecurityContext',
  functions: ['validateLinux'],
  source: SOURCE,
  cases: [
    ok(
      'valid SC, linux, no error',
      osPod('linux', {
        privileged: false,
        capabilities: { add: ['foo'], drop: ['bar'] },
        seLinuxOptions: { user: 'user', role: 'role', type: 'type', level: 'level' },
        runAsUser: 1,
      }),
    ),
    bad(
      'invalid SC, linux, error',
      osPod('linux', { windowsOptions: { runAsUserName: 'myUser' } }),
      `${C}.windowsOptions: Forbidden`,
    ),
  ],
};

const windowsGroupsPolicy: UpstreamSuite = {
  test: 'TestValidateWindowsPodSecurityContextSupplementalGroupsPolicy',
  functions: ['validateWindows'],
  source: SOURCE,
  cases: [
    ok('nil SecurityContext is valid', podWith({ os: { name: 'windows' } })),
    ok(
      'nil SupplementalGroupdPolicy is valid',
      podWith({ os: { name: 'windows' }, securityContext: {} }),
    ),
    bad(
      'non-empty SupplementalGroupdPolicy is invalid',
      podWith({ os: { name: 'windows' }, securityContext: { supplementalGroupsPolicy: 'Merge' } }),
      'spec.securityContext.supplementalGroupsPolicy: Forbidden',
    ),
  ],
};

const overhead: UpstreamSuite = {
  test: 'TestValidateOverhead',
  functions: ['validateOverhead'],
  source: SOURCE,
  cases: [
    ok('Valid Overhead for CPU + Memory', podWith({ overhead: { cpu: '10', memory: '10G' } })),
    bad(
      'Invalid Overhead Resources',
      podWith({ overhead: { 'my.org': '10m' } }),
      'spec.overhead.limits["my.org"]: Invalid value',
    ),
  ],
};

/** A Pod with `claims` and one container (or init container) consuming `uses`. */
const dra = (claims: object[], uses?: object[], list = 'containers'): string =>
  podSpec({
    ...(list === 'initContainers'
      ? { initContainers: [ctr('ctr-init', { resources: { claims: uses } })] }
      : {}),
    containers: [ctr('ctr', list === 'containers' && uses ? { resources: { claims: uses } } : {})],
    ...(claims.length ? { resourceClaims: claims } : {}),
  });
const byName = (name: string) => ({ name, resourceClaimName: 'some-claim' });
const R = 'spec.resourceClaims';
const U = 'spec.containers[0].resources.claims';
const EPHEMERAL =
  'ephemeral containers cannot be set when a Pod is created, and templates have none';

const draCases: UpstreamCase[] = [
  ok(
    'resource claim reference',
    dra([byName('my-claim-reference')], [{ name: 'my-claim-reference' }]),
  ),
  ok(
    'resource claim template',
    dra(
      [{ name: 'my-claim-template', resourceClaimTemplateName: 'some-claim-template' }],
      [{ name: 'my-claim-template' }],
    ),
  ),
  ok(
    'multiple claims',
    dra(
      [byName('my-claim'), byName('another-claim')],
      [{ name: 'my-claim' }, { name: 'another-claim' }],
    ),
  ),
  ok(
    'multiple claims with requests',
    dra(
      [byName('my-claim'), byName('another-claim')],
      [
        { name: 'my-claim', request: 'req-0' },
        { name: 'another-claim', request: 'req-0' },
      ],
    ),
  ),
  ok(
    'single claim with requests',
    dra(
      [byName('my-claim')],
      [
        { name: 'my-claim', request: 'req-0' },
        { name: 'my-claim', request: 'req-1' },
      ],
    ),
  ),
  ok('init container', dra([byName('my-claim')], [{ name: 'my-claim' }], 'initContainers')),
  bad('pod claim name with prefix', dra([byName('../my-claim')]), `${R}[0].name: Invalid value`),
  bad('pod claim name with path', dra([byName('my/claim')]), `${R}[0].name: Invalid value`),
  bad('pod claim name empty', dra([byName('')]), `${R}[0].name: Required value`),
  bad(
    'duplicate pod claim entries',
    dra([byName('my-claim'), byName('my-claim')]),
    `${R}[1].name: Duplicate value`,
  ),
  bad('resource claim source empty', dra([{ name: 'my-claim' }]), `${R}[0]: Invalid value`),
  bad(
    'resource claim reference and template',
    dra(
      [{ ...byName('my-claim'), resourceClaimTemplateName: 'some-claim-template' }],
      [{ name: 'my-claim' }],
    ),
    `${R}[0]: Invalid value`,
  ),
  bad(
    'claim not found',
    dra([byName('my-claim')], [{ name: 'no-such-claim' }]),
    `${U}[0]: Not found`,
  ),
  bad('claim name empty', dra([byName('my-claim')], [{ name: '' }]), `${U}[0]: Required value`),
  bad(
    'pod claim name duplicates',
    dra([byName('my-claim')], [{ name: 'my-claim' }, { name: 'my-claim' }]),
    `${U}[1]: Duplicate value`,
  ),
  bad(
    'pod claim name duplicates without and with request',
    dra([byName('my-claim')], [{ name: 'my-claim' }, { name: 'my-claim', request: 'req-0' }]),
    `${U}[1]: Duplicate value`,
  ),
  bad(
    'pod claim name duplicates with and without request',
    dra([byName('my-claim')], [{ name: 'my-claim', request: 'req-0' }, { name: 'my-claim' }]),
    `${U}[1]: Duplicate value`,
  ),
  bad(
    'pod claim name duplicates with requests',
    dra(
      [byName('my-claim')],
      [
        { name: 'my-claim', request: 'req-0' },
        { name: 'my-claim', request: 'req-0' },
      ],
    ),
    `${U}[1]: Duplicate value`,
  ),
  bad(
    'bad request name',
    dra([byName('my-claim')], [{ name: 'my-claim', request: '*$@%^' }]),
    `${U}[0].request: Invalid value`,
  ),
  bad('no claims defined', dra([], [{ name: 'my-claim' }]), `${U}[0]: Not found`),
  bad(
    'duplicate pod claim name',
    dra([byName('my-claim'), byName('my-claim')], [{ name: 'my-claim' }]),
    `${R}[1].name: Duplicate value`,
  ),
  ok("ephemeral container don't support resource requirements", podWith({}), { skip: EPHEMERAL }),
  bad(
    'invalid claim template name',
    dra(
      [{ name: 'my-claim-template', resourceClaimTemplateName: '.foo_bar' }],
      [{ name: 'my-claim-template' }],
    ),
    `${R}[0].resourceClaimTemplateName: Invalid value`,
  ),
  bad(
    'invalid claim reference name',
    dra(
      [{ name: 'my-claim-reference', resourceClaimName: '.foo_bar' }],
      [{ name: 'my-claim-reference' }],
    ),
    `${R}[0].resourceClaimName: Invalid value`,
  ),
];

const resourceClaims: UpstreamSuite = {
  test: 'TestValidateDynamicResourceAllocation',
  functions: ['validatePodResourceClaims', 'validateResourceClaimNames'],
  source: SOURCE,
  cases: draCases,
};

/** Every suite of the other pod-spec fields, for upstream/index.ts. */
export const POD_SPEC_FIELD_SUITES: readonly UpstreamSuite[] = [
  validatePodSpec,
  readinessGates,
  os,
  windows,
  linux,
  windowsGroupsPolicy,
  overhead,
  resourceClaims,
];
