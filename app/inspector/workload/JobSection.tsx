import { WORKLOADS } from '../../../src/pod/kinds.ts';
import { cronScheduleProblem } from '../../../src/pod/schedule.ts';
import type { PodView } from '../../../src/pod/types.ts';
import { CheckboxField, SelectField } from '../../forms/Choice.tsx';
import { IntegerField, TextField } from '../../forms/Field.tsx';
import { Section } from '../Section.tsx';

/** A CronJob's schedule, and the Job fields (a CronJob's live in its jobTemplate). */
export function JobSection({ workload }: { workload: PodView }) {
  const kind = workload.kind;
  if (!WORKLOADS[kind].runsToCompletion) return null;
  // The Job spec holds the pod template: spec for a Job, spec.jobTemplate.spec for a CronJob.
  const job = workload.templatePath.slice(0, -1);
  return (
    <>
      {kind === 'CronJob' ? (
        <Section title="Schedule">
          <TextField
            label="Schedule"
            path={['spec', 'schedule']}
            base={['spec']}
            placeholder="0 * * * *"
            required="A CronJob needs a schedule."
            hint="minute hour day-of-month month day-of-week, or @hourly, @daily, @weekly…"
            validate={cronScheduleProblem}
          />
          <SelectField
            label="Concurrency policy"
            path={['spec', 'concurrencyPolicy']}
            base={['spec']}
            unsetLabel="(not set: Allow)"
            options={[{ value: 'Allow' }, { value: 'Forbid' }, { value: 'Replace' }]}
            hint="What happens when a run is due while the last one still runs."
          />
          <CheckboxField
            label="Suspend (start no new runs)"
            path={['spec', 'suspend']}
            base={['spec']}
          />
        </Section>
      ) : null}
      <Section title="Job">
        <div className="field-row">
          <IntegerField
            label="Completions"
            path={[...job, 'completions']}
            base={job}
            min={0}
            placeholder="1"
          />
          <IntegerField
            label="Parallelism"
            path={[...job, 'parallelism']}
            base={job}
            min={0}
            placeholder="1"
          />
        </div>
        <div className="field-row">
          <IntegerField
            label="Backoff limit"
            path={[...job, 'backoffLimit']}
            base={job}
            min={0}
            placeholder="6"
          />
          <IntegerField
            label="Active deadline (seconds)"
            path={[...job, 'activeDeadlineSeconds']}
            base={job}
            min={1}
          />
        </div>
        <IntegerField
          label="Delete finished Job after (seconds)"
          path={[...job, 'ttlSecondsAfterFinished']}
          base={job}
          min={0}
          hint="ttlSecondsAfterFinished: empty keeps finished Jobs."
        />
      </Section>
    </>
  );
}
