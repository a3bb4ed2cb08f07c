import type { Path } from '../../yaml/path.ts';
import { isDNS1123Label, isDNS1123Subdomain, validateLabelSelector } from '../apimachinery.ts';
import { gateOffByDefault } from '../api-gates.ts';
import { isObj, listOf, type Obj } from '../context.ts';
import { forbidden, invalid, required, tooLong, unsupported, type ErrorList } from '../field.ts';
import { fieldServed } from '../api-fields.ts';
import { isSet } from './each.ts';
import {
  num,
  str,
  validateDownwardAPIVolumeFile,
  validateFileMode,
  validateKeyToPath,
  validateLocalNonReservedPath,
  type VolumeOptions,
} from './volume-sources-files.ts';

// Projected volumes (validateProjectedVolumeSource, validateProjectionSources) and the signer-name
// checks they use (pkg/apis/core/validation/names.go), ported by structure from Kubernetes 1.34.1
// (vendor/k8s.io/kubernetes in openshift/openshift-apiserver). Where upstream reports at a path a
// manifest does not have (a service account token's `path` at `projected.path`, a downwardAPI
// item's fields at `sources[i].downwardAPI.path`), the source's own field is named instead.

/** `certificates.MaxMaxExpirationSeconds` and `KubernetesMaxMaxExpirationSeconds` (types.go). */
const MAX_MAX_EXPIRATION_SECONDS = 91 * 24 * 60 * 60;
const KUBERNETES_MAX_MAX_EXPIRATION_SECONDS = 24 * 60 * 60;
const KEY_TYPES = ['RSA3072', 'RSA4096', 'ECDSAP256', 'ECDSAP384', 'ECDSAP521', 'ED25519'];

/**
 * True when a projection kind guarded by a gate reaches validation in `opts.k8s`: the version
 * serves it and its gate is not off by default (while off, the API server drops it first:
 * dropDisabledClusterTrustBundleProjection, dropDisabledPodCertificateProjection).
 */
function projectionServed(kind: 'clusterTrustBundle' | 'podCertificate', opts: VolumeOptions) {
  if (kind === 'clusterTrustBundle')
    return (
      fieldServed('VolumeProjection', 'clusterTrustBundle', opts.k8s) &&
      !gateOffByDefault('ClusterTrustBundleProjection', opts.k8s)
    );
  return (
    fieldServed('VolumeProjection', 'podCertificate', opts.k8s) &&
    !gateOffByDefault('PodCertificateRequest', opts.k8s)
  );
}

/** `IsKubernetesSignerName` (names.go). */
export function isKubernetesSignerName(signerName: string): boolean {
  const host = signerName.split('/')[0]!;
  return host === 'kubernetes.io' || host.endsWith('.kubernetes.io');
}

/** `ValidateSignerName` (names.go): `example.com/signer-name`, each part well formed. */
export function validateSignerName(path: Path, signerName: string): ErrorList {
  if (signerName === '') return [required(path)];
  const segments = signerName.split('/');
  if (segments.length !== 2)
    return [
      invalid(
        path,
        signerName,
        "must be a fully qualified domain and path of the form 'example.com/signer-name'",
      ),
    ];
  const [domain, rest] = segments as [string, string];
  const errs: ErrorList = [];
  if (domain.length > 253) errs.push(tooLong(path, 253));
  const domainLabels = domain.split('.');
  for (const lbl of domainLabels) {
    const msgs = isDNS1123Label(lbl);
    if (!msgs.length) continue;
    for (const m of msgs) errs.push(invalid(path, domain, `validating label "${lbl}": ${m}`));
    break;
  }
  if (domainLabels.length < 2)
    errs.push(
      invalid(path, domain, 'should be a domain with at least two segments separated by dots'),
    );
  for (const lbl of rest.split('.')) {
    const msgs = isDNS1123Subdomain(lbl);
    if (!msgs.length) continue;
    for (const m of msgs) errs.push(invalid(path, rest, `validating label "${lbl}": ${m}`));
    break;
  }
  const max = 253 + (253 + 63 + 1) + 1;
  if (signerName.length > max) errs.push(tooLong(path, max));
  return errs;
}

