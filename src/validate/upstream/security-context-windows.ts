import type { UpstreamCase, UpstreamSuite } from './cases.ts';
import { ctr, indent, podManifest, podSc, q, SOURCE } from './security-context.ts';

// Windows security options and HostProcess pods (see security-context.ts for the source read).

const W = 'spec.securityContext.windowsOptions';

/** A Pod whose pod-level windowsOptions are `options` (field → string value). */
const windows = (options: Record<string, string>) =>
  podSc(
    `windowsOptions:\n${Object.entries(options)
      .map(([k, v]) => `  ${k}: ${q(v)}\n`)
      .join('')}`,
  );

const opt = (
  name: string,
  options: Record<string, string>,
  field?: 'gmsaCredentialSpecName' | 'gmsaCredentialSpec' | 'runAsUserName',
): UpstreamCase => ({
  name,
  yaml: windows(options),
  errors: field ? [`${W}.${field}: Invalid value`] : [],
});

const user = (name: string, value: string, bad: boolean) =>
  opt(name, { runAsUserName: value }, bad ? 'runAsUserName' : undefined);

const optionsSuite: UpstreamSuite = {
  test: 'TestValidateWindowsSecurityContextOptions',
  functions: ['validateWindowsSecurityContextOptions'],
  source: SOURCE,
  cases: [
    { name: 'a nil pointer', yaml: podSc('runAsNonRoot: false\n'), errors: [] },
    { name: 'an empty struct', yaml: podSc('windowsOptions: {}\n'), errors: [] },
    opt('a valid input', {
      gmsaCredentialSpecName: 'dummy-gmsa-crep-spec-name',
      gmsaCredentialSpec: 'dummy-gmsa-crep-spec-contents',
    }),
    opt(
      'a GMSA cred spec name that is not a valid resource name',
      { gmsaCredentialSpecName: 'not_a-valid-gmsa-crep-spec-name' },
      'gmsaCredentialSpecName',
    ),
    opt('empty GMSA cred spec contents', { gmsaCredentialSpec: '' }, 'gmsaCredentialSpec'),
    opt(
      'GMSA cred spec contents that are too long',
      { gmsaCredentialSpec: 'a'.repeat(64 * 1024 + 1) },
      'gmsaCredentialSpec',
    ),
    {
      name: 'RunAsUserName is nil',
      yaml: podSc('windowsOptions:\n  runAsUserName: null\n'),
      errors: [],
    },
    user('a valid RunAsUserName', 'Container. User', false),
    user('a valid RunAsUserName with NetBios Domain', 'Network Service\\Container. User', false),
    user(
      'a valid RunAsUserName with DNS Domain',
      `${'fOo'.repeat(20)}.liSH\\Container. User`,
      false,
    ),
    user(
      'a valid RunAsUserName with DNS Domain with a single character segment',
      `${'fOo'.repeat(20)}.l\\Container. User`,
      false,
    ),
    user(
      'a valid RunAsUserName with a long single segment DNS Domain',
      `${'a'.repeat(42)}\\Container. User`,
      false,
    ),
    user('an empty RunAsUserName', '', true),
    user('RunAsUserName containing a control character', 'Container\tUser', true),
    user('RunAsUserName containing too many backslashes', 'Container\\Foo\\Lish', true),
    user('RunAsUserName containing backslash but empty Domain', '\\User', true),
    user('RunAsUserName containing backslash but empty User', 'Container\\', true),
    user("RunAsUserName's NetBios Domain is too long", `NetBios ${'a'.repeat(8)}\\user`, true),
    user(
      "RunAsUserName's DNS Domain is too long",
      `${`${'a'.repeat(63)}.`.repeat(4).slice(0, 253)}.com\\user`,
      true,
    ),
    user("RunAsUserName's User is too long", 'a'.repeat(105), true),
    user("RunAsUserName's User cannot contain only spaces or periods", '... ...', true),
    user("RunAsUserName's NetBios Domain cannot start with a dot", '.FooLish\\User', true),
    user(
      "RunAsUserName's NetBios Domain cannot contain invalid characters",
      'Foo? Lish?\\User',
      true,
    ),
    user(
      "RunAsUserName's DNS Domain cannot contain invalid characters",
      `${'a'.repeat(32)}.com-\\user`,
      true,
    ),
    user("RunAsUserName's User cannot contain invalid characters", 'Container/User', true),
  ],
};

const HP = (v: boolean) => `windowsOptions:\n  hostProcess: ${v}\n`;

/** A HostProcess-style Pod: pod hostProcess (or none), hostNetwork, and its containers. */
function hostProcessPod(
  pod: boolean | undefined,
  hostNetwork: boolean,
  containers: string,
  init = '',
  ephemeral = '',
): string {
  const sc = pod === undefined ? '' : `  securityContext:\n${indent(HP(pod), 4)}`;
  const net = hostNetwork ? '  hostNetwork: true\n' : '';
  const inits = init ? `  initContainers:\n${init}` : '';
  const eph = ephemeral ? `  ephemeralContainers:\n${ephemeral}` : '';
  return podManifest(`${net}${sc}${inits}  containers:\n${containers}${eph}`);
}

