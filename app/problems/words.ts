import type { Severity } from '../../src/validate/types.ts';

/** How each severity is shown: an icon and words, so colour is never the only signal. */
export const SEVERITY: Record<
  Severity,
  { icon: string; one: string; many: string; title: string }
> = {
  error: { icon: '✖', one: 'error', many: 'errors', title: 'Error' },
  warning: { icon: '⚠', one: 'warning', many: 'warnings', title: 'Warning' },
  info: { icon: 'ℹ', one: 'info', many: 'info', title: 'Info' },
};

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** "1 warning", "2 errors". */
export function countWords(severity: Severity, count: number): string {
  const s = SEVERITY[severity];
  return `${count} ${count === 1 ? s.one : s.many}`;
}
