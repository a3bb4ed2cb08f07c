import type { ContainerView } from '../pod/types.ts';
import { PRESET_ENTRIES, type PresetEntry } from './preset-list.ts';

/** The shared volume as the user chose it: its name and where each container mounts it. */
export interface VolumeChoice {
  name: string;
  /** Mount path in the sidecar: the preset's command, arguments and config use this one. */
  sidecar: string;
  /** Mount path in the main container. */
  main: string;
}

/** What a preset can know about the pod it joins, and what the user chose. */
export interface PresetContext {
  /** The pod's main container, when it has one. */
  main?: ContainerView;
  /** The main container sets its own `command` or `args`: a preset never replaces them. */
  mainHasCommand?: boolean;
  /** Every numeric containerPort already used in the pod (containers share one network). */
  usedPorts: ReadonlySet<number>;
  /**
   * The shared volume's chosen name and mount paths (normalised, see `planPreset`). Without it a
   * preset uses its own defaults ({@link SidecarPreset.sharedVolume}).
   */
  volume?: VolumeChoice;
}

/** An emptyDir the sidecar and the main container share, and where each one mounts it. */
export interface SharedVolume {
  /** Name of the volume; a free one is picked when it is taken and the user names none. */
  name: string;
  /** The emptyDir's fields (`{}`, or `{ medium: Memory, sizeLimit: 1Mi }`). */
  emptyDir: Record<string, unknown>;
  sidecar: { mountPath: string; readOnly?: boolean };
  main: { mountPath: string; readOnly?: boolean };
}

/** A sidecar people add again and again, as YAML they would keep: pinned image, resources, named ports. */
export interface SidecarPreset extends PresetEntry {
  /** One sentence on what it does and what it needs. */
  summary: string;
  /** Base container name; a free one is picked when it is taken. */
  name: string;
  /**
   * The container's fields (without `name`); `restartPolicy` is set by the role. Every path into
   * the shared volume is under `ctx.volume.sidecar` (the default mount path when none is chosen).
   */
  container: (ctx: PresetContext) => Record<string, unknown>;
  /** The volume to share with the main container, with its default name and mount paths. */
  sharedVolume?: (ctx: PresetContext) => SharedVolume;
  /**
   * Fields to set on the main container, with the shared volume, so it uses what the sidecar puts
   * there (content sync: nginx serves the checkout); `undefined` when it needs none or would lose
   * its own command.
   */
  mainFields?: (ctx: PresetContext) => Record<string, unknown> | undefined;
  /** One sentence for the dialog: what each container finds where, with the chosen paths. */
  explain?: (ctx: PresetContext) => string;
  /** The sidecar wants to see the main container's processes (`shareProcessNamespace: true`). */
  wantsProcessNamespace?: boolean;
}

/** The palette entry (id, label, hint) of a preset. */
export function entry(id: string): PresetEntry {
  const found = PRESET_ENTRIES.find((e) => e.id === id);
  if (!found) throw new Error(`No palette entry for the preset ${id}.`);
  return found;
}

/** The presets' resources: CPU and memory requests, and a memory limit. */
export const small = (cpu: string, memory: string, limit = memory) => ({
  requests: { cpu, memory },
  limits: { memory: limit },
});

/** The chosen volume, or the preset's defaults when nothing was chosen. */
export function volumeOf(
  ctx: PresetContext,
  defaults: (ctx: PresetContext) => SharedVolume,
): VolumeChoice {
  if (ctx.volume) return ctx.volume;
  const d = defaults(ctx);
  return { name: d.name, sidecar: d.sidecar.mountPath, main: d.main.mountPath };
}

/** `file` inside the folder `dir`: `under('/shared/', 'token')` is `/shared/token`. */
export function under(dir: string, file: string): string {
  return `${dir.replace(/\/+$/, '')}/${file}`;
}

/** The name of the main container for a sentence: "nginx", or "the app" when there is none. */
export function mainName(ctx: PresetContext): string {
  return ctx.main?.name ?? 'the app';
}
