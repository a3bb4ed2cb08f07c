import { useId } from 'react';
import { Dialog } from '../gallery/Dialog.tsx';
import { currentSession } from '../library/session.ts';
import { useAppStore } from '../store/context.tsx';
import { openFileAsNew, replaceWithFile } from './openFile.ts';
import type { PendingFile } from './pending.ts';

interface Props {
  file: PendingFile;
  onClose: () => void;
}

/**
 * Asked before a file replaces a design with changes: keep both (the file opens as a new design
 * of the library), replace (one undo step), or cancel (nothing changes).
 */
export function ReplaceDialog({ file, onClose }: Props) {
  const store = useAppStore();
  const session = currentSession();
  const id = useId();
  return (
    <Dialog
      title={`Open "${file.name}"?`}
      description="The current design has changes that opening the file would replace."
      onClose={onClose}
    >
      <ul className="replace-choices">
        {session ? (
          <li>
            <button
              type="button"
              className="dialog-button primary"
              aria-describedby={`${id}-both`}
              onClick={() => {
                openFileAsNew(store, file, session);
                onClose();
              }}
            >
              Keep both
            </button>
            <span id={`${id}-both`}>
              The current design stays in your library; the file opens as a new one.
            </span>
          </li>
        ) : null}
        <li>
          <button
            type="button"
            className="dialog-button"
            aria-describedby={`${id}-replace`}
            onClick={() => {
              replaceWithFile(store, file);
              onClose();
            }}
          >
            Replace this design
          </button>
          <span id={`${id}-replace`}>
            The file takes its place. Undo brings the current design back.
          </span>
        </li>
      </ul>
      <div className="dialog-actions">
        <button type="button" className="dialog-button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
