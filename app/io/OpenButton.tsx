import { useRef } from 'react';
import { useAppStore } from '../store/context.tsx';
import { openFilesLater } from './later.ts';

/** Extensions and types the picker offers first; any file can still be chosen and is sniffed. */
const ACCEPT = '.yaml,.yml,.json,.txt,application/yaml,application/json,text/yaml,text/plain';

/** The toolbar's "Open" button: picks a YAML (or JSON) file from disk and opens it. */
export function OpenButton() {
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="tool-button"
        title="Open a YAML file (or drop one anywhere on the app)"
        onClick={() => input.current?.click()}
      >
        Open
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label="Open a YAML file"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Cleared, so choosing the same file again opens it again.
          e.currentTarget.value = '';
          openFilesLater(store, files);
        }}
      />
    </>
  );
}
