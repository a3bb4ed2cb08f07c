import { useSyncExternalStore } from 'react';

/** A file read and waiting for the user to say how it should replace the current design. */
export interface PendingFile {
  /** The file's name as the user chose or dropped it. */
  name: string;
  /** Its text, exactly. */
  text: string;
}

// One page, one question at a time: the toolbar button and the drop target both ask here.
let pending: PendingFile | null = null;
const listeners = new Set<() => void>();

export function setPendingFile(file: PendingFile | null): void {
  pending = file;
  listeners.forEach((l) => l());
}

export function getPendingFile(): PendingFile | null {
  return pending;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The file waiting for an answer, or `null`. */
export function usePendingFile(): PendingFile | null {
  return useSyncExternalStore(subscribe, getPendingFile, getPendingFile);
}
