import { renameVolume } from '../../../src/edit/volumes.ts';
import type { VolumeView } from '../../../src/pod/types.ts';
import { DraftInput } from '../../forms/DraftInput.tsx';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';

const selectApply = (s: AppState) => s.applyEdit;
const selectSelect = (s: AppState) => s.selectVolume;

/**
 * The volume's name. Renaming changes every volumeMount that refers to it in the same undo step;
 * Enter or leaving the field renames, Escape puts the name back.
 */
export function VolumeNameField({ volume }: { volume: VolumeView }) {
  const applyEdit = useApp(selectApply);
  const selectVolume = useApp(selectSelect);
  const mounts = volume.mountedBy.length;

  const rename = (to: string) => {
    const result = applyEdit(
      (text, document) => renameVolume(text, { document, from: volume.name, to }),
      {
        quiet: true,
        done: `Renamed volume "${volume.name}" to "${to}"${mounts ? '; its mounts follow' : ''}.`,
      },
    );
    if (result.ok) selectVolume(to);
    return result;
  };

  return (
    <DraftInput
      key={volume.name}
      label="Name"
      shown={volume.name}
      hint={mounts ? 'Renaming also renames every mount of this volume.' : undefined}
      write={(to) => rename(String(to ?? ''))}
    />
  );
}
