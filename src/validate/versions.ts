/** The Kubernetes minor versions Podsmith validates for, oldest first. */
export const K8S_VERSIONS = [
  '1.27',
  '1.28',
  '1.29',
  '1.30',
  '1.31',
  '1.32',
  '1.33',
  '1.34',
  '1.35',
  '1.36',
] as const;

export type K8sVersion = (typeof K8S_VERSIONS)[number];

/** What a new design targets. */
export const DEFAULT_K8S_VERSION: K8sVersion = '1.34';

/** True for a version Podsmith knows (`'1.34'`), false for anything else. */
export function isK8sVersion(value: unknown): value is K8sVersion {
  return typeof value === 'string' && (K8S_VERSIONS as readonly string[]).includes(value);
}

/** The minor number of a version: `minor('1.29')` is 29. */
export function minor(version: K8sVersion): number {
  return Number(version.split('.')[1]);
}

/** True when `version` is `since` or newer. */
export function atLeast(version: K8sVersion, since: K8sVersion): boolean {
  return minor(version) >= minor(since);
}

/**
 * True when a cluster of `version` runs native sidecars (`restartPolicy: Always` on an init
 * container): the SidecarContainers gate is on by default from 1.29 (beta; GA 1.33). On 1.28 the
 * gate is off by default and the field is silently dropped; 1.27 does not know it.
 */
export function nativeSidecarsOn(version: K8sVersion): boolean {
  return atLeast(version, '1.29');
}
