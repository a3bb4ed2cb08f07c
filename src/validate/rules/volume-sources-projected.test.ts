import { describe, expect, it } from 'vitest';
import { formatPath } from '../../yaml/path.ts';
import type { ErrorList } from '../field.ts';
import type { VolumeOptions } from './volume-sources-files.ts';
import {
  isKubernetesSignerName,
  validateProjectedVolumeSource,
  validateProjectionSources,
  validateServiceAccountTokenProjection,
  validateSignerName,
} from './volume-sources-projected.ts';
import { lint, pod } from './testing.ts';

const opts: VolumeOptions = { resourceIsPod: true, k8s: '1.34' };
const v136: VolumeOptions = { resourceIsPod: true, k8s: '1.36' };
const text = (errs: ErrorList) => errs.map((e) => `${formatPath(e.path)}: ${e.detail}`);
const at = ['projected'];

describe('validateSignerName', () => {
  it('wants a domain with a dot and one path segment', () => {
    expect(text(validateSignerName(['s'], 'example.com'))).toEqual([
      `s: Invalid value: "example.com": must be a fully qualified domain and path of the form 'example.com/signer-name'`,
    ]);
    expect(text(validateSignerName(['s'], 'example/signer'))).toEqual([
      's: Invalid value: "example": should be a domain with at least two segments separated by dots',
    ]);
    expect(text(validateSignerName(['s'], ''))).toEqual(['s: Required value']);
    expect(validateSignerName(['s'], 'example.com/my-signer')).toEqual([]);
  });

  it('isKubernetesSignerName: kubernetes.io and its subdomains', () => {
    expect(isKubernetesSignerName('kubernetes.io/kube-apiserver-client')).toBe(true);
    expect(isKubernetesSignerName('beta.kubernetes.io/x')).toBe(true);
    expect(isKubernetesSignerName('example.com/x')).toBe(false);
  });
});

describe('validateServiceAccountTokenProjection', () => {
  it('keeps expirationSeconds between 10 minutes and 2^32 seconds, path local', () => {
    expect(
      text(validateServiceAccountTokenProjection({ expirationSeconds: 599, path: 't' }, ['t'])),
    ).toEqual([
      't.expirationSeconds: Invalid value: 599: may not specify a duration less than 10 minutes',
    ]);
    expect(
      text(
        validateServiceAccountTokenProjection({ expirationSeconds: 2 ** 32 + 1, path: 't' }, ['t']),
      ),
    ).toEqual([
      't.expirationSeconds: Invalid value: 4294967297: may not specify a duration larger than 2^32 seconds',
    ]);
    expect(text(validateServiceAccountTokenProjection({ path: '' }, ['t']))).toEqual([
      't.path: Required value',
    ]);
    expect(
      validateServiceAccountTokenProjection({ expirationSeconds: 600, path: 'token' }, ['t']),
    ).toEqual([]);
  });
});

