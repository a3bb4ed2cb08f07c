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
  /**
   * kubectl's `path: message` form, e.g. `spec.containers[0].image: Required value`; a YAML
   * syntax problem has no path and starts with its line instead: `line 4: …`.
   */
  message: string;
  /** More about the message, when there is more: for a YAML problem, the YAML library's words. */
  detail?: string;
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

/**
 * The quick fixes the app knows: src/validate/fixes.ts applies them, src/validate/fix-titles.ts
 * holds their words.
 */
export type FixId =
  | 'convert-to-native-sidecar'
  | 'create-missing-volume'
  | 'align-selector'
  | 'rename-duplicate-container'
  | 'set-restart-policy-always'
  | 'set-restart-policy-never'
  | 'remove-container-restart-policy'
  | 'correct-value-case'
  | 'remove-init-probe-or-hook'
  | 'set-success-threshold-1'
  | 'use-only-port'
  | 'make-name-valid'
  | 'rename-duplicate-port'
  | 'remove-hidden-env'
  | 'make-subpath-relative'
  | 'raise-limit-to-request'
  | 'memory-milli-to-mebi'
  | 'select-pod-labels'
  | 'remove-unused-volume'
  | 'use-served-api-version'
  | 'disallow-privilege-escalation'
  | 'set-read-only-root-filesystem'
  | 'drop-all-capabilities'
  | 'disable-service-account-token'
  | 'set-seccomp-runtime-default';
