import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../yaml/parse.ts';
import { validateDesign } from '../index.ts';
import { timeZoneProblem } from './cronjob.ts';

const cronJob = (spec: string) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: tick
spec:
${spec}
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: tick
              image: busybox:1.37.0
`;

const messages = (spec: string) =>
  validateDesign(parseDesign(cronJob(spec)))
    .filter((d) => d.ruleId === 'cronjob-spec-fields')
    .map((d) => d.message);

describe('timeZoneProblem', () => {
  it('accepts IANA names, aliases and UTC', () => {
    for (const zone of [
      'Europe/Berlin',
      'America/Argentina/Buenos_Aires',
      'UTC',
      'Etc/UTC',
      'US/Pacific',
    ])
      expect(timeZoneProblem(zone), zone).toBeUndefined();
  });

  it("refuses what Go's time.LoadLocation refuses, in its words", () => {
    expect(timeZoneProblem('Mars/Olympus')).toBe('unknown time zone Mars/Olympus');
    // Go looks names up case-sensitively, though the browser would accept this one.
    expect(timeZoneProblem('europe/berlin')).toBe('unknown time zone europe/berlin');
    expect(timeZoneProblem('+01:00')).toBe('unknown time zone +01:00');
    expect(timeZoneProblem('../etc/passwd')).toBe('unknown time zone ../etc/passwd');
    expect(timeZoneProblem('Local')).toBe(
      'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones',
    );
    expect(timeZoneProblem('')).toBe('timeZone must be nil or non-empty string');
  });
});

describe('cronjob-spec-fields', () => {
  it('requires a schedule', () => {
    expect(messages('  concurrencyPolicy: Forbid')).toEqual(['spec.schedule: Required value']);
    expect(messages("  schedule: ''")).toEqual(['spec.schedule: Required value']);
  });

  it('refuses TZ in the schedule and out-of-range fields', () => {
    expect(messages("  schedule: 'TZ=UTC 0 * * * *'")).toEqual([
      'spec.schedule: Invalid value: "TZ=UTC 0 * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead',
    ]);
    expect(messages("  schedule: '0 24 * * *'")).toEqual([
      'spec.schedule: Invalid value: "0 24 * * *": "24" is not a valid hour (0-23).',
    ]);
  });

  it('refuses negative deadlines and history limits, and manualSelector in the jobTemplate', () => {
    expect(messages("  schedule: '@hourly'\n  startingDeadlineSeconds: -10")).toEqual([
      'spec.startingDeadlineSeconds: Invalid value: -10: must be greater than or equal to 0',
    ]);
    const manual = cronJob("  schedule: '@hourly'").replace(
      '    spec:\n      template:',
      '    spec:\n      manualSelector: true\n      template:',
    );
    const found = validateDesign(parseDesign(manual)).filter(
      (d) => d.ruleId === 'cronjob-spec-fields',
    );
    expect(found.map((d) => d.message)).toEqual([
      'spec.jobTemplate.spec.manualSelector: Unsupported value: true: supported values: "nil", "false"',
    ]);
  });

  it('accepts a valid spec', () => {
    expect(
      messages(
        "  schedule: '0 */2 * * SUN,SAT'\n  timeZone: Asia/Tokyo\n  startingDeadlineSeconds: 120\n  failedJobsHistoryLimit: 0",
      ),
    ).toEqual([]);
  });
});