/** `ValidateClusterTrustBundleName(signerName)(name, false)` (names.go). */
function clusterTrustBundleNameErrors(signerName: string, name: string): string[] {
  if (signerName === '') {
    if (name.includes(':'))
      return ['ClusterTrustBundle without signer name must not have ":" in its name'];
    return isDNS1123Subdomain(name);
  }
  const prefix = `${signerName.replaceAll('/', ':')}:`;
  if (!name.startsWith(prefix))
    return [`ClusterTrustBundle for signerName ${signerName} must be named with prefix ${prefix}`];
  return isDNS1123Subdomain(name.slice(prefix.length));
}

/** The clusterTrustBundle branch of `validateProjectionSources`. */
function validateClusterTrustBundleProjection(ctb: Obj, at: Path): ErrorList {
  const errs: ErrorList = [];
  const usingName = isSet(ctb.name);
  const usingSigner = isSet(ctb.signerName);
  const name = str(ctb, 'name');
  const signerName = str(ctb, 'signerName');
  if (usingName && usingSigner)
    errs.push(invalid(at, ctb, 'only one of name and signerName may be used'));
  else if (usingName && name !== undefined) {
    if (name === '') errs.push(required([...at, 'name'], 'must be a valid object name'));
    // extractSignerNameFromClusterTrustBundleName: what comes before the last ':'.
    const split = name.lastIndexOf(':');
    const signer = split === -1 ? '' : name.slice(0, split).replaceAll(':', '/');
    for (const m of clusterTrustBundleNameErrors(signer, name))
      errs.push(invalid([...at, 'name'], name, `not a valid clustertrustbundlename: ${m}`));
    if (isSet(ctb.labelSelector))
      errs.push(
        invalid(
          [...at, 'labelSelector'],
          ctb.labelSelector,
          'labelSelector must be unset if name is specified',
        ),
      );
  } else if (usingSigner && signerName !== undefined) {
    if (signerName === '')
      errs.push(required([...at, 'signerName'], 'must be a valid signer name'));
    errs.push(...validateSignerName([...at, 'signerName'], signerName));
    errs.push(...validateLabelSelector(ctb.labelSelector, [...at, 'labelSelector']));
  } else if (!usingName && !usingSigner)
    errs.push(required(at, 'either name or signerName must be specified'));
  const path = str(ctb, 'path');
  if (path === '') errs.push(required([...at, 'path']));
  if (path !== undefined) errs.push(...validateLocalNonReservedPath(path, [...at, 'path']));
  return errs;
}

/** The podCertificate branch of `validateProjectionSources`, less the shared path bookkeeping. */
function validatePodCertificateProjection(pc: Obj, at: Path): ErrorList {
  const errs: ErrorList = [];
  const signerName = str(pc, 'signerName');
  if (signerName !== undefined) errs.push(...validateSignerName([...at, 'signerName'], signerName));
  const keyType = str(pc, 'keyType');
  if (keyType !== undefined && !KEY_TYPES.includes(keyType))
    errs.push(unsupported([...at, 'keyType'], keyType, KEY_TYPES));
  const max = num(pc, 'maxExpirationSeconds');
  if (max !== undefined) {
    const path = [...at, 'maxExpirationSeconds'];
    if (max < 3600)
      errs.push(invalid(path, max, 'if provided, maxExpirationSeconds must be >= 3600'));
    const limit = isKubernetesSignerName(signerName ?? '')
      ? KUBERNETES_MAX_MAX_EXPIRATION_SECONDS
      : MAX_MAX_EXPIRATION_SECONDS;
    if (max > limit)
      errs.push(invalid(path, max, `if provided, maxExpirationSeconds must be <= ${limit}`));
  }
  return errs;
}

/**
 * `validateProjectionSources` (validation.go): each source holds one projection, each file path
 * is used once across all sources, and each projection is well formed.
 */
