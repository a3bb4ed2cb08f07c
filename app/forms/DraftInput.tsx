import { useId, useState, type KeyboardEvent } from 'react';
import type { EditResult } from '../store/index.ts';
import { FieldFrame } from './FieldFrame.tsx';
import { useFormsLocked } from './useDoc.ts';
import { useLiveEdit } from './useLiveEdit.ts';

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
 * A text input that writes what the user types as they type (app/forms/useLiveEdit.ts): the YAML,
 * the canvas and the diagnostics follow each keystroke, and the burst is one undo step. Text that
 * is not acceptable yet shows an inline error while the YAML keeps the last acceptable value; an
 * emptied field is written (the key removed, or the required message shown) on Enter or when the
 * field loses focus, which also close the burst. Escape takes the burst back. Every text field of
 * the inspector is one of these.
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
  const live = useLiveEdit();

  /** Writes `raw` when it is acceptable; returns whether it was (the reason is shown if not). */
  const accept = (raw: string): boolean => {
    const problem = raw === '' ? required : validate?.(raw);
    if (problem) {
      setError(problem);
      return false;
    }
    const result = write(raw === '' ? undefined : parse(raw));
    setError(result.ok ? null : result.message);
    return result.ok;
  };
  const onChange = (next: string) => {
    setDraft(next);
    const raw = next.trim();
    // Emptying is decided on Enter or blur: removing the key and adding it back a keystroke
    // later would move it to the end of its mapping.
    if (raw === '') return setError(required ?? null);
    live.request(() => accept(raw));
  };
  const commit = () => {
    if (draft === null) return live.end();
    const raw = draft.trim();
    if (raw === shown) {
      setDraft(null);
      setError(null);
      return live.end();
    }
    live.finish(() => {
      if (accept(raw)) setDraft(null);
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && (draft !== null || error)) {
      e.preventDefault();
      e.stopPropagation();
      live.revert();
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
        onChange={(e) => onChange(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </FieldFrame>
  );
}
