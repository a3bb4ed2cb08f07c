import type { VolumeView } from '../../../src/pod/types.ts';
import { renameVolume } from '../../commands/volumes.ts';
import { DraftInput } from '../../forms/DraftInput.tsx';
import { useAppStore } from '../../store/context.tsx';

/**
 * The volume's name. Renaming changes every volumeMount that refers to it in the same undo step;
 * Enter or leaving the field renames, Escape puts the name back.
 */
export function VolumeNameField({ volume }: { volume: VolumeView }) {
  const store = useAppStore();
  const mounts = volume.mountedBy.length;

  return (
    <DraftInput
      key={volume.name}
      label="Name"
      shown={volume.name}
      hint={mounts ? 'Renaming also renames every mount of this volume.' : undefined}
      write={(to) => renameVolume(store, volume.name, String(to ?? ''))}
    />
  );
}
