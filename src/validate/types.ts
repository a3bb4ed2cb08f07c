import type { Path } from '../yaml/path.ts';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding about the design: what the API server would reject (error), warn about or what fails
 * at runtime (warning), or best practice (info). One list of these feeds the editor markers, the
 * canvas badges, the problems panel and the CLI (DESIGN.md §3).
 */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  /** kubectl's `path: message` form, e.g. `spec.containers[0].image: Required value`. */
  message: string;
  /** Path of the offending field inside its document. */
  path: Path;
  /** Index of the document in the text. */
  document: number;
  /** 1-based position of the start of the offending node (the key, for map entries). */
  line: number;
  column: number;
  /** 1-based position just past its end. */
  endLine: number;
  endColumn: number;
  /** A quick fix the app can apply, when the fix is clear. */
  fix?: FixId;
}

/** The quick fixes the app knows (src/validate/fixes.ts applies them). */
export type FixId =
  | 'convert-to-native-sidecar'
  | 'create-missing-volume'
  | 'align-selector'
  | 'rename-duplicate-container';
