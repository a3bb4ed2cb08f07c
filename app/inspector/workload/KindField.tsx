import { useId, useState } from 'react';
import { WORKLOAD_KINDS, WORKLOADS } from '../../../src/pod/kinds.ts';
import type { WorkloadKind } from '../../../src/pod/types.ts';
import { FieldFrame } from '../../forms/Field.tsx';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { changeKind } from '../../commands/workload.ts';
import { useAppStore } from '../../store/context.tsx';

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
      hint={`${kind}: ${WORKLOADS[kind].hint}. Switching keeps the pod; fields the new kind does not know are dropped (undo brings them back).`}
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
        {WORKLOAD_KINDS.filter((k) => WORKLOADS[k].offered || k === kind).map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