export function validateProjectionSources(
  projection: Obj,
  at: Path,
  opts: VolumeOptions,
): ErrorList {
  const errs: ErrorList = [];
  const allPaths = new Set<string>();
  /** A path taken twice is reported at the projected volume, as upstream does. */
  const claim = (path: string, value: unknown) => {
    if (allPaths.has(path)) errs.push(invalid(at, value, 'conflicting duplicate paths'));
    else allPaths.add(path);
  };
  listOf(projection.sources).forEach((source, i) => {
    if (!isObj(source)) return;
    const srcPath = [...at, 'sources', i];
    let numSources = 0;
    for (const kind of ['secret', 'configMap'] as const) {
      const proj = source[kind];
      if (!isSet(proj)) continue;
      numSources++;
      if (!isObj(proj)) continue;
      const projPath = [...srcPath, kind];
      if (str(proj, 'name') === '') errs.push(required([...projPath, 'name']));
      listOf(proj.items).forEach((kp, j) => {
        errs.push(...validateKeyToPath(kp, [...projPath, 'items', j], opts));
        const path = isObj(kp) ? str(kp, 'path') : undefined;
        if (path) claim(path, str(proj, 'name') ?? '');
      });
    }
    const downward = source.downwardAPI;
    if (isSet(downward)) {
      numSources++;
      listOf(isObj(downward) ? downward.items : undefined).forEach((file, j) => {
        const itemPath = [...srcPath, 'downwardAPI', 'items', j];
        errs.push(...validateDownwardAPIVolumeFile(file, itemPath, opts));
        const path = isObj(file) ? str(file, 'path') : undefined;
        if (path) claim(path, path);
      });
    }
    const token = source.serviceAccountToken;
    if (isSet(token)) {
      numSources++;
      if (isObj(token))
        errs.push(
          ...validateServiceAccountTokenProjection(token, [...srcPath, 'serviceAccountToken']),
        );
    }
    const ctb = source.clusterTrustBundle;
    if (isSet(ctb) && projectionServed('clusterTrustBundle', opts)) {
      numSources++;
      if (isObj(ctb)) {
        errs.push(...validateClusterTrustBundleProjection(ctb, [...srcPath, 'clusterTrustBundle']));
        const path = str(ctb, 'path');
        if (path !== undefined) claim(path, path);
      }
    }
    const pc = source.podCertificate;
    if (isSet(pc) && projectionServed('podCertificate', opts)) {
      numSources++;
      if (isObj(pc)) {
        const pcPath = [...srcPath, 'podCertificate'];
        errs.push(...validatePodCertificateProjection(pc, pcPath));
        let numPaths = 0;
        for (const key of ['credentialBundlePath', 'keyPath', 'certificateChainPath']) {
          const path = str(pc, key);
          if (!path) continue;
          numPaths++;
          errs.push(...validateLocalNonReservedPath(path, [...pcPath, key]));
          claim(path, path);
        }
        if (numPaths === 0)
          errs.push(
            required(
              pcPath,
              'specify at least one of credentialBundlePath, keyPath, and certificateChainPath',
            ),
          );
      }
    }
    if (numSources > 1)
      errs.push(forbidden(srcPath, 'may not specify more than 1 volume type per source'));
  });
  return errs;
}

/**
 * The serviceAccountToken branch of `validateProjectionSources`: expirationSeconds (default 3600)
 * between 10 minutes and 2^32 seconds, and a local path. Upstream reports a missing path at
 * `projected.path`; here it is the token's own `path`.
 */
export function validateServiceAccountTokenProjection(token: Obj, at: Path): ErrorList {
  const errs: ErrorList = [];
  const seconds = num(token, 'expirationSeconds');
  if (seconds !== undefined) {
    const path = [...at, 'expirationSeconds'];
    if (seconds < 10 * 60)
      errs.push(invalid(path, seconds, 'may not specify a duration less than 10 minutes'));
    if (seconds > 2 ** 32)
      errs.push(invalid(path, seconds, 'may not specify a duration larger than 2^32 seconds'));
  }
  const path = str(token, 'path');
  if (path === '') errs.push(required([...at, 'path']));
  else if (path !== undefined) errs.push(...validateLocalNonReservedPath(path, [...at, 'path']));
  return errs;
}

/** `validateProjectedVolumeSource` (validation.go): the default mode, then every source. */
export function validateProjectedVolumeSource(
  projected: unknown,
  at: Path,
  opts: VolumeOptions,
): ErrorList {
  if (!isObj(projected)) return [];
  return [
    ...validateFileMode(projected, 'defaultMode', at, opts),
    ...validateProjectionSources(projected, at, opts),
  ];
}
