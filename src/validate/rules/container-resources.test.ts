import { describe, expect, it } from 'vitest';
import { isDNS1123Label } from '../apimachinery.ts';
import type { ErrorList } from '../field.ts';
import {
  apiQuantity,
  containerResources,
  validateContainerResourceName,
  validateContainerResourceRequirements,
  validatePodResourceName,
  validatePodResourceRequirements,
  validateResourceClaimNames,
  validateResourceName,
  validateResourceQuantityHugePageValue,
  validateResourceQuantityValue,
} from './container-resources.ts';
import { podResources } from './pod-resources.ts';
import { lint, pod } from './testing.ts';

const ids = [...containerResources.ids, ...podResources.ids];
const shown = (errs: ErrorList) => errs.map((e) => `${e.path.join('.')}: ${e.detail}`);
const q = (raw: string) => apiQuantity(raw)!;

describe('resource names', () => {
  it('validateResourceName: qualified, and standard without a prefix', () => {
    expect(shown(validateResourceName('pods', ['n']))).toEqual([]);
    expect(shown(validateResourceName('example.com/gpu', ['n']))).toEqual([]);
    expect(shown(validateResourceName('disk', ['n']))).toEqual([
      'n: Invalid value: "disk": must be a standard resource type or fully qualified',
    ]);
  });

  it('validateContainerResourceName: container resources, hugepages or extended names', () => {
    for (const ok of [
      'cpu',
      'memory',
      'ephemeral-storage',
      'hugepages-2Mi',
      'kubernetes.io/x',
      'my.org/resource',
    ])
      expect(shown(validateContainerResourceName(ok, ['n']))).toEqual([]);
    expect(shown(validateContainerResourceName('pods', ['n']))).toEqual([
      'n: Invalid value: "pods": must be a standard resource for containers',
    ]);
    expect(shown(validateContainerResourceName('attachable-volumes-aws-ebs', ['n']))).toEqual([
      'n: Invalid value: "attachable-volumes-aws-ebs": must be a standard resource type or fully qualified',
      'n: Invalid value: "attachable-volumes-aws-ebs": must be a standard resource for containers',
    ]);
    expect(shown(validateContainerResourceName('requests.example.com/x', ['n']))).toEqual([
      `n: Invalid value: "requests.example.com/x": doesn't follow extended resource name standard`,
    ]);
  });

  it('validatePodResourceName: cpu, memory and hugepages only', () => {
    expect(shown(validatePodResourceName('hugepages-1Gi', ['n']))).toEqual([]);
    expect(shown(validatePodResourceName('ephemeral-storage', ['n']))).toEqual([
      'n: Unsupported value: "ephemeral-storage": supported values: "cpu", "hugepages-", "memory"',
    ]);
  });
});

describe('resource values', () => {
  it('ValidateResourceQuantityValue: not negative, whole for extended resources', () => {
    expect(shown(validateResourceQuantityValue('cpu', q('500m'), ['v']))).toEqual([]);
    expect(shown(validateResourceQuantityValue('cpu', q('-10'), ['v']))).toEqual([
      'v: Invalid value: "-10": must be greater than or equal to 0',
    ]);
    expect(shown(validateResourceQuantityValue('example.com/gpu', q('1.5'), ['v']))).toEqual([
      'v: Invalid value: "1500m": must be an integer',
    ]);
    expect(apiQuantity('0.1m')?.text).toBe('1m');
  });

  it('validateResourceQuantityHugePageValue: whole pages', () => {
    expect(shown(validateResourceQuantityHugePageValue('hugepages-2Mi', q('4Mi'), ['v']))).toEqual(
      [],
    );
    expect(shown(validateResourceQuantityHugePageValue('hugepages-2Mi', q('3Mi'), ['v']))).toEqual([
      'v: Invalid value: "3Mi": 3Mi is not positive integer multiple of hugepages-2Mi',
    ]);
    expect(shown(validateResourceQuantityHugePageValue('hugepages-x', q('1'), ['v']))).toEqual([
      'v: Invalid value: "1": 1 is not positive integer multiple of hugepages-x',
    ]);
  });
});

