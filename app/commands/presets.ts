import { addPreset as addPresetOp, type PlannedVolume } from '../../src/edit/preset.ts';
import type { SidecarPreset, VolumeChoice } from '../../src/templates/presets.ts';
import type { EditResult } from '../store/index.ts';
import { runCommand, type CommandStore } from './run.ts';

/** A sidecar preset as the preset dialog settled it (planPreset's plan, with the user's choices). */
export interface PresetRequest {
  preset: SidecarPreset;
  role: 'native-sidecar' | 'sidecar';
  /** The container's name, checked free and valid. */
  name: string;
  /** The shared emptyDir to create and mount: what the user chose, and the plan made of it. */
  volume?: { choice: VolumeChoice | undefined; planned: PlannedVolume };
  /** The main container the volume is also mounted into. */
  main?: string;
  /** The plan sets fields of the main container with the volume. */
  mainFields: boolean;
  /** Turn on `shareProcessNamespace`. */
  shareProcesses: boolean;
}

/**
 * Adds a sidecar preset with everything chosen as one undo step, selects the new container and
 * says what was added. Refusals are returned, not noticed: the dialog shows them.
 */
export function addPreset(store: CommandStore, r: PresetRequest): EditResult {
  return runCommand(store, {
    quiet: true,
    op: (text, document) =>
      addPresetOp(text, {
        document,
        preset: r.preset,
        role: r.role,
        name: r.name,
        sharedVolume: r.volume !== undefined,
        volume: r.volume?.choice,
        shareProcessNamespace: r.shareProcesses,
      }),
    notice: presetNotice(r),
    select: { container: r.name },
  });
}

function presetNotice(r: PresetRequest): string {
  const label = r.preset.label.toLowerCase();
  const parts = [
    `Added ${label} "${r.name}" as a ${r.role === 'sidecar' ? 'classic' : 'native'} sidecar`,
  ];
  const volume = r.volume?.planned;
  if (volume) {
    const { main } = r;
    parts.push(
      `with emptyDir "${volume.name}" at ${volume.sidecar.mountPath}${main ? ` (in ${main}: ${volume.main.mountPath})` : ''}`,
    );
    if (main && r.mainFields) parts.push(`giving ${main} a command that uses it`);
  }
  if (r.shareProcesses) parts.push('sharing the process namespace');
  return `${parts.join(', ')}. Undo removes it all.`;
}
