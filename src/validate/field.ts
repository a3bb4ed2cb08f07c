import type { Path } from '../yaml/path.ts';
import { quote, type Report } from './context.ts';
import type { Severity } from './types.ts';

// The API server's field errors (k8s.io/apimachinery/pkg/util/validation/field/errors.go, as
// vendored at Kubernetes 1.34.1): each builds the text after `path: `, so a ported check reads
// like upstream's `field.Invalid(fldPath, value, detail)` and prints what kubectl prints.

/** One field error: where, and the words after `path: `. */
export interface FieldError {
  readonly path: Path;
  readonly detail: string;
}

/** What upstream's validation functions return. */
export type ErrorList = FieldError[];

const withDetail = (head: string, detail?: string) => (detail ? `${head}: ${detail}` : head);

/** `field.Invalid`: `Invalid value: "x": detail`. */
export function invalid(path: Path, value: unknown, detail?: string): FieldError {
  return { path, detail: withDetail(`Invalid value: ${quote(value)}`, detail) };
}

/** `field.Required`: `Required value` or `Required value: detail`. */
export function required(path: Path, detail?: string): FieldError {
  return { path, detail: withDetail('Required value', detail) };
}

/** `field.Forbidden`: `Forbidden: detail`. */
export function forbidden(path: Path, detail?: string): FieldError {
  return { path, detail: withDetail('Forbidden', detail) };
}

/** `field.Duplicate`: `Duplicate value: "x"`. */
export function duplicate(path: Path, value: unknown): FieldError {
  return { path, detail: `Duplicate value: ${quote(value)}` };
}

/** `field.NotSupported`: `Unsupported value: "x": supported values: "a", "b"`. */
export function unsupported(path: Path, value: unknown, supported: readonly string[]): FieldError {
  const list = supported.map((v) => JSON.stringify(v)).join(', ');
  return {
    path,
    detail: withDetail(
      `Unsupported value: ${quote(value)}`,
      supported.length ? `supported values: ${list}` : undefined,
    ),
  };
}

/** `field.TooLong`: `Too long: may not be more than 63 bytes`. */
export function tooLong(path: Path, max: number): FieldError {
  return { path, detail: `Too long: may not be more than ${max} ${max === 1 ? 'byte' : 'bytes'}` };
}

/** `field.TooMany`: `Too many: 33: must have at most 32 items`. */
export function tooMany(path: Path, actual: number, max: number): FieldError {
  return {
    path,
    detail: `Too many: ${actual}: must have at most ${max} ${max === 1 ? 'item' : 'items'}`,
  };
}

/** The error type of a detail (`Invalid value`, `Required value`, …): what upstream's tests compare. */
export function errorType(detail: string): string {
  const head =
    /^(Invalid value|Required value|Forbidden|Duplicate value|Unsupported value|Too long|Too many|Not found)\b/.exec(
      detail,
    );
  return head ? head[1]! : detail;
}

/** Reports every error of a list under one rule id and severity. */
export function reportErrors(
  report: Report,
  base: { ruleId: string; severity: Severity; document: number },
  errors: ErrorList,
): void {
  for (const e of errors) report({ ...base, path: e.path, detail: e.detail });
}