describe('validateResourceRequirements', () => {
  it('accepts equal requests and limits of hugepages beside cpu', () => {
    const res = {
      limits: { cpu: '10', 'hugepages-2Mi': '2Mi' },
      requests: { cpu: '10', 'hugepages-2Mi': '2Mi' },
    };
    expect(shown(validateContainerResourceRequirements(res, undefined, ['r']))).toEqual([]);
  });

  it('wants non-overcommittable requests equal to a limit, and hugepages beside cpu or memory', () => {
    const res = {
      limits: { 'hugepages-2Mi': '2Mi', 'example.com/gpu': '2' },
      requests: { 'hugepages-2Mi': '2Mi', 'example.com/gpu': '1', 'example.com/fpga': '1' },
    };
    expect(shown(validateContainerResourceRequirements(res, undefined, ['r']))).toEqual([
      'r.requests: Invalid value: "1": must be equal to example.com/gpu limit of 2',
      'r.limits: Required value: Limit must be set for non overcommitable resources',
      'r: Forbidden: HugePages require cpu or memory',
    ]);
  });

  it('validatePodResourceRequirements uses the pod-level names', () => {
    expect(
      shown(validatePodResourceRequirements({ limits: { cpu: '1' } }, undefined, ['r'])),
    ).toEqual([]);
    expect(
      validatePodResourceRequirements({ limits: { 'kubernetes.io/': '2' } }, undefined, ['r']).map(
        (e) => e.detail.slice(0, 47),
      ),
    ).toEqual([
      'Invalid value: "kubernetes.io/": name part must',
      'Invalid value: "kubernetes.io/": name part must',
    ]);
    expect(
      shown(
        validatePodResourceRequirements({ requests: { 'example.com/x': '1' } }, undefined, ['r']),
      ),
    ).toEqual([
      'r.requests.example.com/x: Unsupported value: "example.com/x": supported values: "cpu", "hugepages-", "memory"',
      'r.limits: Required value: Limit must be set for non overcommitable resources',
    ]);
  });

  it('validateResourceClaimNames: known, unique claims', () => {
    expect(shown(validateResourceClaimNames([{ name: 'gpu' }], ['gpu'], ['c']))).toEqual([]);
    expect(
      shown(
        validateResourceClaimNames(
          [{ name: 'gpu' }, { name: 'gpu' }, { name: 'x', request: 'A' }, { name: '' }],
          ['gpu'],
          ['c'],
        ),
      ),
    ).toEqual([
      'c.1: Duplicate value: "gpu"',
      `c.2.request: Invalid value: "A": ${isDNS1123Label('A')[0]}`,
      'c.2: Not found: "x": must be one of the names in pod.spec.resourceClaims: gpu',
      'c.3: Required value',
    ]);
    expect(shown(validateResourceClaimNames([{ name: 'x' }], [], ['c']))).toEqual([
      'c.0: Not found: "x": must be one of the names in pod.spec.resourceClaims which is empty',
    ]);
  });
});

describe('container-resources-invalid and pod-resources-invalid', () => {
  const text = pod(`  resources:
    limits:
      ephemeral-storage: 1Gi
  containers:
    - name: app
      image: nginx:1.27
      resources:
        limits:
          cpu: "1"
          disk: 10G
          example.com/gpu: "1"
        requests:
          example.com/gpu: "1"
          memory: "-1Mi"
`);

  it('reports container and pod-level resources', () => {
    expect(lint(text, ids)).toEqual([
      'error pod-resources-invalid spec.resources.limits.ephemeral-storage: Unsupported value: "ephemeral-storage": supported values: "cpu", "hugepages-", "memory"',
      'error container-resources-invalid spec.containers[0].resources.limits.disk: Invalid value: "disk": must be a standard resource type or fully qualified',
      'error container-resources-invalid spec.containers[0].resources.limits.disk: Invalid value: "disk": must be a standard resource for containers',
      'error container-resources-invalid spec.containers[0].resources.requests.memory: Invalid value: "-1Mi": must be greater than or equal to 0',
    ]);
  });

  it('leaves pod-level resources alone before 1.34 (PodLevelResources off, the field dropped)', () => {
    expect(lint(text, ['pod-resources-invalid'], '1.33')).toEqual([]);
  });

  it('accepts sound requirements', () => {
    const ok = pod(`  resources:
    requests:
      cpu: "1"
    limits:
      cpu: "2"
  containers:
    - name: app
      image: nginx:1.27
      resources:
        requests:
          cpu: 500m
          memory: 128Mi
          example.com/gpu: "1"
        limits:
          memory: 256Mi
          example.com/gpu: "1"
          hugepages-2Mi: 4Mi
`);
    expect(lint(ok, ids)).toEqual([]);
  });
});
