import { dnsLabelProblem } from '../pod/names.ts';
import type { ContainerView, PodView } from '../pod/types.ts';
import type { VolumeChoice } from '../templates/presets.ts';

/** What the user typed for a preset's shared volume; a missing value means the preset's default. */
export type VolumeChoiceInput = Partial<VolumeChoice>;

/** Why a chosen value cannot be used, by field (the dialog shows each next to its input). */
export type VolumeChoiceProblems = Partial<Record<keyof VolumeChoice, string>>;

/**
 * A mount path as the preset writes it into commands: trimmed, no repeated or trailing "/".
 * `/shared/` and `/shared` are one folder, and the script should say `/shared/token`.
 */
export function normalizeMountPath(raw: string): string {
  const path = raw.trim().replace(/\/{2,}/g, '/');
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

// The preset writes the paths into shell scripts, Fluent Bit arguments and nginx's config
// unquoted: characters beyond these would need quoting in each of them.
const PLAIN_PATH = /^[A-Za-z0-9._/-]+$/;

/** Why `path` (normalised) cannot be where a preset mounts its shared volume, or `undefined`. */
export function presetMountPathProblem(path: string): string | undefined {
  if (path === '') return 'Enter a mount path.';
  if (!path.startsWith('/')) return 'Use an absolute path, starting with "/", like /shared.';
  if (path.split('/').some((part) => part === '..' || part === '.'))
    return 'Write the path without "." or ".." folders, like /shared.';
  if (path === '/') return 'Mount the volume in a folder, not at "/".';
  if (!PLAIN_PATH.test(path))
    return 'Use only letters, digits, ".", "_", "-" and "/": the preset writes this path into a command.';
  return undefined;
}

/**
 * Why the chosen volume cannot be added, by field; empty when it can. The name must be a new
 * volume's: the preset creates an emptyDir (in memory for credentials), and mounting some other
 * volume of the same name would quietly change what the sidecar writes to. The main container
 * cannot already mount something at its path.
 */
export function volumeChoiceProblems(
  pod: PodView,
  choice: VolumeChoice,
  main: ContainerView | undefined,
): VolumeChoiceProblems {
  const problems: VolumeChoiceProblems = {};
  const name =
    dnsLabelProblem(choice.name, 'A volume name') ??
    (pod.volumes.some((v) => v.name === choice.name)
      ? `There is already a volume named "${choice.name}". Choose another name: the preset adds a new emptyDir.`
      : undefined);
  if (name) problems.name = name;
  const sidecar = presetMountPathProblem(choice.sidecar);
  if (sidecar) problems.sidecar = sidecar;
  if (main) {
    const taken = main.mounts.some((m) => normalizeMountPath(m.mountPath) === choice.main);
    const inMain =
      presetMountPathProblem(choice.main) ??
      (taken ? `${main.name} already mounts something at ${choice.main}.` : undefined);
    if (inMain) problems.main = inMain;
  }
  return problems;
}
