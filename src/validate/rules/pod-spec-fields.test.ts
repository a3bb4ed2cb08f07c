import { describe, expect, it } from 'vitest';
import { formatPath } from '../../yaml/path.ts';
import { isDNS1123Subdomain, isQualifiedName } from '../apimachinery.ts';
import type { ErrorList } from '../field.ts';
import {
  validateActiveDeadlineSeconds,
  validateLinux,
  validateOS,
  validateOverhead,
  validatePreemptionPolicy,
  validateReadinessGates,
  validateSubdomainName,
  validateWindows,
} from './pod-spec-fields.ts';
import { lint, pod } from './testing.ts';

const msgs = (errs: ErrorList) => errs.map((e) => `${formatPath(e.path)}: ${e.detail}`);
const APP = '  containers:\n    - name: app\n      image: nginx:1.27.3\n';
const IDS = ['pod-readiness-gates-invalid', 'pod-os-invalid', 'pod-spec-field-invalid'];

describe('validateReadinessGates', () => {
  it('accepts qualified condition types', () => {
    const gates = [{ conditionType: 'example.com/condition1' }, { conditionType: 'Ready2' }];
    expect(validateReadinessGates(gates, ['g'])).toEqual([]);
  });

  it('rejects an invalid condition type', () => {
    expect(
      msgs(validateReadinessGates([{ conditionType: 'invalid/condition/type' }], ['g'])),
    ).toEqual(
      isQualifiedName('invalid/condition/type').map(
        (m) => `g[0].conditionType: Invalid value: "invalid/condition/type": ${m}`,
      ),
    );
  });
});

describe('validateOS', () => {
  it('accepts linux and windows, and no os', () => {
    expect(validateOS({ name: 'linux' }, ['os'], '1.34')).toEqual([]);
    expect(validateOS({ name: 'windows' }, ['os'], '1.34')).toEqual([]);
    expect(validateOS(undefined, ['os'], '1.34')).toEqual([]);
  });

  it('rejects an empty or unknown name (worded by version)', () => {
    expect(msgs(validateOS({}, ['os'], '1.34'))).toEqual(['os.name: Required value']);
    expect(msgs(validateOS({ name: '' }, ['os'], '1.33'))).toEqual([
      'os.name: Required value: cannot be empty',
    ]);
    expect(msgs(validateOS({ name: 'dummyOS' }, ['os'], '1.34'))).toEqual([
      'os: Unsupported value: "dummyOS": supported values: "linux", "windows"',
    ]);
  });
});

describe('validateLinux', () => {
  it('forbids windowsOptions in a linux pod', () => {
    const spec = {
      containers: [{ name: 'a', securityContext: { windowsOptions: { runAsUserName: 'u' } } }],
    };
    expect(msgs(validateLinux(spec, ['spec']))).toEqual([
      'spec.containers[0].securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod',
    ]);
    expect(
      validateLinux({ containers: [{ name: 'a', securityContext: { runAsUser: 1 } }] }, ['spec']),
    ).toEqual([]);
  });
});

describe('validateWindows', () => {
  it('forbids Linux-only pod and container fields', () => {
    const spec = {
      hostPID: true,
      shareProcessNamespace: false,
      securityContext: { seLinuxOptions: { role: 'r' }, supplementalGroupsPolicy: 'Strict' },
      containers: [
        {
          name: 'a',
          securityContext: { seccompProfile: { type: 'RuntimeDefault' }, runAsNonRoot: true },
        },
      ],
    };
    expect(msgs(validateWindows(spec, ['spec'], '1.34'))).toEqual([
      'spec.securityContext.seLinuxOptions: Forbidden: cannot be set for a windows pod',
      'spec.hostPID: Forbidden: cannot be set for a windows pod',
      'spec.shareProcessNamespace: Forbidden: cannot be set for a windows pod',
      'spec.securityContext.supplementalGroupsPolicy: Forbidden: cannot be set for a windows pod',
      'spec.containers[0].securityContext.seccompProfile: Forbidden: cannot be set for a windows pod',
    ]);
  });

  it('leaves alone what the version drops or does not serve', () => {
    const spec = {
      hostUsers: false,
      securityContext: {
        supplementalGroupsPolicy: 'Strict',
        appArmorProfile: { type: 'RuntimeDefault' },
      },
      containers: [{ name: 'a', securityContext: { windowsOptions: { runAsUserName: 'u' } } }],
    };
    expect(validateWindows(spec, ['spec'], '1.29')).toEqual([]);
  });
});

