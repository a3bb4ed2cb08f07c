import { HANDLERS, handlerKind } from '../../../src/edit/handlers.ts';
import {
  canHaveProbes,
  PROBES,
  probeTimings,
  timingProblem,
  type ProbeKey,
  type TimingKey,
} from '../../../src/edit/probes.ts';
import type { FormContainer } from './formContainer.ts';
import { useDocValue } from '../../forms/useDoc.ts';
import { Section } from '../Section.tsx';
import { HandlerBody, HandlerSelect } from './HandlerFields.tsx';
import { NumberField } from './NumberField.tsx';

const PROBE_NAMES: Record<ProbeKey, { title: string; hint: string }> = {
  livenessProbe: {
    title: 'Liveness probe',
    hint: 'When it fails, the kubelet restarts the container.',
  },
  readinessProbe: {
    title: 'Readiness probe',
    hint: 'While it fails, Services send the pod no traffic.',
  },
  startupProbe: {
    title: 'Startup probe',
    hint: 'Holds the other probes back until the app has started.',
  },
};

/** The container's liveness, readiness and startup probes. */
export function ProbesSection({ container: c }: { container: FormContainer }) {
  return (
    <Section title="Probes">
      {canHaveProbes(c.role) ? (
        PROBES.map((probe) => <ProbeForm key={probe} container={c} probe={probe} />)
      ) : (
        <InitContainerNote what="probes" />
      )}
    </Section>
  );
}

/** Why an init container shows no probe or hook forms. */
export function InitContainerNote({ what }: { what: string }) {
  return (
    <p className="field-hint">
      Init containers cannot have {what}: each runs to completion before the next starts, so
      Kubernetes rejects them. A native sidecar (restartPolicy: Always) can have {what}.
    </p>
  );
}

function ProbeForm({ container: c, probe }: { container: FormContainer; probe: ProbeKey }) {
  const path = [...c.path, probe];
  const value = useDocValue(path);
  const kind = handlerKind(value, 'probe');
  const exists = typeof value === 'object' && value !== null;
  const { title, hint } = PROBE_NAMES[probe];
  return (
    <fieldset className="list-item">
      <legend className="list-item-head">{title}</legend>
      <HandlerSelect
        current={kind}
        choices={HANDLERS.probe}
        hint={exists ? undefined : hint}
        target={{ container: c.path, probe }}
      />
      {kind ? <HandlerBody kind={kind} path={path} ports={c.ports} /> : null}
      {exists ? (
        <div className="field-row">
          {probeTimings(probe, Object.keys(value)).map((t) => (
            <NumberField
              key={t.key}
              label={t.label}
              path={[...path, t.key]}
              base={path}
              placeholder={'default' in t ? String(t.default) : undefined}
              rule={(n) => timingProblem(probe, t.key, n)}
              hint={timingHint(probe, t.key)}
            />
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}

/** The rules a person should see before typing, not only after a refusal. */
function timingHint(probe: ProbeKey, key: TimingKey): string | undefined {
  if (key === 'successThreshold' && probe !== 'readinessProbe') return 'Must be 1 for this probe.';
  if (key === 'terminationGracePeriodSeconds' && probe === 'readinessProbe')
    return 'Not allowed on a readiness probe: clear it.';
  return undefined;
}
