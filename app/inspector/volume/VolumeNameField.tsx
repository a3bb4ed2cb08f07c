import type { VolumeView } from '../../../src/pod/types.ts';
import { renameVolume } from '../../commands/volumes.ts';
import { DraftInput } from '../../forms/DraftInput.tsx';
import { useAppStore } from '../../store/context.tsx';

/**
 * The volume's name, renamed as one types: every volumeMount that refers to it follows, the burst
 * is one undo step, and Escape puts the name back.
 */
export function VolumeNameField({ volume }: { volume: VolumeView }) {
  const store = useAppStore();
  const mounts = volume.mountedBy.length;

  return (
    <DraftInput
      label="Name"
      shown={volume.name}
      hint={mounts ? 'Renaming also renames every mount of this volume.' : undefined}
      // The form shows the selected volume, and a rename selects the new name: a keystroke's
      // rename starts from the name the one before it gave, even before this form is drawn again.
      write={(to) =>
        renameVolume(store, store.getState().selectedVolume ?? volume.name, String(to ?? ''))
      }
    />
  );
}