describe('names and numbers of the pod spec', () => {
  it('validateSubdomainName', () => {
    expect(validateSubdomainName('node-1.example.com', ['n'])).toEqual([]);
    expect(validateSubdomainName('', ['n'])).toEqual([]);
    expect(msgs(validateSubdomainName('', ['n'], false))).toEqual(
      isDNS1123Subdomain('').map((m) => `n: Invalid value: "": ${m}`),
    );
    expect(msgs(validateSubdomainName('node name', ['n']))).toEqual(
      isDNS1123Subdomain('node name').map((m) => `n: Invalid value: "node name": ${m}`),
    );
  });

  it('validateActiveDeadlineSeconds', () => {
    expect(validateActiveDeadlineSeconds(2147483647, ['a'])).toEqual([]);
    expect(msgs(validateActiveDeadlineSeconds(0, ['a']))).toEqual([
      'a: Invalid value: 0: must be between 1 and 2147483647, inclusive',
    ]);
    expect(msgs(validateActiveDeadlineSeconds(2147483648, ['a']))).toEqual([
      'a: Invalid value: 2147483648: must be between 1 and 2147483647, inclusive',
    ]);
  });

  it('validatePreemptionPolicy', () => {
    expect(validatePreemptionPolicy('Never', ['p'])).toEqual([]);
    expect(msgs(validatePreemptionPolicy('', ['p']))).toEqual(['p: Required value']);
    expect(msgs(validatePreemptionPolicy('Always', ['p']))).toEqual([
      'p: Unsupported value: "Always": supported values: "PreemptLowerPriority", "Never"',
    ]);
  });

  it('validateOverhead', () => {
    expect(validateOverhead({ cpu: '10', memory: '10G' }, ['o'])).toEqual([]);
    expect(msgs(validateOverhead({ 'my.org': '10m' }, ['o']))).toEqual([
      'o.limits["my.org"]: Invalid value: "my.org": must be a standard resource type or fully qualified',
      'o.limits["my.org"]: Invalid value: "my.org": must be a standard resource for containers',
    ]);
    expect(msgs(validateOverhead({ cpu: '-1', 'example.com/gpu': '500m' }, ['o']))).toEqual([
      'o.limits.cpu: Invalid value: "-1": must be greater than or equal to 0',
      'o.limits["example.com/gpu"]: Invalid value: "500m": must be an integer',
    ]);
    expect(msgs(validateOverhead({ 'hugepages-2Mi': '2Mi' }, ['o']))).toEqual([
      'o: Forbidden: HugePages require cpu or memory',
    ]);
  });
});

describe('the podSpecFields family', () => {
  it('is quiet on valid fields', () => {
    const spec = `  os:\n    name: linux\n  nodeName: node-1\n  activeDeadlineSeconds: 600\n  priorityClassName: high-priority\n  runtimeClassName: gvisor\n  preemptionPolicy: Never\n  terminationGracePeriodSeconds: 0\n  readinessGates:\n    - conditionType: example.com/ready\n${APP}`;
    expect(lint(pod(spec), IDS)).toEqual([]);
  });

  it('runs the OS checks only for a valid os', () => {
    expect(lint(pod(`  os:\n    name: Windows\n  hostPID: true\n${APP}`), IDS)).toEqual([
      'error pod-os-invalid spec.os: Unsupported value: "Windows": supported values: "linux", "windows"',
    ]);
    expect(lint(pod(`  os:\n    name: windows\n  hostIPC: true\n${APP}`), IDS)).toEqual([
      'error pod-os-invalid spec.hostIPC: Forbidden: cannot be set for a windows pod',
    ]);
  });
});
