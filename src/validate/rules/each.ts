import type { ContainerView } from '../../pod/types.ts';
import type { Path } from '../../yaml/path.ts';
import { isObj, listOf, type Obj, type WorkloadContext } from '../context.ts';

/** One container of a pod: how the pod view sees it, and its plain value. */
export interface PodContainer {
  view: ContainerView;
  raw: Obj;
}

/**
 * Every container of the pod, init containers (and native sidecars) first, then `containers`, in
 * list order — the order the API server visits them. Entries that are not objects are skipped
 * (the schema reports them).
 */
export function podContainers(ctx: WorkloadContext): PodContainer[] {
  const out: PodContainer[] = [];
  for (const view of ctx.pod.containers) {
    const raw = listOf(ctx.spec[view.list])[view.index];
    if (isObj(raw)) out.push({ view, raw });
  }
  return out;
}

/** One container of a pod spec with its path, in VisitContainersWithPath's order. */
export interface SpecContainer {
  raw: Obj;
  path: Path;
}

/**
 * Init containers, containers, then ephemeral containers (`VisitContainersWithPath`), read from
 * the spec itself (the pod view leaves ephemeral containers out).
 */
export function specContainers(spec: Obj, specPath: Path): SpecContainer[] {
  const out: SpecContainer[] = [];
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'])
    listOf(spec[list]).forEach((raw, i) => {
      if (isObj(raw)) out.push({ raw, path: [...specPath, list, i] });
    });
  return out;
}

/** True for a container that runs for the pod's whole life (app containers and native sidecars). */
export function runsAlongside(view: ContainerView): boolean {
  return view.role !== 'init';
}

/** True when a field is set: present and not `null` (the API treats `null` as unset). */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** True for an integer: what Go reads into an int field (other numbers are the schema's). */
export function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}