describe('validateProjectionSources', () => {
  it('allows one projection per source', () => {
    const p = { sources: [{ secret: { name: 's' }, downwardAPI: {} }] };
    expect(text(validateProjectionSources(p, at, opts))).toEqual([
      'projected.sources[0]: Forbidden: may not specify more than 1 volume type per source',
    ]);
  });

  it('refuses a file path used by two sources, at the projected volume', () => {
    const p = {
      sources: [
        { secret: { name: 's', items: [{ key: 'a', path: 'x' }] } },
        { configMap: { name: 'c', items: [{ key: 'b', path: 'x' }] } },
        { downwardAPI: { items: [{ path: 'x', fieldRef: { fieldPath: 'metadata.name' } }] } },
      ],
    };
    expect(text(validateProjectionSources(p, at, opts))).toEqual([
      'projected: Invalid value: "c": conflicting duplicate paths',
      'projected: Invalid value: "x": conflicting duplicate paths',
    ]);
    const distinct = {
      sources: [
        { secret: { name: 's', items: [{ key: 'a', path: 'a' }] } },
        { configMap: { name: 'c', items: [{ key: 'b', path: 'b' }] } },
        { serviceAccountToken: { path: 'token' } },
      ],
    };
    expect(validateProjectionSources(distinct, at, opts)).toEqual([]);
  });

  it('checks items and downward API files by their own paths', () => {
    const p = {
      sources: [
        { secret: { name: 's', items: [{ key: '', path: '/abs' }] } },
        { downwardAPI: { items: [{ path: 'n', fieldRef: { fieldPath: 'spec.nodeName' } }] } },
      ],
    };
    expect(text(validateProjectionSources(p, at, opts))).toEqual([
      'projected.sources[0].secret.items[0].key: Required value',
      'projected.sources[0].secret.items[0].path: Invalid value: "/abs": must be a relative path',
      'projected.sources[1].downwardAPI.items[0].fieldRef.fieldPath: Unsupported value: "spec.nodeName": supported values: "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"',
    ]);
  });

  it('leaves clusterTrustBundle and podCertificate alone while their gates are off (1.34, 1.35)', () => {
    const p = {
      sources: [{ clusterTrustBundle: { path: '' }, podCertificate: { keyType: 'DSA' } }],
    };
    expect(validateProjectionSources(p, at, opts)).toEqual([]);
    expect(validateProjectionSources(p, at, { ...opts, k8s: '1.35' })).toEqual([]);
  });

  it('validates clusterTrustBundle where its gate is not known to be off (1.36)', () => {
    const both = {
      sources: [{ clusterTrustBundle: { name: 'a', signerName: 'x.io/y', path: 'p' } }],
    };
    expect(text(validateProjectionSources(both, at, v136))).toEqual([
      'projected.sources[0].clusterTrustBundle: Invalid value: {"name":"a","signerName":"x.io/y","path":"p"}: only one of name and signerName may be used',
    ]);
    const neither = { sources: [{ clusterTrustBundle: { path: 'p' } }] };
    expect(text(validateProjectionSources(neither, at, v136))).toEqual([
      'projected.sources[0].clusterTrustBundle: Required value: either name or signerName must be specified',
    ]);
    const named = { sources: [{ clusterTrustBundle: { name: 'x.io:y:bundle', path: 'ca.pem' } }] };
    expect(validateProjectionSources(named, at, v136)).toEqual([]);
  });

  it('validates podCertificate where its gate is not known to be off (1.36)', () => {
    const p = {
      sources: [
        {
          podCertificate: {
            signerName: 'kubernetes.io/x',
            keyType: 'DSA',
            maxExpirationSeconds: 100000,
          },
        },
      ],
    };
    expect(text(validateProjectionSources(p, at, v136))).toEqual([
      'projected.sources[0].podCertificate.keyType: Unsupported value: "DSA": supported values: "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384", "ECDSAP521", "ED25519"',
      'projected.sources[0].podCertificate.maxExpirationSeconds: Invalid value: 100000: if provided, maxExpirationSeconds must be <= 86400',
      'projected.sources[0].podCertificate: Required value: specify at least one of credentialBundlePath, keyPath, and certificateChainPath',
    ]);
    const ok = {
      sources: [
        {
          podCertificate: {
            signerName: 'example.com/x',
            keyType: 'ED25519',
            credentialBundlePath: 'b',
          },
        },
      ],
    };
    expect(validateProjectionSources(ok, at, v136)).toEqual([]);
  });
});

describe('validateProjectedVolumeSource', () => {
  it('checks the default mode before the sources', () => {
    expect(
      text(validateProjectedVolumeSource({ defaultMode: 1000, sources: [] }, at, opts)),
    ).toEqual([
      'projected.defaultMode: Invalid value: 1000: must be a number between 0 and 0777 (octal), both inclusive',
    ]);
    expect(validateProjectedVolumeSource({ defaultMode: 0o440 }, at, opts)).toEqual([]);
  });
});

describe('volume-projection-invalid', () => {
  const ids = ['volume-projection-invalid', 'volume-source-required-fields'];
  it('reports a token projection through the rule, the secret name left to the required-fields rule', () => {
    const text = pod(`  containers:
    - name: app
      image: nginx:1.27.3
      volumeMounts:
        - name: token
          mountPath: /var/run/token
  volumes:
    - name: token
      projected:
        sources:
          - serviceAccountToken:
              path: ../token
              expirationSeconds: 300
          - secret:
              name: ""
`);
    expect(lint(text, ids)).toEqual([
      `error volume-projection-invalid spec.volumes[0].projected.sources[0].serviceAccountToken.path: Invalid value: "../token": must not contain '..'`,
      'error volume-projection-invalid spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes',
      'error volume-source-required-fields spec.volumes[0].projected.sources[1].secret.name: Required value',
    ]);
  });
});
