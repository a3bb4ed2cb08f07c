import type { VolumeSource } from '../edit/volumes.ts';
import { parseQuantity } from '../pod/quantity.ts';

/** What the designer can add: a pod volume source, or a StatefulSet claim template. */
export type NewVolumeKind = VolumeSource | 'volumeClaimTemplate';

/** The name a new volume of each kind starts from (made unique with `-2`, `-3`, …). */
export const DEFAULT_VOLUME_NAMES: Record<NewVolumeKind, string> = {
  emptyDir: 'scratch',
  persistentVolumeClaim: 'data',
  configMap: 'config',
  secret: 'credentials',
  hostPath: 'host',
  projected: 'projected',
  downwardAPI: 'podinfo',
  volumeClaimTemplate: 'data',
};

/**
 * Every volume source key, in the order `validateVolumeSource` (pkg/apis/core/validation,
 * Kubernetes 1.34.1) visits them: the first one set is the volume's source, every later one is
 * "more than 1 volume type".
 */
export const VOLUME_SOURCE_KEYS = [
  'emptyDir',
  'hostPath',
  'gitRepo',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'flocker',
  'persistentVolumeClaim',
  'rbd',
  'cinder',
  'cephfs',
  'quobyte',
  'downwardAPI',
  'fc',
  'flexVolume',
  'configMap',
  'azureFile',
  'vsphereVolume',
  'photonPersistentDisk',
  'portworxVolume',
  'azureDisk',
  'storageos',
  'projected',
  'scaleIO',
  'csi',
  'ephemeral',
  'image',
] as const;

/** One key of {@link VOLUME_SOURCE_KEYS}. */
export type VolumeSourceKey = (typeof VOLUME_SOURCE_KEYS)[number];

/** `hostPath.type` values (the empty default, "no check", is the field left out). */
export const HOST_PATH_TYPES = [
  'DirectoryOrCreate',
  'Directory',
  'FileOrCreate',
  'File',
  'Socket',
  'CharDevice',
  'BlockDevice',
] as const;

/** PersistentVolumeClaim access modes. */
export const ACCESS_MODES = [
  'ReadWriteOnce',
  'ReadOnlyMany',
  'ReadWriteMany',
  'ReadWriteOncePod',
] as const;

/** Field paths a downwardAPI volume file may hold (labels/annotations may pick one key). */
export const DOWNWARD_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'metadata.labels',
  'metadata.annotations',
] as const;

/** Why `raw` is not a positive Kubernetes quantity (`1Gi`, `500Mi`, `2G`), or `undefined`. */
export function storageQuantityProblem(raw: string): string | undefined {
  const q = parseQuantity(raw.trim());
  if (!q) return 'Enter a quantity like 1Gi, 512Mi or 10G.';
  if (q.number.startsWith('-') || !/[1-9]/.test(q.number)) return 'Enter a size above zero.';
  return undefined;
}

/**
 * Why `raw` cannot be the relative path of a file inside a volume (configMap, secret and
 * downwardAPI items), or `undefined`. The API refuses absolute paths and `..` parts.
 */
export function itemPathProblem(raw: string): string | undefined {
  const text = raw.trim();
  if (text === '') return 'Enter a file path, like app.conf.';
  if (text.startsWith('/')) return 'Enter a path relative to the mount, like conf/app.conf.';
  if (text.split('/').includes('..')) return 'The path must not contain "..".';
  return undefined;
}

/** Why `raw` is not a field a downwardAPI volume can expose, or `undefined`. */
export function downwardFieldPathProblem(raw: string): string | undefined {
  const text = raw.trim();
  if ((DOWNWARD_FIELD_PATHS as readonly string[]).includes(text)) return undefined;
  if (/^metadata\.(labels|annotations)\['[^']+'\]$/.test(text)) return undefined;
  return `Use one of ${DOWNWARD_FIELD_PATHS.join(', ')}, or metadata.labels['key'].`;
}
