import type { UpstreamSuite } from './cases.ts';
import { cron, SOURCE } from './batch-base.ts';
import { JOB_CASES } from './batch-job.ts';
import { JOB_POLICY_CASES } from './batch-policies.ts';

// The batch suites: see batch-base.ts for how upstream's cases became manifests.

export const validateJob: UpstreamSuite = {
  test: 'TestValidateJob',
  functions: [
    'ValidateJob',
    'validateJobSpec',
    'validatePodFailurePolicy',
    'validateSuccessPolicy',
    'validatePodReplacementPolicy',
  ],
  source: SOURCE,
  cases: [...JOB_CASES, ...JOB_POLICY_CASES],
};

export const validateCronJob: UpstreamSuite = {
  test: 'TestValidateCronJob',
  functions: ['ValidateCronJobCreate', 'validateCronJobSpec', 'ValidateJobTemplateSpec'],
  source: SOURCE,
  cases: [
    cron('basic scheduled job', []),
    cron('non-standard scheduled', [], { schedule: '@hourly' }),
    cron('correct timeZone value', [], { schedule: '0 * * * *', timeZone: 'Europe/Rome' }),
    cron('spec.schedule: Invalid value', ['spec.schedule: Invalid value'], { schedule: 'error' }),
    cron('spec.schedule: Required value', ['spec.schedule: Required value'], { schedule: '' }),
    cron(
      'spec.timeZone: timeZone must be nil or non-empty string',
      ['spec.timeZone: Invalid value'],
      { schedule: '0 * * * *', timeZone: '' },
    ),
    cron(
      'spec.timeZone: timeZone must be an explicit time zone',
      ['spec.timeZone: Invalid value'],
      { schedule: '0 * * * *', timeZone: 'LOCAL' },
    ),
    cron('spec.timeZone: Invalid value: " Continent/Zone"', ['spec.timeZone: Invalid value'], {
      schedule: '0 * * * *',
      timeZone: ' Europe/Rome',
    }),
    cron(
      'spec.timeZone: Invalid value: "Continent/InvalidZone"',
      ['spec.timeZone: Invalid value'],
      { schedule: '0 * * * *', timeZone: 'Europe/InvalidRome' },
    ),
    cron('spec.timeZone: Invalid value: " "', ['spec.timeZone: Invalid value'], {
      schedule: '0 * * * *',
      timeZone: ' ',
    }),
    cron('spec.timeZone: Invalid value: "Continent/Zone "', ['spec.timeZone: Invalid value'], {
      schedule: '0 * * * *',
      timeZone: 'Europe/Rome ',
    }),
    cron(
      'spec.startingDeadlineSeconds:must be greater than or equal to 0',
      ['spec.startingDeadlineSeconds: Invalid value'],
      { startingDeadlineSeconds: -1 },
    ),
    cron(
      'spec.successfulJobsHistoryLimit: must be greater than or equal to 0',
      ['spec.successfulJobsHistoryLimit: Invalid value'],
      { successfulJobsHistoryLimit: -1 },
    ),
    cron(
      'spec.failedJobsHistoryLimit: must be greater than or equal to 0',
      ['spec.failedJobsHistoryLimit: Invalid value'],
      { failedJobsHistoryLimit: -1 },
    ),
    cron('spec.concurrencyPolicy: Required value', [], { concurrencyPolicy: '' }, {}, 'OnFailure', {
      skip: 'SetDefaults_CronJob makes an empty concurrencyPolicy Allow before validation',
    }),
    cron(
      'spec.jobTemplate.spec.parallelism:must be greater than or equal to 0',
      ['spec.jobTemplate.spec.parallelism: Invalid value'],
      {},
      { parallelism: -1 },
    ),
    cron(
      'spec.jobTemplate.spec.completions:must be greater than or equal to 0',
      ['spec.jobTemplate.spec.completions: Invalid value'],
      {},
      { completions: -1 },
    ),
    cron(
      'spec.jobTemplate.spec.activeDeadlineSeconds:must be greater than or equal to 0',
      ['spec.jobTemplate.spec.activeDeadlineSeconds: Invalid value'],
      {},
      { activeDeadlineSeconds: -1 },
    ),
    cron(
      'spec.jobTemplate.spec.selector: Invalid value: `selector` will be auto-generated',
      ['spec.jobTemplate.spec.selector: Invalid value'],
      {},
      { selector: { matchLabels: { a: 'b' } } },
    ),
    cron(
      'metadata.name: must be no more than 52 characters',
      ['metadata.name: Invalid value'],
      {},
      {},
      'OnFailure',
      { name: '10000000002000000000300000000040000000005000000000123' },
    ),
    cron(
      'spec.jobTemplate.spec.manualSelector: Unsupported value',
      ['spec.jobTemplate.spec.manualSelector: Unsupported value'],
      {},
      { manualSelector: true },
    ),
    cron(
      'spec.jobTemplate.spec.template.spec.restartPolicy: Required value',
      ['spec.jobTemplate.spec.template.spec.restartPolicy: Required value'],
      {},
      {},
      'Always',
    ),
    cron(
      'spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value',
      ['spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value'],
      {},
      {},
      'Invalid',
    ),
    cron(
      'spec.jobTemplate.spec.ttlSecondsAfterFinished:must be greater than or equal to 0',
      ['spec.jobTemplate.spec.ttlSecondsAfterFinished: Invalid value'],
      {},
      { ttlSecondsAfterFinished: -1 },
    ),
  ],
};

