import { useId, useState } from 'react';
import type { DesignRecord } from '../../src/library/record.ts';
import { editedWords } from '../../src/library/time.ts';
import type { EditResult } from '../store/index.ts';

interface Props {
  design: DesignRecord;
  /** This tab shows the design. */
  isOpen: boolean;
  now: number;
  onOpen: () => void;
  onRename: (name: string) => EditResult;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** One saved design in the library: what it is, when it was edited, and what to do with it. */
export function DesignItem({ design, isOpen, now, ...actions }: Props) {
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(design.name);
  const [error, setError] = useState<string | null>(null);
  const edited = new Date(design.updatedAt);

  const save = () => {
    const result = actions.onRename(draft);
    if (!result.ok) return setError(result.message);
    setError(null);
    setRenaming(false);
  };

  return (
    <li className="design-item" aria-labelledby={`${id}-name`} data-open={isOpen || undefined}>
      <div className="design-head">
        <span id={`${id}-name`} className="design-name">
          {design.name}
        </span>
        {isOpen ? <span className="design-here">open in this tab</span> : null}
      </div>
      <div className="design-meta">
        <span>{design.kind || 'No workload'}</span>
        <span aria-hidden="true"> · </span>
        <span>
          edited{' '}
          <time
            dateTime={design.updatedAt > 0 ? edited.toISOString() : undefined}
            title={design.updatedAt > 0 ? edited.toLocaleString() : undefined}
          >
            {editedWords(design.updatedAt, now)}
          </time>
        </span>
      </div>
      {renaming ? (
        <form
          className="design-rename"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label htmlFor={`${id}-input`}>Name</label>
          <input
            id={`${id}-input`}
            value={draft}
            // The rename field appears because the user asked for it: take them there.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              // Escape ends the rename, not the whole dialog.
              e.preventDefault();
              e.stopPropagation();
              setRenaming(false);
              setError(null);
            }}
          />
          <button type="submit" className="small-button">
            Save name
          </button>
          <button
            type="button"
            className="small-button"
            onClick={() => {
              setRenaming(false);
              setError(null);
            }}
          >
            Cancel
          </button>
          {error ? (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : (
        <div className="design-actions">
          <button
            type="button"
            className="small-button"
            aria-label={`Open ${design.name}`}
            disabled={isOpen}
            onClick={actions.onOpen}
          >
            Open
          </button>
          <button
            type="button"
            className="small-button"
            aria-label={`Rename ${design.name}`}
            onClick={() => {
              setDraft(design.name);
              setRenaming(true);
            }}
          >
            Rename
          </button>
          <button
            type="button"
            className="small-button"
            aria-label={`Duplicate ${design.name}`}
            onClick={actions.onDuplicate}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="small-button"
            aria-label={`Delete ${design.name}`}
            onClick={actions.onDelete}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
