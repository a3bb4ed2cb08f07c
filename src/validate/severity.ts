import type { Severity } from './types.ts';

/** Severities from the worst: sort by it, or keep the worst of several (a badge, a group). */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
