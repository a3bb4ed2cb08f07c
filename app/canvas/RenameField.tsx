import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ContainerView } from '../../src/pod/types.ts';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';

const selectRename = (s: AppState) => s.renameContainer;

interface Props {
  container: ContainerView;
  /** Called once when the field closes; `hadFocus` says whether focus should move back. */
  onDone: (hadFocus: boolean) => void;
}

/**
 * Inline rename: Enter or leaving the field saves, Escape cancels. A refused name is explained
 * here and the field stays open; the YAML is untouched.
 */
export function RenameField({ container, onDone }: Props) {
  const renameContainer = useApp(selectRename);
  const [value, setValue] = useState(container.name);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const closed = useRef(false);
  const close = (hadFocus: boolean) => {
    if (closed.current) return;
    closed.current = true;
    onDone(hadFocus);
  };

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const save = (hadFocus: boolean) => {
    if (closed.current) return;
    const result = renameContainer({ list: container.list, index: container.index }, value);
    if (result.ok) close(hadFocus);
    else setError(result.message);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save(true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    }
  };

  return (
    <form className="rename" onSubmit={onSubmit}>
      <input
        ref={input}
        className="rename-input"
        aria-label="Container name"
        value={value}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          // Moving to the Save button is not leaving the field.
          if (e.relatedTarget instanceof Node && e.currentTarget.form?.contains(e.relatedTarget))
            return;
          if (value === container.name) close(false);
          else save(false);
        }}
      />
      <button type="submit" className="icon-button" aria-label="Save name">
        <span aria-hidden="true">✓</span>
      </button>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
