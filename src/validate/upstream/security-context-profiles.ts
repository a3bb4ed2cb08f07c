import type { UpstreamCase, UpstreamSuite } from './cases.ts';
import { ctr, indent, podManifest, q, SOURCE } from './security-context.ts';

// Seccomp and AppArmor: fields, the deprecated annotations, and their agreement (see
// security-context.ts for the source read).

const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CTR = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CTR = 'container.apparmor.security.beta.kubernetes.io/';

const ok = (name: string, yaml: string): UpstreamCase => ({ name, yaml, errors: [] });
const bad = (name: string, yaml: string, ...errors: string[]): UpstreamCase => ({
  name,
  yaml,
  errors,
});

/** A profile field (seccompProfile / appArmorProfile) as YAML at zero indent. */
const profile = (field: string, type: string, local?: string) =>
  `${field}:\n  type: ${q(type)}\n${local === undefined ? '' : `  localhostProfile: ${q(local)}\n`}`;
const seccomp = (type: string, local?: string) => profile('seccompProfile', type, local);
const apparmor = (type: string, local?: string) => profile('appArmorProfile', type, local);

/** A Pod: annotations, a pod securityContext and the securityContext of its container `name`. */
function pod(
  annotations: Record<string, string>,
  podSc = '',
  containerSc = '',
  name = 'ctr',
): string {
  const sc = podSc ? `  securityContext:\n${indent(podSc, 4)}` : '';
  return podManifest(`${sc}  containers:\n${ctr(name, containerSc)}`, annotations);
}

const PS = 'spec.securityContext.seccompProfile';
const CS = 'spec.containers[0].securityContext.seccompProfile';
const NAME = 'container';

const annotationAndFieldSuite: UpstreamSuite = {
  test: 'TestValidateSeccompAnnotationAndField',
  functions: ['validateSeccompAnnotationsAndFields'],
  source: SOURCE,
  cases: [
    bad(
      'Field type unconfined and annotation does not match',
      pod({ [SECCOMP_POD]: 'not-matching' }, seccomp('Unconfined')),
      `${PS}.type: Forbidden`,
    ),
    bad(
      'Field type default and annotation does not match',
      pod({ [SECCOMP_POD]: 'not-matching' }, seccomp('RuntimeDefault')),
      `${PS}.type: Forbidden`,
    ),
    bad(
      'Field type localhost and annotation does not match',
      pod({ [SECCOMP_POD]: 'not-matching' }, seccomp('Localhost', 'test')),
      `${PS}.type: Forbidden`,
    ),
    bad(
      'Field type localhost and localhost/ prefixed annotation does not match',
      pod({ [SECCOMP_POD]: 'localhost/not-matching' }, seccomp('Localhost', 'test')),
      `${PS}.localhostProfile: Forbidden`,
    ),
    ...(
      [
        ['unconfined', 'not-matching', seccomp('Unconfined'), 'type'],
        ['default', 'not-matching', seccomp('RuntimeDefault'), 'type'],
        ['localhost', 'not-matching', seccomp('Localhost', 'test'), 'type'],
        ['localhost', 'localhost/not-matching', seccomp('Localhost', 'test'), 'localhostProfile'],
      ] as const
    ).map(([type, value, field, where]) =>
      bad(
        `Field type ${type} and ${value.startsWith('localhost/') ? 'localhost/ prefixed ' : ''}annotation does not match (container)`,
        pod({ [`${SECCOMP_CTR}${NAME}`]: value }, '', field, NAME),
        `${CS}.${where}: Forbidden`,
      ),
    ),
    // Upstream asserts that no match error is added for an unknown type; a manifest still gets the
    // type's own error, which is what this case checks.
    bad(
      'Nil errors must not be appended (pod)',
      pod({ [SECCOMP_POD]: 'localhost/anyprofile' }, seccomp('Abc'), '', NAME),
      `${PS}.type: Unsupported value`,
    ),
    bad(
      'Nil errors must not be appended (container)',
      pod({ [`${SECCOMP_CTR}${NAME}`]: 'localhost/not-matching' }, '', seccomp('Abc'), NAME),
      `${CS}.type: Unsupported value`,
    ),
  ],
};

