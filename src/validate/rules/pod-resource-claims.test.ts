import { describe, expect, it } from 'vitest';
import { formatPath } from '../../yaml/path.ts';
import { isDNS1123Label, isDNS1123Subdomain } from '../apimachinery.ts';
import type { ErrorList } from '../field.ts';
import { validatePodResourceClaims } from './pod-resource-claims.ts';
import { lint, pod } from './testing.ts';

const msgs = (errs: ErrorList) => errs.map((e) => `${formatPath(e.path)}: ${e.detail}`);
const IDS = ['pod-resource-claims-invalid'];

describe('validatePodResourceClaims', () => {
  it('accepts named claims by reference or template', () => {
    const claims = [
      { name: 'my-claim', resourceClaimName: 'some-claim' },
      { name: 'another', resourceClaimTemplateName: 'some-template' },
    ];
    expect(validatePodResourceClaims(claims, ['c'])).toEqual([]);
  });

  it('rejects bad, empty and repeated names', () => {
    const claims = [
      { name: '../my-claim', resourceClaimName: 'x' },
      { name: '', resourceClaimName: 'x' },
      { name: 'a', resourceClaimName: 'x' },
      { name: 'a', resourceClaimName: 'x' },
    ];
    expect(msgs(validatePodResourceClaims(claims, ['c']))).toEqual([
      ...isDNS1123Label('../my-claim').map((m) => `c[0].name: Invalid value: "../my-claim": ${m}`),
      'c[1].name: Required value',
      'c[3].name: Duplicate value: "a"',
    ]);
  });

  it('needs exactly one source, each a valid name', () => {
    expect(msgs(validatePodResourceClaims([{ name: 'a' }], ['c']))).toEqual([
      'c[0]: Invalid value: {"Name":"a","ResourceClaimName":null,"ResourceClaimTemplateName":null}: must specify one of: `resourceClaimName`, `resourceClaimTemplateName`',
    ]);
    const both = [{ name: 'a', resourceClaimName: 'x', resourceClaimTemplateName: '.foo_bar' }];
    expect(msgs(validatePodResourceClaims(both, ['c']))).toEqual([
      'c[0]: Invalid value: {"Name":"a","ResourceClaimName":"x","ResourceClaimTemplateName":".foo_bar"}: at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified',
      ...isDNS1123Subdomain('.foo_bar').map(
        (m) => `c[0].resourceClaimTemplateName: Invalid value: ".foo_bar": ${m}`,
      ),
    ]);
  });
});

describe('resource claims in a manifest', () => {
  const spec = `  resourceClaims:\n    - name: gpu\n      resourceClaimTemplateName: gpu-template\n    - name: gpu\n      resourceClaimName: shared\n  containers:\n    - name: app\n      image: nginx:1.27.3\n      resources:\n        claims:\n          - name: gpu\n`;

  it('checks spec.resourceClaims from 1.34', () => {
    expect(lint(pod(spec), IDS)).toEqual([
      'error pod-resource-claims-invalid spec.resourceClaims[1].name: Duplicate value: "gpu"',
    ]);
  });

  it('is silent where DynamicResourceAllocation is off by default (the field is dropped)', () => {
    expect(lint(pod(spec), IDS, '1.33')).toEqual([]);
  });
});
