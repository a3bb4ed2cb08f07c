import type { ContainerView, PodView, VolumeView } from '../pod/types.ts';
import type { Path } from '../yaml/path.ts';
import type { Diagnostic } from './types.ts';

/** True when `path` is `prefix` or lies inside it. */
export function isInside(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}

/** The container of `pod` whose entry holds `path`, if any. */
export function containerAt(pod: PodView, path: Path): ContainerView | undefined {
  return pod.containers.find((c) => isInside(path, c.path));
}

/** The volume (or claim template) of `pod` whose entry holds `path`, if any. */
export function volumeAt(pod: PodView, path: Path): VolumeView | undefined {
  return pod.volumes.find((v) => isInside(path, v.path));
}

/** The diagnostics about the object at `path` of `document` or anything inside it, in order. */
export function concerning(
  diagnostics: readonly Diagnostic[],
  document: number,
  path: Path,
): Diagnostic[] {
  return diagnostics.filter((d) => d.document === document && isInside(d.path, path));
}
