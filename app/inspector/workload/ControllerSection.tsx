import { useId, useState } from 'react';
import { intOrPercentProblem, parseIntOrPercent } from '../../../src/edit/strategy.ts';
import { WORKLOADS, type KindFacts } from '../../../src/pod/kinds.ts';
import { dnsLabelProblem } from '../../../src/pod/names.ts';
import type { PodView, WorkloadKind } from '../../../src/pod/types.ts';
import { SelectField } from '../../forms/Choice.tsx';
import { FieldFrame, IntegerField, TextField } from '../../forms/Field.tsx';
import { useDocValue, useFormsLocked } from '../../forms/useDoc.ts';
import { setStrategyType } from '../../commands/workload.ts';
import { useAppStore } from '../../store/context.tsx';
import { Section } from '../Section.tsx';

const SPEC = ['spec'];

type Strategy = NonNullable<KindFacts['strategy']>;

/** Replicas and how a controller with an update strategy rolls out a new pod template. */
export function ControllerSection({ workload }: { workload: PodView }) {
  const { strategy } = WORKLOADS[workload.kind];
  if (!strategy) return null;
  return <ControllerFields kind={workload.kind} strategy={strategy} />;
}

function ControllerFields({ kind, strategy }: { kind: WorkloadKind; strategy: Strategy }) {
  const { field } = strategy;
  const { perNode, stableIdentity } = WORKLOADS[kind];
  const type = useStrategyType(field);
  return (
    <Section title="Replicas and rollout">
      {perNode ? (
        <p className="field-hint">A {kind} runs one pod on every node it may use.</p>
      ) : (
        <IntegerField
          label="Replicas"
          path={['spec', 'replicas']}
          base={SPEC}
          min={0}
          placeholder="1"
        />
      )}
      {stableIdentity ? (
        <>
          <TextField
            label="Service name (serviceName)"
            path={['spec', 'serviceName']}
            base={SPEC}
            hint="The headless Service that gives each pod a stable DNS name (pod-0.name)."
            validate={(raw) => dnsLabelProblem(raw, 'A Service name')}
          />
          <SelectField
            label="Pod management policy"
            path={['spec', 'podManagementPolicy']}
            base={SPEC}
            unsetLabel="(not set: OrderedReady)"
            options={[{ value: 'OrderedReady' }, { value: 'Parallel' }]}
            hint="OrderedReady starts pods one at a time, in order; Parallel starts them together."
          />
        </>
      ) : null}
      <StrategyTypeField strategy={strategy} />
      {type !== undefined && type !== 'RollingUpdate' ? null : stableIdentity ? (
        <IntegerField
          label="Partition"
          path={['spec', 'updateStrategy', 'rollingUpdate', 'partition']}
          base={SPEC}
          min={0}
          hint="Only pods with an ordinal at or above this get the new template."
        />
      ) : (
        <div className="field-row">
          <IntOrPercentField
            label="Max surge"
            path={['spec', field, 'rollingUpdate', 'maxSurge']}
          />
          <IntOrPercentField
            label="Max unavailable"
            path={['spec', field, 'rollingUpdate', 'maxUnavailable']}
          />
        </div>
      )}
    </Section>
  );
}

function useStrategyType(field: string): string | undefined {
  const value = useDocValue(['spec', field, 'type']);
  return typeof value === 'string' ? value : undefined;
}

/** The strategy type; leaving RollingUpdate drops its settings, as the API requires. */
function StrategyTypeField({ strategy }: { strategy: Strategy }) {
  const { field, types } = strategy;
  const type = useStrategyType(field);
  const store = useAppStore();
  const locked = useFormsLocked();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const label = field === 'strategy' ? 'Strategy' : 'Update strategy';
  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      hint={
        types.includes('Recreate')
          ? 'Recreate stops every old pod before starting new ones.'
          : 'OnDelete updates a pod only when you delete it.'
      }
    >
      <select
        id={id}
        className="field-input"
        value={type ?? ''}
        disabled={locked}
        onChange={(e) => {
          const next = e.target.value === '' ? undefined : e.target.value;
          const result = setStrategyType(store, field, next);
          setError(result.ok ? null : result.message);
        }}
      >
        <option value="">(not set: RollingUpdate)</option>
        {types.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
        {type === undefined || (types as readonly string[]).includes(type) ? null : (
          <option value={type}>{type}</option>
        )}
      </select>
    </FieldFrame>
  );
}

function IntOrPercentField({ label, path }: { label: string; path: string[] }) {
  return (
    <TextField
      label={label}
      path={path}
      base={SPEC}
      placeholder="25%"
      validate={intOrPercentProblem}
      parse={parseIntOrPercent}
    />
  );
}
