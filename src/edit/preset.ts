import type { PodView } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import type { PresetContext, SharedVolume, SidecarPreset } from '../templates/presets.ts';
import { addContainer, freeName, loadPod, type ContainerRef } from './containers.ts';
import { setField } from './fields.ts';
import { addVolume, freeVolumeName, mountVolume } from './volumes.ts';

export interface AddPresetOp {
  document: number;
  preset: SidecarPreset;
  /** Native sidecar (an `initContainers` entry that restarts Always) or classic sidecar. */
  role: 'native-sidecar' | 'sidecar';
  /** Container name; default the preset's, made free. */
  name?: string;
  /** Create the preset's shared emptyDir and mount it into the sidecar and the main container. */
  sharedVolume?: boolean;
  /** Turn on `shareProcessNamespace` (for presets that want it). */
  shareProcessNamespace?: boolean;
}

/** What {@link planPreset} expects an `addPreset` to do, for the dialog to say before it happens. */
export interface PresetPlan {
  name: string;
  context: PresetContext;
  volume?: SharedVolume & { name: string };
  /** The main container the volume is also mounted into. */
  main?: string;
  /** `shareProcessNamespace` is already on. */
  sharesProcesses: boolean;
}

/** The names and paths an `addPreset` on this pod would use. */
export function planPreset(pod: PodView, preset: SidecarPreset, value?: unknown): PresetPlan {
  const main = pod.containers.find((c) => c.role === 'main');
  const usedPorts = new Set(
    pod.containers.flatMap((c) =>
      c.ports.flatMap((p) => (typeof p.containerPort === 'number' ? [p.containerPort] : [])),
    ),
  );
  const context: PresetContext = { main, usedPorts };
  const shared = preset.sharedVolume?.(context);
  return {
    name: freeName(pod, preset.name),
    context,
    volume: shared && { ...shared, name: freeVolumeName(pod, shared.name) },
    main: main?.name,
    sharesProcesses: getPath(value, [...pod.specPath, 'shareProcessNamespace']) === true,
  };
}

/**
 * Adds a sidecar preset as one edit: the container (native or classic), and on request its
 * shared emptyDir mounted into the sidecar and the main container, and `shareProcessNamespace`.
 * Built from {@link addContainer}, {@link addVolume}, {@link mountVolume} and {@link setField},
 * so the rest of the text stays as it was.
 */
export function addPreset(text: string, op: AddPresetOp): string {
  const { pod, value } = loadPod(text, op.document);
  const plan = planPreset(pod, op.preset, value);
  // addContainer would pick a free name on its own; pick it here to find the container after.
  const name = op.name?.trim() ? freeName(pod, op.name.trim()) : plan.name;
  let out = addContainer(text, {
    document: op.document,
    role: op.role,
    // `command: undefined` drops the role's placeholder command (sleep infinity) for presets
    // that run their image's own entrypoint.
    container: { name, command: undefined, ...op.preset.container(plan.context) },
  });
  const added = findByName(out, op.document, name);

  if (op.sharedVolume && plan.volume) {
    const volume = plan.volume;
    out = addVolume(out, {
      document: op.document,
      name: volume.name,
      source: 'emptyDir',
      spec: volume.emptyDir,
    });
    out = mountVolume(out, {
      document: op.document,
      container: added,
      volume: volume.name,
      ...volume.sidecar,
    });
    if (plan.main) {
      out = mountVolume(out, {
        document: op.document,
        // Adding a native sidecar never shifts `containers`, adding a classic one appends.
        container: findByName(out, op.document, plan.main),
        volume: volume.name,
        ...volume.main,
      });
    }
  }

  if (op.shareProcessNamespace && !plan.sharesProcesses) {
    const spec = getPath(loadPod(out, op.document).value, pod.specPath);
    const keys = Object.keys(typeof spec === 'object' && spec !== null ? spec : {});
    // Beside the container lists, where people write it.
    const before = keys.find((k) => k === 'initContainers' || k === 'containers');
    out = setField(out, {
      document: op.document,
      path: [...pod.specPath, 'shareProcessNamespace'],
      value: true,
      before,
    });
  }
  return out;
}

function findByName(text: string, document: number, name: string): ContainerRef {
  const { pod } = loadPod(text, document);
  const found = pod.containers.find((c) => c.name === name);
  if (!found) throw new Error(`Container ${name} vanished while adding a preset.`);
  return { document, list: found.list, index: found.index };
}
