import type { Path } from '../../yaml/path.ts';
import { isObj, listOf, objOf, type Obj } from '../context.ts';
import type { ErrorList } from '../field.ts';
import type { K8sVersion } from '../versions.ts';
import { validationChanged } from '../api-validation-changes.ts';
import { persistentVolumeClaimSpecWarnings } from './pvc-warnings.ts';

// The volume warnings of warningsForPodSpecAndMeta in pkg/api/pod/warnings.go: deprecated and
// removed volume types, ephemeral claim sizes, and overlapping paths in a volume
// (warningsForOverlappingVirtualPaths). Read at 1.34.1 (openshift/openshift-apiserver@56aa2d96e),
// 1.33.3 (@cd1ea2cd7), 1.32.1 (@c596b6e88), 1.31.1 (@d5c39411e) and, from kubeedge/kubeedge's
// vendored forks, 1.30.7 (@9b280adfa), 1.28.6 (@6a27e2ab9) and 1.27.7 (@7c02a3f52).

/** Each deprecated volume type (its v1 key) and what the API says of it in a version. */
const DEPRECATED_VOLUMES: { key: string; message: (k8s: K8sVersion) => string | undefined }[] = [
  { key: 'photonPersistentDisk', message: () => 'deprecated in v1.11, non-functional in v1.16+' },
  {
    key: 'gitRepo',
    // The GitRepoVolumeDriver gate is off by default from 1.33.
    message: (k8s) =>
      validationChanged('gitRepoDisabledWarning', k8s)
        ? 'deprecated in v1.11, and disabled by default in v1.33+'
        : 'deprecated in v1.11',
  },
  { key: 'scaleIO', message: () => 'deprecated in v1.16, non-functional in v1.22+' },
  { key: 'flocker', message: () => 'deprecated in v1.22, non-functional in v1.25+' },
  { key: 'storageos', message: () => 'deprecated in v1.22, non-functional in v1.25+' },
  { key: 'quobyte', message: () => 'deprecated in v1.22, non-functional in v1.25+' },
  { key: 'glusterfs', message: () => 'deprecated in v1.25, non-functional in v1.26+' },
  {
    key: 'cephfs',
    message: (k8s) =>
      validationChanged('cephfsRbdDeprecatedWarning', k8s)
        ? 'deprecated in v1.28, non-functional in v1.31+'
        : undefined,
  },
  {
    key: 'rbd',
    message: (k8s) =>
      validationChanged('cephfsRbdDeprecatedWarning', k8s)
        ? 'deprecated in v1.28, non-functional in v1.31+'
        : undefined,
  },
];

const set = (v: unknown) => v !== undefined && v !== null;

/** The deprecated volume types, and the fractional sizes of an ephemeral volume's claim. */
export function volumeTypeWarnings(volumes: unknown, path: Path, k8s: K8sVersion): ErrorList {
  const out: ErrorList = [];
  listOf(volumes).forEach((v, i) => {
    if (!isObj(v)) return;
    const at: Path = [...path, i];
    for (const { key, message } of DEPRECATED_VOLUMES) {
      const detail = set(v[key]) ? message(k8s) : undefined;
      if (detail) out.push({ path: [...at, key], detail });
    }
    const template = objOf(v.ephemeral, 'volumeClaimTemplate');
    if (isObj(objOf(v, 'ephemeral').volumeClaimTemplate))
      out.push(
        ...persistentVolumeClaimSpecWarnings(template.spec, [
          ...at,
          'ephemeral',
          'volumeClaimTemplate',
          'spec',
        ]),
      );
  });
  return out;
}

interface PathAndSource {
  path: string;
  source: string;
}

const described = (ps: PathAndSource) =>
  ps.source ? `${JSON.stringify(ps.path)} (${ps.source})` : JSON.stringify(ps.path);

/** `checkForOverlap`: the earlier paths that are the same as, inside or around `needle`. */
export function checkForOverlap(haystack: PathAndSource[], needle: PathAndSource): PathAndSource[] {
  if (needle.path === '') return [];
  return haystack.filter(
    (item) =>
      item.path !== '' &&
      ((item.path === needle.path && item.source === needle.source) ||
        `${item.path}/`.startsWith(`${needle.path}/`) ||
        `${needle.path}/`.startsWith(`${item.path}/`)),
  );
}

const trimSlashes = (p: string) => p.replace(/\/+$/, '');
const itemPaths = (items: unknown, source: string): PathAndSource[] =>
  listOf(items).map((it) => ({
    path: isObj(it) && typeof it.path === 'string' ? it.path : '',
    source,
  }));

