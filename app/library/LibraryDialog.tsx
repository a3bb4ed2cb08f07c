import { useEffect, useRef, useState } from 'react';
import { saveFailedMessage } from '../../src/library/problems.ts';
import { cleanName } from '../../src/library/record.ts';
import { withEditorFlushed } from '../commands/flush.ts';
import { Dialog } from '../gallery/Dialog.tsx';
import { useAppStore } from '../store/context.tsx';
import { DesignItem } from './DesignItem.tsx';
import { manageLibrary, type Deleted } from './manage.ts';
import { currentSession, type Session } from './session.ts';
import './library.css';

const DESCRIPTION =
  'Every change is saved in this browser as you edit. Each tab edits its own design; ' +
  'a design open in two tabs follows the latest change made in either.';

/** The design library: every design saved in this browser, to open, rename, copy or delete. */
export function LibraryDialog({ onClose }: { onClose: () => void }) {
  const session = currentSession();
  return (
    <Dialog title="Designs" description={DESCRIPTION} onClose={onClose} className="library-dialog">
      {session ? (
        <Library session={session} onClose={onClose} />
      ) : (
        <p role="alert">The design library did not start in this page.</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="dialog-button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function Library({ session, onClose }: { session: Session; onClose: () => void }) {
  const store = useAppStore();
  const [library] = useState(() => manageLibrary(session));
  const [designs, setDesigns] = useState(() => library.list());
  const [currentId, setCurrentId] = useState(() => session.currentId());
  const [problem, setProblem] = useState(() => session.problem());
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [message, setMessage] = useState('');
  const undoRef = useRef<HTMLButtonElement>(null);
  // The time words are as of the last refresh: a render must not read the clock.
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    // Another tab's saves and deletions show up while the dialog is open.
    const refresh = () => {
      setDesigns(library.list());
      setCurrentId(session.currentId());
      setProblem(session.problem());
      setNow(Date.now());
    };
    // The open design may have changes the debounce still holds: list it as it is.
    withEditorFlushed(store, () => session.saveNow());
    refresh();
    return session.subscribe(refresh);
  }, [library, session, store]);

  useEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);

  const unsavedHere = !problem && !designs.some((d) => d.id === currentId);

  return (
    <>
      {problem ? (
        <p className="library-problem" role="alert">
          {saveFailedMessage(problem)}
        </p>
      ) : null}
      <div className="library-top">
        <button
          type="button"
          className="small-button"
          onClick={() => {
            if (session.newDesign()) onClose();
          }}
        >
          New design
        </button>
        <p className="library-status" role="status">
          {message}
          {deleted ? (
            <>
              {' '}
              <button
                ref={undoRef}
                type="button"
                className="small-button"
                onClick={() => {
                  library.restore(deleted);
                  setDeleted(null);
                  setMessage(`Brought back “${deleted.record.name}”.`);
                }}
              >
                Undo delete
              </button>
            </>
          ) : null}
        </p>
      </div>
      {unsavedHere ? (
        <p className="library-note">
          The design in this tab is an unchanged template: it is saved once you change it.
        </p>
      ) : null}
      {designs.length === 0 ? (
        <p className="library-note">No saved designs yet.</p>
      ) : (
        <ul className="design-list" aria-label="Saved designs">
          {designs.map((d) => (
            <DesignItem
              key={d.id}
              design={d}
              isOpen={d.id === currentId}
              now={now}
              onOpen={() => {
                if (session.open(d.id)) onClose();
              }}
              onRename={(name) => {
                const result = library.rename(d.id, name);
                if (result.ok) setMessage(`Renamed to “${cleanName(name)}”.`);
                return result;
              }}
              onDuplicate={() => {
                const copy = library.duplicate(d.id);
                setDeleted(null);
                setMessage(copy ? `Saved a copy: “${copy.name}”.` : 'Could not copy the design.');
              }}
              onDelete={() => {
                const gone = library.remove(d.id);
                if (!gone) return setMessage('Could not delete the design.');
                setDeleted(gone);
                setMessage(
                  gone.wasOpen
                    ? `Deleted “${gone.record.name}”. This tab now shows a new design.`
                    : `Deleted “${gone.record.name}”.`,
                );
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}
