// The CronJob schedule syntax the controller accepts (robfig/cron's standard parser): five fields
// or a descriptor such as @hourly.

const DESCRIPTORS = [
  '@yearly',
  '@annually',
  '@monthly',
  '@weekly',
  '@daily',
  '@midnight',
  '@hourly',
];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldRule {
  name: string;
  min: number;
  max: number;
  names?: string[];
  /** `?` means "any" in the day fields. */
  question?: boolean;
}

const FIELDS: FieldRule[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31, question: true },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 6, names: DAYS, question: true },
];

/**
 * Why `schedule` is not a schedule a CronJob accepts, or `undefined`: five fields
 * (minute hour day-of-month month day-of-week) of `*`, numbers, ranges `a-b`, steps `/n` and lists,
 * or one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, `@every <duration>`.
 */
export function cronScheduleProblem(schedule: string): string | undefined {
  const s = schedule.trim();
  if (s === '') return 'A CronJob needs a schedule.';
  if (/^(CRON_)?TZ=/.test(s)) return 'Set the time zone in spec.timeZone, not in the schedule.';
  if (s.startsWith('@')) {
    if (DESCRIPTORS.includes(s)) return undefined;
    if (/^@every\s+(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(s)) return undefined;
    return `Unknown "${s}": use @hourly, @daily, @weekly, @monthly, @yearly or five fields.`;
  }
  const parts = s.split(/\s+/);
  if (parts.length !== 5) {
    return `A schedule has five fields (minute hour day-of-month month day-of-week), not ${parts.length}; e.g. "*/5 * * * *".`;
  }
  for (const [i, part] of parts.entries()) {
    const problem = fieldProblem(part, FIELDS[i]!);
    if (problem) return problem;
  }
  return undefined;
}

function fieldProblem(field: string, rule: FieldRule): string | undefined {
  for (const item of field.split(',')) {
    const bad = `"${field}" is not a valid ${rule.name} (${rule.min}-${rule.max}).`;
    if (item === '?' && rule.question) continue;
    const m = /^([^/]+)(?:\/(\d+))?$/.exec(item);
    if (!m) return bad;
    const [, range, step] = m;
    if (step !== undefined && Number(step) === 0)
      return `The step in "${field}" must be at least 1.`;
    if (range === '*') continue;
    const ends = range!.split('-');
    if (ends.length > 2) return bad;
    const values = ends.map((e) => value(e, rule));
    if (values.some((v) => v === undefined)) return bad;
    if (values.length === 2 && values[0]! > values[1]!)
      return `The range in "${field}" runs backwards.`;
  }
  return undefined;
}

function value(text: string, rule: FieldRule): number | undefined {
  const named = rule.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named !== -1) return named + (rule.name === 'month' ? 1 : 0);
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= rule.min && n <= rule.max ? n : undefined;
}