const matchSuite: UpstreamSuite = {
  test: 'TestValidateSeccompAnnotationsAndFieldsMatch',
  functions: ['validateSeccompAnnotationsAndFieldsMatch'],
  source: SOURCE,
  cases: [
    ok('seccompField nil should return empty', pod({ [SECCOMP_POD]: 'unconfined' })),
    ok(
      'unconfined annotation and SeccompProfileTypeUnconfined should return empty',
      pod({ [SECCOMP_POD]: 'unconfined' }, seccomp('Unconfined')),
    ),
    ok(
      'runtime/default annotation and SeccompProfileTypeRuntimeDefault should return empty',
      pod({ [SECCOMP_POD]: 'runtime/default' }, seccomp('RuntimeDefault')),
    ),
    ok(
      'docker/default annotation and SeccompProfileTypeRuntimeDefault should return empty',
      pod({ [SECCOMP_POD]: 'docker/default' }, seccomp('RuntimeDefault')),
    ),
    ok(
      'localhost/test.json annotation and SeccompProfileTypeLocalhost with correct profile should return empty',
      pod({ [SECCOMP_POD]: 'localhost/test.json' }, seccomp('Localhost', 'test.json')),
    ),
    bad(
      'localhost/test.json annotation and SeccompProfileTypeLocalhost without profile should error',
      pod({ [SECCOMP_POD]: 'localhost/test.json' }, seccomp('Localhost')),
      `${PS}.localhostProfile: Forbidden`,
    ),
    bad(
      'localhost/test.json annotation and SeccompProfileTypeLocalhost with different profile should error',
      pod({ [SECCOMP_POD]: 'localhost/test.json' }, seccomp('Localhost', 'different.json')),
      `${PS}.localhostProfile: Forbidden`,
    ),
    bad(
      'localhost/test.json annotation and SeccompProfileTypeUnconfined with different profile should error',
      pod({ [SECCOMP_POD]: 'localhost/test.json' }, seccomp('Unconfined')),
      `${PS}.type: Forbidden`,
    ),
    bad(
      'localhost/test.json annotation and SeccompProfileTypeRuntimeDefault with different profile should error',
      pod({ [SECCOMP_POD]: 'localhost/test.json' }, seccomp('RuntimeDefault')),
      `${PS}.type: Forbidden`,
    ),
  ],
};

