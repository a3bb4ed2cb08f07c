import { renameContainer, freeName, loadPod } from '../edit/containers.ts';
import { EditError } from '../edit/errors.ts';
import { selectorFromPodLabels } from '../edit/labels.ts';
import { placeContainer } from '../edit/place.ts';
import { addVolume } from '../edit/volumes.ts';
import type { ContainerView } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import type { Path } from '../yaml/path.ts';
import { containerAt } from './concerns.ts';
import type { Diagnostic } from './types.ts';

/** What a quick fix needs of a diagnostic: which fix, and where. */
export type Fixable = Pick<Diagnostic, 'fix' | 'document' | 'path'>;

/**
 * Applies a diagnostic's quick fix to the design text with the `src/edit` ops, so the change
 * touches only the lines it must:
 * - `convert-to-native-sidecar`: the classic sidecar moves to the end of `initContainers` with
 *   `restartPolicy: Always`;
 * - `create-missing-volume`: adds an `emptyDir` volume named like the mount;
 * - `align-selector`: sets `spec.selector.matchLabels` to the pod labels;
 * - `rename-duplicate-container`: renames the later container to a free name (`app-2`).
 * Throws an EditError (with a message a user can act on) when the fix no longer applies.
 */
export function applyFix(text: string, diagnostic: Fixable): string {
  const { fix, document, path } = diagnostic;
  if (!fix) throw new EditError('This problem has no quick fix.');
  if (fix === 'align-selector') return selectorFromPodLabels(text, document);
  const { pod, value } = loadPod(text, document);
  const container = containerAt(pod, path);
  if (!container) throw new EditError('The container this problem is about is gone.');
  const ref = { document, list: container.list, index: container.index };
  switch (fix) {
    case 'convert-to-native-sidecar':
      if (container.role !== 'sidecar')
        throw new EditError(`${container.name} is not a classic sidecar.`);
      return placeContainer(text, { document, from: ref, role: 'native-sidecar' });
    case 'create-missing-volume': {
      const name = mountedVolume(value, container, path);
      if (pod.volumes.some((v) => v.name === name))
        throw new EditError(`The pod already has a volume named "${name}".`);
      return addVolume(text, { document, name, source: 'emptyDir' });
    }
    case 'rename-duplicate-container':
      return renameContainer(text, { ...ref, name: freeName(pod, container.name) });
  }
}

/** The volume name of the mount `path` points into (`…volumeMounts[1].name`). */
function mountedVolume(value: unknown, container: ContainerView, path: Path): string {
  const at = container.path.length;
  const index = path[at + 1];
  const name =
    path[at] === 'volumeMounts' && typeof index === 'number'
      ? getPath(value, [...container.path, 'volumeMounts', index, 'name'])
      : undefined;
  if (typeof name !== 'string' || !name)
    throw new EditError('The volume mount this problem is about has no name.');
  return name;
}
