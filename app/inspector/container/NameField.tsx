import { useId, useState, type KeyboardEvent } from 'react';
import type { ContainerView } from '../../../src/pod/types.ts';
import { FieldFrame } from '../../forms/Field.tsx';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';

const selectRename = (s: AppState) => s.renameContainer;

/**
 * The container's name. Renaming goes through the store's `renameContainer`, so the
 * default-container annotation follows; a refused name is explained inline and the YAML is left alone.
 */
export function NameField({ container }: { container: ContainerView }) {
  const renameContainer = useApp(selectRename);
  const locked = useFormsLocked();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const commit = () => {
    if (draft === null) return;
    const result = renameContainer({ list: container.list, index: container.index }, draft);
    if (!result.ok) return setError(result.message);
    setError(null);
    setDraft(null);
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
    <FieldFrame id={id} label="Name" error={error}>
      <input
        id={id}
        className="field-input"
        value={draft ?? container.name}
        disabled={locked}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-note` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </FieldFrame>
  );
}
