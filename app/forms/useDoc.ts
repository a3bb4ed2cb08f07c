import { getPath } from '../../src/pod/view.ts';
import type { Path } from '../../src/yaml/path.ts';
import { useApp } from '../store/context.tsx';
import {
  selectReading,
  selectShownValues,
  selectStale,
  selectWorkload,
} from '../store/selectors.ts';
import type { AppState } from '../store/index.ts';

/** The parsed value at `path` of the shown workload's document (`undefined` when missing). */
export function selectDocValue(s: AppState, path: Path): unknown {
  const workload = selectWorkload(s);
  if (!workload) return undefined;
  return getPath(selectShownValues(s)[workload.document], path);
}

/**
 * Reads the value at `path` of the shown workload's document. Objects come from the parsed state,
 * so they keep their identity until the text changes and plain equality holds between renders.
 */
export function useDocValue(path: Path): unknown {
  return useApp((s) => selectDocValue(s, path));
}

/**
 * Forms are read-only while the text has errors: canvas edits are refused then (DESIGN.md §1).
 * While a large design is only being read they stay open, so typing goes on: a field's writes wait
 * for the reading (app/forms/useLiveEdit.ts).
 */
export function useFormsLocked(): boolean {
  return useApp(selectFormsLocked);
}

const selectFormsLocked = (s: AppState): boolean => selectStale(s) && !selectReading(s);
