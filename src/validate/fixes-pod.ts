import { applyChanges } from '../edit/apply.ts';
import { freeName, loadPod, renameContainer } from '../edit/containers.ts';
import { EditError } from '../edit/errors.ts';
import { removeItem, setField } from '../edit/fields.ts';
import { placeContainer } from '../edit/place.ts';
import { addVolume } from '../edit/volumes.ts';
import type { ContainerView, PodView } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import type { Path } from '../yaml/path.ts';
import { containerAt } from './concerns.ts';
import { listOf } from './context.ts';
import { stale, type FixFn } from './fixes-values.ts';
import {
  freePortName,
  hiddenEnvEntries,
  onlyPortFor,
  portNamesOf,
  validContainerName,
  volumeRemovable,
} from './remedies.ts';

/** What a fix about a container of a workload's pod works with. */
interface At {
  text: string;
  document: number;
  path: Path;
  pod: PodView;
  value: unknown;
  container: ContainerView;
  /** The path below the container: `['volumeMounts', 1, 'name']`. */
  inside: Path;
}

/** A fix about one container: refused when the container is gone. */
function onContainer(fix: (at: At) => string): FixFn {
  return (text, document, path) => {
    const { pod, value } = loadPod(text, document);
    const container = containerAt(pod, path);
    if (!container) throw new EditError('The container this problem is about is gone.');
    const inside = path.slice(container.path.length);
    return fix({ text, document, path, pod, value, container, inside });
  };
}

const ref = (at: At) => ({
  document: at.document,
  list: at.container.list,
  index: at.container.index,
});

const INIT_ONLY = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'];

/** The fixes about a container of a workload's pod, or about its volumes. */
export const POD_FIXES = {
  'convert-to-native-sidecar': onContainer((at) => {
    if (at.container.role !== 'sidecar')
      throw new EditError(`${at.container.name} is not a classic sidecar.`);
    return placeContainer(at.text, {
      document: at.document,
      from: ref(at),
      role: 'native-sidecar',
    });
  }),

  'create-missing-volume': onContainer((at) => {
    const name = mountedVolume(at);
    if (at.pod.volumes.some((v) => v.name === name))
      throw new EditError(`The pod already has a volume named "${name}".`);
    return addVolume(at.text, { document: at.document, name, source: 'emptyDir' });
  }),

  'rename-duplicate-container': onContainer((at) =>
    renameContainer(at.text, { ...ref(at), name: freeName(at.pod, at.container.name) }),
  ),

  'make-name-valid': onContainer((at) => {
    const next = validContainerName(at.pod, at.value, at.container.name);
    if (!next || at.inside.join() !== 'name') throw stale(at.path);
    return renameContainer(at.text, { ...ref(at), name: next });
  }),

  // A native sidecar's restartPolicy: Always is the one an init container may have.
  'remove-container-restart-policy': onContainer((at) => {
    const current = getPath(at.value, at.path);
    const native = at.container.list === 'initContainers' && current === 'Always';
    if (at.inside.join() !== 'restartPolicy' || current === undefined || native)
      throw stale(at.path);
    return setField(at.text, { document: at.document, path: at.path, value: undefined });
  }),

  'remove-init-probe-or-hook': onContainer((at) => {
    const [field, ...below] = at.inside;
    if (at.container.role !== 'init' || below.length || !INIT_ONLY.includes(String(field)))
      throw stale(at.path);
    if (getPath(at.value, at.path) === undefined) throw stale(at.path);
    return setField(at.text, { document: at.document, path: at.path, value: undefined });
  }),

  'use-only-port': onContainer((at) => {
    const wanted = getPath(at.value, at.path);
    const declared = at.container.ports.some((p) => p.name === wanted);
    const port =
      typeof wanted === 'string' && !declared && at.inside.at(-1) === 'port'
        ? onlyPortFor(at.pod, at.container, wanted)
        : undefined;
    if (port === undefined) throw stale(at.path);
    return setField(at.text, { document: at.document, path: at.path, value: port });
  }),

  'rename-duplicate-port': onContainer((at) => {
    const [list, index, field] = at.inside;
    const ports = listOf(getPath(at.value, [...at.container.path, 'ports']));
    const name = getPath(at.value, at.path);
    const earlier = typeof index === 'number' ? portNamesOf(ports.slice(0, index)) : new Set();
    if (list !== 'ports' || field !== 'name' || typeof name !== 'string' || !earlier.has(name))
      throw stale(at.path);
    const taken = portNamesOf(
      at.pod.containers.flatMap((c) => listOf(getPath(at.value, [...c.path, 'ports']))),
    );
    const next = freePortName(name, taken);
    if (!next) throw stale(at.path);
    return setField(at.text, { document: at.document, path: at.path, value: next });
  }),

  // Highest index first, so each removal leaves the paths of the others as they were.
  'remove-hidden-env': onContainer((at) => {
    const [list, index, ...below] = at.inside;
    const env = listOf(getPath(at.value, [...at.container.path, 'env']));
    const earlier =
      list === 'env' && typeof index === 'number' && !below.length
        ? hiddenEnvEntries(env, index)
        : undefined;
    if (!earlier) throw stale(at.path);
    const envPath = [...at.container.path, 'env'];
    return applyChanges(
      at.text,
      at.document,
      earlier.reverse().map((i) => ({ type: 'delete' as const, path: [...envPath, i] })),
    );
  }),

  'remove-unused-volume': (text, document, path) => {
    const { pod, value } = loadPod(text, document);
    const at = pod.specPath.length;
    const [list, index, field] = path.slice(at);
    const name = getPath(value, path);
    const spec = getPath(value, pod.specPath);
    if (
      path.length !== at + 3 ||
      list !== 'volumes' ||
      typeof index !== 'number' ||
      field !== 'name' ||
      typeof name !== 'string' ||
      !volumeRemovable(pod, spec, name)
    )
      throw stale(path);
    return removeItem(text, { document, path: [...pod.specPath, 'volumes'], index });
  },
} satisfies Record<string, FixFn>;

/** The volume name of the mount the diagnostic points into (`…volumeMounts[1].name`). */
function mountedVolume(at: At): string {
  const [list, index] = at.inside;
  const name =
    list === 'volumeMounts' && typeof index === 'number'
      ? getPath(at.value, [...at.container.path, 'volumeMounts', index, 'name'])
      : undefined;
  if (typeof name !== 'string' || !name)
    throw new EditError('The volume mount this problem is about has no name.');
  return name;
}
