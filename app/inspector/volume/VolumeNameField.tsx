import { useId, useState, type KeyboardEvent } from 'react';
import { renameVolume } from '../../../src/edit/volumes.ts';
import type { VolumeView } from '../../../src/pod/types.ts';
import { FieldFrame } from '../../forms/Field.tsx';
import { useFormsLocked } from '../../forms/useDoc.ts';
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
  const locked = useFormsLocked();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const mounts = volume.mountedBy.length;

  const commit = () => {
    if (draft === null) return;
    const to = draft.trim();
    if (to === volume.name) {
      setDraft(null);
      setError(null);
      return;
    }
    const result = applyEdit(
      (text, document) => renameVolume(text, { document, from: volume.name, to }),
      {
        quiet: true,
        done: `Renamed volume "${volume.name}" to "${to}"${mounts ? '; its mounts follow' : ''}.`,
      },
    );
    if (!result.ok) return setError(result.message);
    setDraft(null);
    setError(null);
    selectVolume(to);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && (draft !== null || error)) {
      e.preventDefault();
      e.stopPropagation();
      setDraft(null);
      setError(null);
    }
  };

  return (
    <FieldFrame
      id={id}
      label="Name"
      error={error}
      hint={mounts ? 'Renaming also renames every mount of this volume.' : undefined}
    >
      <input
        id={id}
        className="field-input"
        value={draft ?? volume.name}
        disabled={locked}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error || mounts ? `${id}-note` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </FieldFrame>
  );
}