const UPDATE = 'an update: what the old CronJob held decides it';

export const validateCronJobScheduleTZ: UpstreamSuite = {
  test: 'TestValidateCronJobScheduleTZ',
  functions: ['validateScheduleFormat'],
  source: SOURCE,
  cases: [
    cron('create with TZ in the schedule', ['spec.schedule: Invalid value'], {
      schedule: 'TZ=UTC 0 * * * *',
    }),
    cron('update removing TZ should work', [], {}, {}, 'OnFailure', { skip: UPDATE }),
    cron('update not modifying TZ should work', [], {}, {}, 'OnFailure', { skip: UPDATE }),
    cron('update not modifying TZ but adding .spec.timeZone should fail', [], {}, {}, 'OnFailure', {
      skip: UPDATE,
    }),
    cron('update adding TZ should fail', [], {}, {}, 'OnFailure', { skip: UPDATE }),
  ],
};

/** TestValidateCronJobSpec's cases, read as creates of the new spec (those that are the same). */
export const validateCronJobSpec: UpstreamSuite = {
  test: 'TestValidateCronJobSpec',
  functions: ['validateCronJobSpec', 'validateTimeZone'],
  source: SOURCE,
  cases: [
    cron('no validation because timeZone is nil for old and new', [], { schedule: '0 * * * *' }),
    cron('check validation because timeZone is different for new', [], {
      schedule: '0 * * * *',
      timeZone: 'America/New_York',
    }),
    cron(
      'check validation because timeZone is different for new and invalid',
      ['spec.timeZone: Invalid value'],
      { schedule: '0 * * * *', timeZone: 'broken' },
    ),
    cron('old timeZone and new timeZone are valid', [], {
      schedule: '0 * * * *',
      timeZone: 'America/Chicago',
    }),
    cron('old timeZone is valid, but new timeZone is invalid', ['spec.timeZone: Invalid value'], {
      schedule: '0 * * * *',
      timeZone: 'broken',
    }),
    cron('old timeZone and new timeZone are invalid, but unchanged', [], {}, {}, 'OnFailure', {
      skip: `${UPDATE} (an unchanged time zone is not validated again)`,
    }),
    cron(
      'old timeZone and new timeZone are invalid, but different',
      ['spec.timeZone: Invalid value'],
      { schedule: '0 * * * *', timeZone: 'still broken' },
    ),
    cron('old timeZone is invalid, but new timeZone is valid', [], {
      schedule: '0 * * * *',
      timeZone: 'America/New_York',
    }),
  ],
};

/** The batch suites, in upstream's order. */
export const BATCH_SUITES: readonly UpstreamSuite[] = [
  validateJob,
  validateCronJob,
  validateCronJobScheduleTZ,
  validateCronJobSpec,
];