const c = (v?: boolean) => ctr('container', v === undefined ? '' : HP(v));
const i = (v?: boolean) => ctr('init', v === undefined ? '' : HP(v));
const e = (v?: boolean) => ctr('debug', v === undefined ? '' : HP(v));

const ALL_HOST_PROCESS = 'spec: Invalid value';
const MISMATCH = (path: string) =>
  `${path}.securityContext.windowsOptions.hostProcess: Invalid value`;
const EPHEMERAL_ON_CREATE =
  'a Pod cannot be created with ephemeralContainers (they are added later through the ephemeralcontainers subresource), so a manifest cannot hold this valid pod';

const hostProcessSuite: UpstreamSuite = {
  test: 'TestValidateWindowsHostProcessPod',
  functions: ['validateWindowsHostProcessPod'],
  source: SOURCE,
  cases: [
    {
      name: 'Spec with feature enabled, pod-wide HostProcess=true, and HostNetwork unset should not validate',
      yaml: hostProcessPod(true, false, c()),
      errors: ['spec.hostNetwork: Invalid value'],
    },
    {
      name: 'Spec with feature enabled, pod-wide HostProcess=ture, and HostNetwork set should validate',
      yaml: hostProcessPod(true, true, c()),
      errors: [],
    },
    {
      name: 'Spec with feature enabled, pod-wide HostProcess=ture, HostNetwork set, and containers setting HostProcess=true should validate',
      yaml: hostProcessPod(true, true, c(true), i(true)),
      errors: [],
    },
    {
      name: 'Spec with feature enabled, pod-wide HostProcess=nil, HostNetwork set, and all containers setting HostProcess=true should validate',
      yaml: hostProcessPod(undefined, true, c(true), i(true)),
      errors: [],
    },
    {
      name: 'Pods with feature enabled, some containers setting HostProcess=true, and others setting HostProcess=false should not validate',
      yaml: hostProcessPod(undefined, true, c(true), i(false)),
      errors: [ALL_HOST_PROCESS],
    },
    {
      name: 'Spec with feature enabled, some containers setting HostProcess=true, and other leaving HostProcess unset should not validate',
      yaml: hostProcessPod(undefined, true, c(true), i()),
      errors: [ALL_HOST_PROCESS],
    },
    {
      name: 'Spec with feature enabled, pod-wide HostProcess=true, some containers setting HostProcess=true, and init containers setting HostProcess=false should not validate',
      yaml: hostProcessPod(true, true, c(true), i(false)),
      errors: [MISMATCH('spec.initContainers[0]'), ALL_HOST_PROCESS],
    },
    {
      name: 'Spec with feature enabled, pod-wide HostProcess=true, some containers setting HostProcess=true, and others setting HostProcess=false should not validate',
      yaml: hostProcessPod(true, true, `${c(true)}${ctr('other', HP(false))}`),
      errors: [MISMATCH('spec.containers[1]'), ALL_HOST_PROCESS],
    },
    {
      name: 'Spec with feature enabled, pod-wide HostProcess=true, some containers setting HostProcess=true, and others leaving HostProcess=nil should validate',
      yaml: hostProcessPod(true, true, c(true), i()),
      errors: [],
    },
    {
      name: 'Spec with feature enabled, pod-wide HostProcess=false, some contaienrs setting HostProccess=true should not validate',
      yaml: hostProcessPod(false, true, c(true), i()),
      errors: [MISMATCH('spec.containers[0]'), ALL_HOST_PROCESS],
    },
    {
      name: "Pod's HostProcess set to true but all containers override to false should not validate",
      yaml: hostProcessPod(true, true, c(false)),
      errors: [MISMATCH('spec.containers[0]')],
    },
    {
      name: 'Valid HostProcess pod should spec should not validate if allowPrivileged is not set',
      yaml: hostProcessPod(undefined, true, c(true)),
      errors: ['spec: Forbidden'],
      skip: 'HostProcess containers are refused only when the API server runs without --allow-privileged, cluster configuration no manifest shows',
    },
    {
      name: 'Non-HostProcess ephemeral container in HostProcess pod should not validate',
      yaml: hostProcessPod(true, true, c(), '', e(false)),
      errors: [MISMATCH('spec.ephemeralContainers[0]'), ALL_HOST_PROCESS],
    },
    {
      name: 'HostProcess ephemeral container in HostProcess pod should validate',
      yaml: hostProcessPod(true, true, c(), '', e()),
      errors: [],
      skip: EPHEMERAL_ON_CREATE,
    },
    {
      name: 'Non-HostProcess ephemeral container in Non-HostProcess pod should validate',
      yaml: hostProcessPod(undefined, false, c(), '', e(false)),
      errors: [],
      skip: EPHEMERAL_ON_CREATE,
    },
    {
      name: 'HostProcess ephemeral container in Non-HostProcess pod should not validate',
      yaml: hostProcessPod(undefined, false, c(), '', e(true)),
      errors: [ALL_HOST_PROCESS, 'spec.hostNetwork: Invalid value'],
    },
  ],
};

/** The Windows suites. */
export const SECURITY_WINDOWS_SUITES: readonly UpstreamSuite[] = [optionsSuite, hostProcessSuite];
