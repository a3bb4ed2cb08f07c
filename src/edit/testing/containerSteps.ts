import type { ContainerView, Role } from '../../pod/types.ts';
import { getPath } from '../../pod/view.ts';
import type { Path } from '../../yaml/path.ts';
import { duplicateContainer, listOf, moveContainer, setMainContainer } from '../arrange.ts';
import { addContainer, removeContainer, renameContainer } from '../containers.ts';
import { placeContainer, stepContainer } from '../place.ts';
import { addPreset } from '../preset.ts';
import { SIDECAR_PRESETS } from '../../templates/presets.ts';
import type { OpSpec } from './arbitraries.ts';
import {
  anchored,
  annotationPath,
  firstPod,
  pickOf,
  pruned,
  refOf,
  regions,
  reversibleReorder,
  step,
  type Ctx,
  type Step,
} from './context.ts';

type ContainerSpec = Extract<
  OpSpec,
  {
    op:
      | 'addContainer'
      | 'removeContainer'
      | 'renameContainer'
      | 'moveContainer'
      | 'setMainContainer'
      | 'duplicateContainer'
      | 'placeContainer'
      | 'stepContainer'
      | 'addPreset';
  }
>;

/** Steps for the container ops: add, remove, rename, move, place, step, mark main, duplicate, presets. */
export function containerStep(ctx: Ctx, spec: ContainerSpec): Step | undefined {
  const { pod, text, document } = ctx;
  const { containers } = pod;
  const ref = (c: ContainerView) => refOf(ctx, c);
  if (spec.op === 'addContainer') {
    const run = () =>
      addContainer(text, {
        document,
        role: spec.role,
        index: spec.index,
        container: { name: spec.name },
      });
    // Removal cannot know a default-container annotation's old value, so a new main that took it
    // over has no exact inverse.
    const marked = getPath(ctx.value, annotationPath(pod)) !== undefined;
    const inverse =
      spec.role === 'main' && marked
        ? undefined
        : (after: string) => {
            const names = new Set(containers.map((c) => c.name));
            const added = firstPod(after).containers.find((c) => !names.has(c.name))!;
            return removeContainer(after, ref(added));
          };
    return step(ctx, run, { inverse });
  }
  if (spec.op === 'addPreset') {
    const preset = pickOf(SIDECAR_PRESETS, spec.preset)!;
    const run = () =>
      addPreset(text, {
        document,
        preset,
        role: spec.role,
        sharedVolume: spec.sharedVolume,
        shareProcessNamespace: spec.shareProcessNamespace,
      });
    return step(ctx, run);
  }
  const target = pickOf(containers, spec.pick);
  if (!target) return undefined;
  switch (spec.op) {
    case 'removeContainer': {
      const paths: Path[] = [target.path];
      if (target.list === 'initContainers' && onlyInit(ctx, target))
        paths.push([...pod.specPath, 'initContainers']);
      if (target.list === 'containers' && getPath(ctx.value, annotationPath(pod)) === target.name)
        paths.push(pruned(ctx.value, annotationPath(pod), pod.templatePath.length + 1));
      return step(ctx, () => removeContainer(text, ref(target)), {
        removed: regions(ctx, paths),
      });
    }
    case 'renameContainer':
      return step(ctx, () => renameContainer(text, { ...ref(target), name: spec.name }), {
        inverse: (after) => renameContainer(after, { ...ref(target), name: target.name }),
      });
    case 'moveContainer': {
      const reorder = listOf(spec.role) === target.list && target.role === spec.role;
      const inverse =
        reorder && reversibleReorder(ctx, target, spec.index)
          ? (after: string) => {
              const moved = firstPod(after).containers.find((c) => c.name === target.name)!;
              return moveContainer(after, {
                document,
                from: ref(moved),
                to: { role: target.role, index: target.index },
              });
            }
          : undefined;
      const run = () =>
        moveContainer(text, {
          document,
          from: ref(target),
          to: { role: spec.role, index: spec.index },
        });
      return step(ctx, run, {
        removed: moveDrops(ctx, target, spec.role),
        inverse,
        copies: anchored(ctx, target),
      });
    }
    case 'placeContainer': {
      const lane = containers.filter((c) => c.list === listOf(spec.role));
      const before =
        spec.before === undefined || spec.before === 'end'
          ? spec.before
          : (() => {
              const c = pickOf(lane, spec.before);
              return c && ref(c);
            })();
      const run = () =>
        placeContainer(text, { document, from: ref(target), role: spec.role, before });
      return step(ctx, run, {
        removed: moveDrops(ctx, target, spec.role),
        copies: anchored(ctx, target),
      });
    }
    case 'stepContainer': {
      const size = containers.filter((c) => c.list === target.list).length;
      const index = target.index + spec.delta;
      const inverse =
        index >= 0 && index < size && reversibleReorder(ctx, target, index)
          ? (after: string) =>
              stepContainer(after, { ...ref(target), index }, spec.delta === 1 ? -1 : 1)
          : undefined;
      return step(ctx, () => stepContainer(text, ref(target), spec.delta), {
        inverse,
        copies: anchored(ctx, target),
      });
    }
    case 'setMainContainer':
      return step(ctx, () => setMainContainer(text, ref(target)));
    case 'duplicateContainer':
      return step(ctx, () => duplicateContainer(text, ref(target)), {
        copies: true,
        inverse: (after) => removeContainer(after, { ...ref(target), index: target.index + 1 }),
      });
  }
}

function onlyInit(ctx: Ctx, target: ContainerView): boolean {
  return (
    target.list === 'initContainers' &&
    ctx.pod.containers.filter((c) => c.list === 'initContainers').length === 1
  );
}

/** A move drops the container's restartPolicy line when its role changes, and an emptied initContainers. */
function moveDrops(ctx: Ctx, target: ContainerView, role: Role) {
  const paths: Path[] = [[...target.path, 'restartPolicy']];
  if (onlyInit(ctx, target) && listOf(role) !== 'initContainers')
    paths.push([...ctx.pod.specPath, 'initContainers']);
  return regions(ctx, paths);
}
