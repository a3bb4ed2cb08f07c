import { useId, useState } from 'react';
import type { WorkloadKind } from '../../../src/pod/types.ts';
import { FieldFrame } from '../../forms/Field.tsx';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { changeKind } from '../../commands/workload.ts';
import { useAppStore } from '../../store/context.tsx';

const KINDS: { value: WorkloadKind; hint: string }[] = [
  { value: 'Pod', hint: 'one pod, nothing recreates it' },
  { value: 'Deployment', hint: 'interchangeable replicas' },
  { value: 'StatefulSet', hint: 'replicas with stable names and storage' },
  { value: 'DaemonSet', hint: 'one pod per node' },
  { value: 'Job', hint: 'runs to completion' },
  { value: 'CronJob', hint: 'a Job on a schedule' },
];

/**
 * Switches the workload's kind, keeping the pod template and fixing what the new kind requires
 * (apiVersion, selector, restartPolicy, serviceName, schedule). One undo step.
 */
export function KindField({ kind }: { kind: WorkloadKind }) {
  const store = useAppStore();
  const locked = useFormsLocked();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <FieldFrame
      id={id}
      label="Kind"
      error={error}
      hint={`${kind}: ${KINDS.find((k) => k.value === kind)?.hint ?? ''}. Switching keeps the pod; fields the new kind does not know are dropped (undo brings them back).`}
    >
      <select
        id={id}
        className="field-input"
        value={kind}
        disabled={locked}
        onChange={(e) => {
          const result = changeKind(store, e.target.value as WorkloadKind);
          setError(result.ok ? null : result.message);
        }}
      >
        {KINDS.map((k) => (
          <option key={k.value} value={k.value}>
            {k.value}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
