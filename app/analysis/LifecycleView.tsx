import { useId, useMemo } from 'react';
import { podLifecycle } from '../../src/analysis/lifecycle.ts';
import type {
  JobCompletion,
  LifecycleContainer,
  Shutdown,
  StartGate,
  StartStep,
} from '../../src/analysis/lifecycle.ts';
import { timelineOf } from '../../src/diagram/timeline.ts';
import { LISTED_ROLE_WORDS as ROLE } from '../../src/pod/roles.ts';
import { useApp } from '../store/context.tsx';
import {
  selectK8sVersion,
  selectShownValues,
  selectStale,
  selectWorkload,
} from '../store/selectors.ts';
import type { AppState } from '../store/types.ts';
import { TimelineChart } from './TimelineChart.tsx';
import './lifecycle.css';

/** What lets the next step start, in a few words (the step's detail says the rest). */
const GATE: Record<StartGate, string> = {
  exit: 'Runs to completion',
  'never-exits': 'Never exits',
  started: 'Started when its process runs',
  'startup-probe': 'Gated by its startupProbe',
  dropped: 'Blocks the pod',
  rejected: 'Rejected',
  apps: 'App containers',
};

/** The shown workload's parsed document: kept in the state, so equal between renders. */
const selectDocument = (s: AppState): unknown => {
  const workload = selectWorkload(s);
  return workload ? selectShownValues(s)[workload.document] : undefined;
};

/**
 * The pod's start-up and shut-down as a timeline, and for a Job whether it completes; derived
 * from the design for the target version, so it follows every edit.
 */
export default function LifecycleView() {
  const workload = useApp(selectWorkload);
  const value = useApp(selectDocument);
  const k8s = useApp(selectK8sVersion);
  const stale = useApp(selectStale);
  const id = useId();
  const life = useMemo(
    () => (workload ? podLifecycle(workload, value, k8s) : undefined),
    [workload, value, k8s],
  );
  const timeline = useMemo(
    () => (workload && life ? timelineOf(workload, life) : undefined),
    [workload, life],
  );
  if (!workload || !life || !timeline) return <p className="panel-empty">No pod to analyse.</p>;
  return (
    <div className="lifecycle">
      {stale ? (
        <p className="lifecycle-note">
          The YAML has errors: this follows the text as far as it parses.
        </p>
      ) : null}
      {life.notes.map((note) => (
        <p key={note} className="lifecycle-note lifecycle-warn">
          <span aria-hidden="true">⚠ </span>
          {note}
        </p>
      ))}
      {life.job ? <JobLine job={life.job} /> : null}
      {/* The picture first; the steps in words below say why each bar is where it is. */}
      <TimelineChart timeline={timeline} />
      <section className="lifecycle-part" aria-labelledby={`${id}-start`}>
        <h3 id={`${id}-start`}>Start-up (Kubernetes {k8s})</h3>
        <ol className="lifecycle-steps" aria-label="Start-up steps">
          {life.start.map((step, i) => (
            <StartItem key={i} step={step} index={i} />
          ))}
        </ol>
      </section>
      <StopPart stop={life.stop} id={`${id}-stop`} />
    </div>
  );
}

function JobLine({ job }: { job: JobCompletion }) {
  return (
    <p className="lifecycle-job" data-completes={job.completes} role="status">
      <span aria-hidden="true">{job.completes ? '✔ ' : '✖ '}</span>
      <strong>{job.detail}.</strong>
    </p>
  );
}

function Members({ containers }: { containers: LifecycleContainer[] }) {
  return (
    <ul className="lifecycle-members" aria-label="Containers">
      {containers.map((c) => (
        <li key={c.name} className={`lifecycle-member role-${c.role}`}>
          <span className="lifecycle-name">{c.name}</span>{' '}
          <span className="lifecycle-role">{ROLE[c.role]}</span>
        </li>
      ))}
    </ul>
  );
}

function StartItem({ step, index }: { step: StartStep; index: number }) {
  return (
    <li className="lifecycle-step" data-gate={step.gate} data-blocked={step.blocked || undefined}>
      <div className="lifecycle-step-head">
        <span className="lifecycle-step-no">Step {index + 1}</span>
        <Members containers={step.containers} />
      </div>
      <p className="lifecycle-gate">
        <strong>{GATE[step.gate]}.</strong> {step.detail}
      </p>
      {step.blocked ? (
        <p className="lifecycle-blocked">Never reached: an earlier step never finishes.</p>
      ) : null}
    </li>
  );
}

function StopPart({ stop, id }: { stop: Shutdown; id: string }) {
  const grace = `${stop.graceSeconds} s${stop.graceDefault ? ' (the default)' : ''}`;
  return (
    <section className="lifecycle-part" aria-labelledby={id}>
      <h3 id={id}>Shut-down</h3>
      <p className="lifecycle-grace">
        All within terminationGracePeriodSeconds: {grace}
        {stop.preStopSeconds > 0 ? `, of which preStop waits take ${stop.preStopSeconds} s` : ''}.
      </p>
      {stop.steps.length ? (
        <ol className="lifecycle-steps" aria-label="Shut-down steps">
          {stop.steps.map((step, i) => (
            <li key={i} className="lifecycle-step">
              <div className="lifecycle-step-head">
                <span className="lifecycle-step-no">Step {i + 1}</span>
                <Members containers={step.containers} />
              </div>
              <p className="lifecycle-gate">{step.detail}</p>
              {step.preStop.length ? (
                <p className="lifecycle-gate">
                  preStop waits:{' '}
                  {step.preStop
                    .map(
                      (w) => `${w.container} ${w.how === 'sleep' ? '' : 'at least '}${w.seconds} s`,
                    )
                    .join(', ')}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="panel-empty">No containers to stop.</p>
      )}
      {stop.notes.map((note) => (
        <p key={note} className="lifecycle-note">
          {note}
        </p>
      ))}
    </section>
  );
}