/** A Deployment whose template has `annotations` and the pod-spec lines `spec`. */
function deployment(annotations: Record<string, string>, spec: string): string {
  const meta = Object.entries(annotations)
    .map(([k, v]) => `        ${k}: ${q(v)}\n`)
    .join('');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
      annotations:
${meta}    spec:
${indent(spec, 4)}`;
}

const T = 'spec.template.spec';
const templateSuite: UpstreamSuite = {
  test: 'TestValidatePodTemplateSpecSeccomp',
  functions: ['validateSeccompAnnotationsAndFields'],
  source: SOURCE,
  cases: [
    bad(
      'seccomp field and container annotation must match',
      deployment(
        { [`${SECCOMP_CTR}test2`]: 'unconfined' },
        `  containers:\n${ctr('test1')}${ctr('test2', seccomp('RuntimeDefault'))}`,
      ),
      `${T}.containers[1].securityContext.seccompProfile.type: Forbidden`,
    ),
    bad(
      'seccomp field and pod annotation must match',
      deployment(
        { [SECCOMP_POD]: 'runtime/default' },
        `  securityContext:\n${indent(seccomp('Unconfined'), 4)}  containers:\n${ctr('test1')}`,
      ),
      `${T}.securityContext.seccompProfile.type: Forbidden`,
    ),
    bad(
      'init seccomp field and container annotation must match',
      deployment(
        { [`${SECCOMP_CTR}init-test`]: 'unconfined' },
        `  initContainers:\n${ctr('init-test', seccomp('RuntimeDefault'))}  containers:\n${ctr('test1')}`,
      ),
      `${T}.initContainers[0].securityContext.seccompProfile.type: Forbidden`,
    ),
  ],
};

const A = (name: string) => `metadata.annotations["${APPARMOR_CTR}${name}"]`;
const formatSuite: UpstreamSuite = {
  test: 'TestValidateAppArmorProfileFormat',
  functions: ['ValidateAppArmorProfileFormat', 'ValidateAppArmorPodAnnotations'],
  source: SOURCE,
  cases: [
    ...['', 'runtime/default', 'unconfined', 'localhost//usr/sbin/ntpd', 'localhost/foo-bar'].map(
      (v) => ok(`valid ${q(v)}`, pod({ [`${APPARMOR_CTR}ctr`]: v })),
    ),
    bad(
      'invalid "baz" (missing local prefix)',
      pod({ [`${APPARMOR_CTR}ctr`]: 'baz' }),
      `${A('ctr')}: Invalid value`,
    ),
  ],
};

const podSuite: UpstreamSuite = {
  test: 'TestValidatePod',
  functions: [
    'ValidateSeccompPodAnnotations',
    'validateSeccompProfileField',
    'ValidateAppArmorPodAnnotations',
    'ValidateAppArmorProfileField',
    'validateAppArmorAnnotationsAndFieldsMatchOnCreate',
    'validateSysctls',
  ],
  source: SOURCE,
  cases: [
    ok('runtime default seccomp profile', pod({ [SECCOMP_POD]: 'runtime/default' })),
    ok('docker default seccomp profile', pod({ [SECCOMP_POD]: 'unconfined' })),
    ok('localhost seccomp profile', pod({ [SECCOMP_POD]: 'localhost/foo' })),
    ok(
      'localhost seccomp profile for a container',
      pod({ [`${SECCOMP_CTR}foo`]: 'localhost/foo' }),
    ),
    ok('runtime default seccomp profile for a pod', pod({}, seccomp('RuntimeDefault'))),
    ok('runtime default seccomp profile for a container', pod({}, '', seccomp('Unconfined'))),
    ok('localhost seccomp profile for a pod', pod({}, seccomp('Localhost', 'filename.json'))),
    ok(
      'localhost seccomp profile for a container, II',
      pod({}, '', seccomp('Localhost', 'filename.json')),
    ),
    ok(
      'default AppArmor annotation for a container',
      pod({ [`${APPARMOR_CTR}ctr`]: 'runtime/default' }),
    ),
    ok(
      'default AppArmor annotation for an init container',
      podManifest(`  initContainers:\n${ctr('init-ctr')}  containers:\n${ctr('ctr')}`, {
        [`${APPARMOR_CTR}init-ctr`]: 'runtime/default',
      }),
    ),
    ok(
      'localhost AppArmor annotation for a container',
      pod({ [`${APPARMOR_CTR}ctr`]: 'localhost/foo' }),
    ),
    ok('runtime default AppArmor profile for a pod', pod({}, apparmor('RuntimeDefault'))),
    ok('unconfined AppArmor profile for a container', pod({}, '', apparmor('Unconfined'))),
    ok(
      'localhost AppArmor profile for a pod',
      pod({}, apparmor('Localhost', 'example-org/application-foo')),
    ),
    ok(
      'matching AppArmor fields and annotations',
      pod({ [`${APPARMOR_CTR}ctr`]: 'localhost/foo' }, '', apparmor('Localhost', 'foo')),
    ),
    ok(
      'matching AppArmor pod field and annotations',
      pod({ [`${APPARMOR_CTR}ctr`]: 'localhost/foo' }, apparmor('Localhost', 'foo')),
    ),
    ok(
      'syntactically valid sysctls',
      pod(
        {},
        'sysctls:\n  - name: kernel.shmmni\n    value: "32768"\n  - name: kernel.shmmax\n    value: "1000000000"\n  - name: knet.ipv4.route.min_pmtu\n    value: "1000"\n',
      ),
    ),
    bad(
      'must be a valid pod seccomp profile',
      pod({ [SECCOMP_POD]: 'foo' }),
      `metadata.annotations["${SECCOMP_POD}"]: Invalid value`,
    ),
    bad(
      'must be a valid container seccomp profile',
      pod({ [`${SECCOMP_CTR}foo`]: 'foo' }),
      `metadata.annotations["${SECCOMP_CTR}foo"]: Invalid value`,
    ),
    bad(
      'must be a non-empty container profile in seccomp annotation',
      pod({ [`${SECCOMP_CTR}foo`]: '' }),
      `metadata.annotations["${SECCOMP_CTR}foo"]: Invalid value`,
    ),
    bad(
      'must match seccomp profile type and pod annotation',
      pod({ [SECCOMP_POD]: 'unconfined' }, seccomp('RuntimeDefault')),
      `${PS}.type: Forbidden`,
    ),
    bad(
      'must match seccomp profile type and container annotation',
      pod({ [`${SECCOMP_CTR}ctr`]: 'unconfined' }, '', seccomp('RuntimeDefault')),
      `${CS}.type: Forbidden`,
    ),
    bad(
      'must be a relative path in a node-local seccomp profile annotation',
      pod({ [SECCOMP_POD]: 'localhost//foo' }),
      `metadata.annotations["${SECCOMP_POD}"]: Invalid value`,
    ),
    bad(
      "must not start with '../'",
      pod({ [SECCOMP_POD]: 'localhost/../foo' }),
      `metadata.annotations["${SECCOMP_POD}"]: Invalid value`,
    ),
    bad(
      'AppArmor profile must apply to a container',
      podManifest(`  initContainers:\n${ctr('init-ctr')}  containers:\n${ctr('ctr')}`, {
        [`${APPARMOR_CTR}ctr`]: 'runtime/default',
        [`${APPARMOR_CTR}init-ctr`]: 'runtime/default',
        [`${APPARMOR_CTR}fake-ctr`]: 'runtime/default',
      }),
      `${A('fake-ctr')}: Invalid value`,
    ),
    bad(
      'AppArmor profile format must be valid',
      pod({ [`${APPARMOR_CTR}ctr`]: 'bad-name' }),
      `${A('ctr')}: Invalid value`,
    ),
    bad(
      'only default AppArmor profile may start with runtime/',
      pod({ [`${APPARMOR_CTR}ctr`]: 'runtime/foo' }),
      `${A('ctr')}: Invalid value`,
    ),
    bad(
      'unsupported pod AppArmor profile type',
      pod({}, apparmor('test')),
      'spec.securityContext.appArmorProfile.type: Unsupported value',
    ),
    bad(
      'unsupported container AppArmor profile type',
      pod({}, '', apparmor('test')),
      'spec.containers[0].securityContext.appArmorProfile.type: Unsupported value',
    ),
    bad(
      'missing pod AppArmor profile type',
      pod({}, apparmor('')),
      'spec.securityContext.appArmorProfile.type: Required value',
    ),
    bad(
      'missing AppArmor localhost profile',
      pod({}, apparmor('Localhost')),
      'spec.securityContext.appArmorProfile.localhostProfile: Required value',
    ),
    bad(
      'empty AppArmor localhost profile',
      pod({}, apparmor('Localhost', '')),
      'spec.securityContext.appArmorProfile.localhostProfile: Required value',
    ),
    bad(
      'invalid AppArmor localhost profile type',
      pod({}, apparmor('RuntimeDefault', 'foo-bar')),
      'spec.securityContext.appArmorProfile.localhostProfile: Invalid value',
    ),
    bad(
      'invalid AppArmor localhost profile',
      pod({}, apparmor('Localhost', 'foo-bar ')),
      'spec.securityContext.appArmorProfile.localhostProfile: Invalid value',
    ),
    bad(
      'too long AppArmor localhost profile',
      pod({}, apparmor('Localhost', 'a'.repeat(4096))),
      'spec.securityContext.appArmorProfile.localhostProfile: Too long',
    ),
    bad(
      'mismatched AppArmor field and annotation types',
      pod({ [`${APPARMOR_CTR}ctr`]: 'runtime/default' }, '', apparmor('Unconfined')),
      'spec.containers[0].securityContext.appArmorProfile.type: Forbidden',
    ),
    {
      name: 'mismatched AppArmor pod field and annotation types',
      yaml: pod({ [`${APPARMOR_CTR}ctr`]: 'runtime/default' }, apparmor('Unconfined')),
      errors: ['spec.containers[0].securityContext.appArmorProfile.type: Forbidden'],
      skip: 'upstream validates the object as given; the API first copies a valid annotation into a container without its own appArmorProfile (applyAppArmorVersionSkew), so this Pod is accepted. Its template form is rejected: see the unit tests',
    },
    bad(
      'mismatched AppArmor localhost profiles',
      pod({ [`${APPARMOR_CTR}ctr`]: 'localhost/foo' }, '', apparmor('Localhost', 'bar')),
      'spec.containers[0].securityContext.appArmorProfile.localhostProfile: Forbidden',
    ),
  ],
};

/** The seccomp and AppArmor suites. */
export const SECURITY_PROFILE_SUITES: readonly UpstreamSuite[] = [
  annotationAndFieldSuite,
  matchSuite,
  templateSuite,
  formatSuite,
  podSuite,
];
