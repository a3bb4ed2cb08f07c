import { useId, type ReactNode } from 'react';
import './version.css';

interface Props<T extends string> {
  label: ReactNode;
  value: T;
  options: readonly T[];
  /** The words an option shows (default: its value). */
  words?: Record<T, string>;
  onChange: (value: T) => void;
}

/** A labelled select of the toolbar (the Kubernetes version, the theme). */
export function ToolSelect<T extends string>({ label, value, options, words, onChange }: Props<T>) {
  const id = useId();
  return (
    <div className="toolbar-version">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="tool-select"
        value={value}
        onChange={(e) => {
          const chosen = options.find((o) => o === e.target.value);
          if (chosen) onChange(chosen);
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {words?.[o] ?? o}
          </option>
        ))}
      </select>
    </div>
  );
}