/** `checkVolumeMappingForOverlap`: each path against those before it in one volume. */
function mappingOverlaps(paths: PathAndSource[]): string[] {
  const out: string[] = [];
  const seen: PathAndSource[] = [];
  for (const raw of paths) {
    const ps = { ...raw, path: trimSlashes(raw.path) };
    for (const c of checkForOverlap(seen, ps)) out.push(`${described(ps)} with ${described(c)}`);
    seen.push(ps);
  }
  return out;
}

/** The paths one projected source writes, as upstream lists them (`[]` for the others). */
function projectedPaths(source: Obj, k8s: K8sVersion): PathAndSource[] {
  const name = (o: Obj, field = 'name') =>
    JSON.stringify(typeof o[field] === 'string' ? o[field] : '');
  const {
    configMap,
    secret,
    downwardAPI,
    serviceAccountToken,
    clusterTrustBundle,
    podCertificate,
  } = source;
  if (isObj(configMap) && Array.isArray(configMap.items))
    return itemPaths(configMap.items, `ConfigMap ${name(configMap)}`);
  if (isObj(secret) && Array.isArray(secret.items))
    return itemPaths(secret.items, `Secret ${name(secret)}`);
  if (isObj(downwardAPI) && Array.isArray(downwardAPI.items))
    return itemPaths(downwardAPI.items, 'DownwardAPI');
  if (isObj(serviceAccountToken)) return itemPaths([serviceAccountToken], 'ServiceAccountToken');
  if (isObj(clusterTrustBundle)) {
    const n = set(clusterTrustBundle.name)
      ? name(clusterTrustBundle)
      : name(clusterTrustBundle, 'signerName');
    return itemPaths([clusterTrustBundle], `ClusterTrustBundle ${n}`);
  }
  if (isObj(podCertificate) && validationChanged('overlapWarningPodCertificatePaths', k8s)) {
    const files: [string, string][] = [
      ['certificateChainPath', 'PodCertificate chain'],
      ['keyPath', 'PodCertificate key'],
      ['credentialBundlePath', 'PodCertificate credential bundle'],
    ];
    return files
      .filter(([f]) => typeof podCertificate[f] === 'string' && podCertificate[f] !== '')
      .map(([f, label]) => ({ path: podCertificate[f] as string, source: label }));
  }
  return [];
}

/**
 * `warningsForOverlappingVirtualPaths` (1.31+): two items of one configMap, secret, downwardAPI or
 * projected volume written to the same path, or one inside the other. Through 1.32 a projected
 * source without paths re-used the previous source's (upstream declared the list outside its
 * loop), and warned that those overlap themselves; that is kept, as those releases print it.
 */
export function overlappingPathWarnings(volumes: unknown, path: Path, k8s: K8sVersion): ErrorList {
  if (!validationChanged('overlappingPathWarnings', k8s)) return [];
  const out: ErrorList = [];
  listOf(volumes).forEach((v, i) => {
    if (!isObj(v)) return;
    const warn = (desc: string, body: string) =>
      out.push({
        path: [...path, i],
        detail: `volume ${JSON.stringify(v.name ?? '')} (${desc}): overlapping paths: ${body}`,
      });
    const { configMap, secret, downwardAPI, projected } = v;
    if (isObj(configMap) && Array.isArray(configMap.items))
      for (const o of mappingOverlaps(itemPaths(configMap.items, '')))
        warn(`ConfigMap ${JSON.stringify(configMap.name ?? '')}`, o);
    if (isObj(secret) && Array.isArray(secret.items))
      for (const o of mappingOverlaps(itemPaths(secret.items, '')))
        warn(`Secret ${JSON.stringify(secret.secretName ?? '')}`, o);
    if (isObj(downwardAPI) && Array.isArray(downwardAPI.items))
      for (const o of mappingOverlaps(itemPaths(downwardAPI.items, ''))) warn('DownwardAPI', o);
    if (!isObj(projected)) return;
    const all: PathAndSource[] = [];
    let previous: PathAndSource[] = [];
    for (const source of listOf(projected.sources)) {
      if (!isObj(source)) continue;
      if (!Object.values(source).some(set)) {
        out.push({
          path: [...path, i],
          detail: `volume ${JSON.stringify(v.name ?? '')} (Projected) has no sources provided`,
        });
        continue;
      }
      let paths = projectedPaths(source, k8s);
      if (!paths.length && !validationChanged('overlapWarningOwnPaths', k8s)) paths = previous;
      previous = paths;
      for (const raw of paths) {
        const ps = { ...raw, path: trimSlashes(raw.path) };
        for (const c of checkForOverlap(all, ps))
          warn('Projected', `${described(ps)} with ${described(c)}`);
        all.push(ps);
      }
    }
  });
  return out;
}
