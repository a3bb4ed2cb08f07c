import { useId, useState, type KeyboardEvent } from 'react';
import type { EditResult } from '../store/index.ts';
import { FieldFrame } from './FieldFrame.tsx';
import { useFormsLocked } from './useDoc.ts';

export interface DraftInputProps {
  label: string;
  /** What the YAML holds now, as text. */
  shown: string;
  hint?: string;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  /** The message when the field is emptied; without it, emptying removes the key. */
  required?: string;
  /** A message when the raw text is not acceptable; the YAML is left alone then. */
  validate?: (raw: string) => string | undefined;
  /** Turns accepted text into the value written (default: the trimmed text). */
  parse?: (raw: string) => unknown;
  /** Writes the accepted value (`undefined` for an emptied field); a refusal is shown inline. */
  write: (value: unknown) => EditResult;
}

/**
 * A text input that holds what the user types as a draft and writes it on Enter or when it loses
 * focus. Invalid text shows an inline error and never reaches the YAML; Escape puts back what the
 * YAML holds. Every text field of the inspector is one of these.
 */
export function DraftInput({
  label,
  shown,
  hint,
  placeholder,
  inputMode,
  required,
  validate,
  parse = (raw) => raw,
  write,
}: DraftInputProps) {
  const locked = useFormsLocked();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const commit = () => {
    if (draft === null) return;
    const raw = draft.trim();
    if (raw === shown) {
      setDraft(null);
      setError(null);
      return;
    }
    const problem = raw === '' ? required : validate?.(raw);
    if (problem) return setError(problem);
    const result = write(raw === '' ? undefined : parse(raw));
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
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        className="field-input"
        value={draft ?? shown}
        placeholder={placeholder}
        inputMode={inputMode}
        disabled={locked}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${id}-note` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </FieldFrame>
  );
}
