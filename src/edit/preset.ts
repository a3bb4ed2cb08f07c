import type { PodView } from '../pod/types.ts';
import { getPath } from '../pod/view.ts';
import type { Path } from '../yaml/path.ts';
import type {
  PresetContext,
  SharedVolume,
  SidecarPreset,
  VolumeChoice,
} from '../templates/presets.ts';
import { addContainer, freeName, loadPod, type ContainerRef } from './containers.ts';
import { EditError } from './errors.ts';
import { setField } from './fields.ts';
import {
  normalizeMountPath,
  volumeChoiceProblems,
  type VolumeChoiceInput,
  type VolumeChoiceProblems,
} from './preset-volume.ts';
import { addVolume, freeVolumeName, mountVolume } from './volumes.ts';

export type { VolumeChoiceInput, VolumeChoiceProblems } from './preset-volume.ts';

export interface AddPresetOp {
  document: number;
  preset: SidecarPreset;
  /** Native sidecar (an `initContainers` entry that restarts Always) or classic sidecar. */
  role: 'native-sidecar' | 'sidecar';
  /** Container name; default the preset's, made free. */
  name?: string;
  /** Create the preset's shared emptyDir and mount it into the sidecar and the main container. */
  sharedVolume?: boolean;
  /**
   * With `sharedVolume`: the volume's name and mount paths the user chose (each defaults to the
   * preset's; a default name is made free, a chosen one must be). Invalid choices are refused.
   */
  volume?: VolumeChoiceInput;
  /** Turn on `shareProcessNamespace` (for presets that want it). */
  shareProcessNamespace?: boolean;
}

/** The shared volume an `addPreset` would create, as chosen, and why it could not. */
export interface PlannedVolume extends SharedVolume {
  /** The chosen values, normalised: what the preset's command and the mounts use. */
  choice: VolumeChoice;
  /** Empty when the choice can be added. */
  problems: VolumeChoiceProblems;
}

/** What {@link planPreset} expects an `addPreset` to do, for the dialog to say before it happens. */
export interface PresetPlan {
  name: string;
  /** The context the preset's container is built from, with the chosen volume. */
  context: PresetContext;
  volume?: PlannedVolume;
  /** The main container the volume is also mounted into. */
  main?: string;
  /** Fields set on the main container with the volume (content sync: nginx serves the checkout). */
  mainFields?: Record<string, unknown>;
  /** One sentence on what each container finds where, with the chosen paths. */
  explain?: string;
  /** `shareProcessNamespace` is already on. */
  sharesProcesses: boolean;
}

/**
 * The names and paths an `addPreset` on this pod would use: the preset's defaults (a free volume
 * name) overridden by `choice`, and the problems of that choice.
 */
export function planPreset(
  pod: PodView,
  preset: SidecarPreset,
  value?: unknown,
  choice: VolumeChoiceInput = {},
): PresetPlan {
  const main = pod.containers.find((c) => c.role === 'main');
  const usedPorts = new Set(
    pod.containers.flatMap((c) =>
      c.ports.flatMap((p) => (typeof p.containerPort === 'number' ? [p.containerPort] : [])),
    ),
  );
  const mainHasCommand =
    main !== undefined &&
    (getPath(value, [...main.path, 'command']) !== undefined ||
      getPath(value, [...main.path, 'args']) !== undefined);
  const base: PresetContext = { main, mainHasCommand, usedPorts };
  const shared = preset.sharedVolume?.(base);
  if (!shared) {
    return {
      name: freeName(pod, preset.name),
      context: base,
      main: main?.name,
      sharesProcesses: sharesProcesses(pod, value),
    };
  }
  const picked: VolumeChoice = {
    name: choice.name === undefined ? freeVolumeName(pod, shared.name) : choice.name.trim(),
    sidecar: normalizeMountPath(choice.sidecar ?? shared.sidecar.mountPath),
    main: normalizeMountPath(choice.main ?? shared.main.mountPath),
  };
  const context: PresetContext = { ...base, volume: picked };
  return {
    name: freeName(pod, preset.name),
    context,
    volume: {
      ...shared,
      name: picked.name,
      sidecar: { ...shared.sidecar, mountPath: picked.sidecar },
      main: { ...shared.main, mountPath: picked.main },
      choice: picked,
      problems: volumeChoiceProblems(pod, picked, main),
    },
    main: main?.name,
    mainFields: main ? preset.mainFields?.(context) : undefined,
    explain: preset.explain?.(context),
    sharesProcesses: sharesProcesses(pod, value),
  };
}

function sharesProcesses(pod: PodView, value: unknown): boolean {
  return getPath(value, [...pod.specPath, 'shareProcessNamespace']) === true;
}

/**
 * Adds a sidecar preset as one edit: the container (native or classic), and on request its
 * shared emptyDir, named and mounted into the sidecar and the main container where the user chose
 * (the sidecar's command follows the chosen path; the main container gets the fields the preset
 * needs there, such as nginx's command for content sync), and `shareProcessNamespace`.
 * Built from {@link addContainer}, {@link addVolume}, {@link mountVolume} and {@link setField},
 * so the rest of the text stays as it was.
 *
 * @throws EditError when the chosen volume name or a mount path cannot be used (see {@link planPreset}).
 */
export function addPreset(text: string, op: AddPresetOp): string {
  const { pod, value } = loadPod(text, op.document);
  // A declined volume leaves the container on the preset's defaults.
  const plan = planPreset(pod, op.preset, value, op.sharedVolume ? op.volume : undefined);
  const problem = op.sharedVolume ? Object.values(plan.volume?.problems ?? {})[0] : undefined;
  if (problem) throw new EditError(problem);
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
      if (plan.mainFields) out = setMainFields(out, op.document, plan.main, plan.mainFields);
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

/** Sets fields on the main container right after its image, where people write command and args. */
function setMainFields(
  text: string,
  document: number,
  main: string,
  fields: Record<string, unknown>,
): string {
  const { path } = findByName(text, document, main);
  const container = getPath(loadPod(text, document).value, path);
  const keys = Object.keys(typeof container === 'object' && container !== null ? container : {});
  const image = keys.indexOf('image');
  const before = image === -1 ? undefined : keys.slice(image + 1).find((k) => !(k in fields));
  let out = text;
  for (const [key, value] of Object.entries(fields))
    out = setField(out, { document, path: [...path, key], value, before });
  return out;
}

function findByName(text: string, document: number, name: string): ContainerRef & { path: Path } {
  const { pod } = loadPod(text, document);
  const found = pod.containers.find((c) => c.name === name);
  if (!found) throw new Error(`Container ${name} vanished while adding a preset.`);
  return { document, list: found.list, index: found.index, path: found.path };
}
