import { cronScheduleProblem } from '../../pod/schedule.ts';
import { isObj, objOf, quote, type Finding, type RuleFamily } from '../context.ts';

type Check = Omit<Finding, 'ruleId' | 'severity' | 'document'>;

// Each part of a time zone name, as batch validation's validTimeZoneCharacters allows it.
const ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

/**
 * Why `zone` is not a time zone the API server (Go's time.LoadLocation over the IANA database)
 * loads, in its words, or `undefined`. The browser's own database (Intl) stands in for Go's; it
 * also accepts wrongly-cased names, which Go does not.
 */
export function timeZoneProblem(zone: string): string | undefined {
  if (zone === '') return 'timeZone must be nil or non-empty string';
  if (zone.toLowerCase() === 'local')
    return 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones';
  const unknown = `unknown time zone ${zone}`;
  const parts = zone.split('/');
  if (parts.some((p) => p === '.' || p === '..' || p.startsWith('-') || !ZONE_PART.test(p)))
    return unknown;
  const resolved = resolveZone(zone);
  if (resolved === undefined) return unknown;
  // Intl answers "europe/berlin" with "Europe/Berlin"; Go looks names up case-sensitively.
  if (resolved !== zone && resolved.toLowerCase() === zone.toLowerCase()) return unknown;
  return undefined;
}

// Building an Intl formatter is the costly part; designs repeat the same few zones.
const RESOLVED = new Map<string, string | undefined>();

function resolveZone(zone: string): string | undefined {
  if (!RESOLVED.has(zone)) {
    let resolved: string | undefined;
    try {
      resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      resolved = undefined;
    }
    if (RESOLVED.size > 500) RESOLVED.clear(); // typing through names must not grow it forever
    RESOLVED.set(zone, resolved);
  }
  return RESOLVED.get(zone);
}

function scheduleChecks(spec: Record<string, unknown>): Check[] {
  const path = ['spec', 'schedule'];
  const schedule = spec.schedule;
  if (schedule === undefined || schedule === null || schedule === '')
    return [{ path, detail: 'Required value' }];
  if (typeof schedule !== 'string') return []; // the schema reports the type
  // Checked on the raw text as the API does: any "TZ" is refused on create.
  if (schedule.includes('TZ'))
    return [
      {
        path,
        detail: `Invalid value: ${quote(schedule)}: cannot use TZ or CRON_TZ in schedule, use timeZone field instead`,
      },
    ];
  const problem = cronScheduleProblem(schedule);
  return problem ? [{ path, detail: `Invalid value: ${quote(schedule)}: ${problem}` }] : [];
}

function jobTemplateChecks(spec: Record<string, unknown>): Check[] {
  if (!isObj(spec.jobTemplate))
    return [{ path: ['spec', 'jobTemplate'], detail: 'Required value' }];
  const jobSpec = objOf(spec.jobTemplate, 'spec');
  const out: Check[] = [];
  const base = ['spec', 'jobTemplate', 'spec'];
  // The controller generates each Job's selector; a hand-written one is refused.
  if (jobSpec.selector !== undefined && jobSpec.selector !== null)
    out.push({
      path: [...base, 'selector'],
      detail: `Invalid value: ${JSON.stringify(jobSpec.selector)}: \`selector\` will be auto-generated`,
    });
  if (jobSpec.manualSelector === true)
    out.push({
      path: [...base, 'manualSelector'],
      detail: 'Unsupported value: true: supported values: "nil", "false"',
    });
  return out;
}

function counterChecks(spec: Record<string, unknown>): Check[] {
  const out: Check[] = [];
  for (const field of [
    'startingDeadlineSeconds',
    'successfulJobsHistoryLimit',
    'failedJobsHistoryLimit',
  ]) {
    const v = spec[field];
    if (typeof v === 'number' && v < 0)
      out.push({
        path: ['spec', field],
        detail: `Invalid value: ${v}: must be greater than or equal to 0`,
      });
  }
  return out;
}

/**
 * CronJob spec rules (batch `validateCronJobSpec`, `ValidateJobTemplateSpec`): a parsable
 * schedule without TZ prefixes, a time zone the API knows, a jobTemplate without a selector of its
 * own, and non-negative deadlines and history limits. (concurrencyPolicy values are the schema's.)
 */
export const cronjob: RuleFamily = {
  ids: ['cronjob-spec-fields'],
  object(ctx, report) {
    if (ctx.kind !== 'CronJob') return;
    const spec = objOf(ctx.value, 'spec');
    const checks = [...scheduleChecks(spec), ...jobTemplateChecks(spec), ...counterChecks(spec)];
    const zone = spec.timeZone;
    if (typeof zone === 'string') {
      const problem = timeZoneProblem(zone);
      if (problem)
        checks.push({
          path: ['spec', 'timeZone'],
          detail: `Invalid value: ${quote(zone)}: ${problem}`,
        });
    }
    for (const check of checks)
      report({
        ruleId: 'cronjob-spec-fields',
        severity: 'error',
        document: ctx.document,
        ...check,
      });
  },
};
