import { dnsSubdomainProblem } from '../../../src/pod/names.ts';
import { WORKLOADS } from '../../../src/pod/kinds.ts';
import { restartPolicyProblem } from '../../../src/pod/restart.ts';
import type { PodView } from '../../../src/pod/types.ts';
import { SelectField } from '../../forms/Choice.tsx';
import { IntegerField, TextField } from '../../forms/Field.tsx';
import { useDocValue } from '../../forms/useDoc.ts';
import { Section } from '../Section.tsx';

const POLICIES = ['Always', 'OnFailure', 'Never'] as const;

/** How the pod restarts and stops, and the identity it runs as. */
export function LifecycleSection({ workload }: { workload: PodView }) {
  const spec = workload.specPath;
  const path = [...spec, 'restartPolicy'];
  const policy = useDocValue(path);
  const allowed: readonly string[] = WORKLOADS[workload.kind].restartPolicies;
  const problem = restartPolicyProblem(workload.kind, policy);
  const options = POLICIES.map((p) => ({
    value: p,
    label: allowed.includes(p) ? p : `${p} (a ${workload.kind} refuses it)`,
  }));
  return (
    <Section title="Restart and identity">
      <SelectField
        label="Restart policy"
        path={path}
        base={spec}
        options={options}
        unsetLabel="(not set: Always)"
        hint={`A ${workload.kind} allows ${allowed.join(' or ')}.`}
      />
      {problem ? (
        <p className="field-error pod-warning" role="status">
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      ) : null}
      <IntegerField
        label="Termination grace period (seconds)"
        path={[...spec, 'terminationGracePeriodSeconds']}
        base={spec}
        min={0}
        placeholder="30"
        hint="Time between SIGTERM and SIGKILL when the pod stops (default 30)."
      />
      <TextField
        label="Service account"
        path={[...spec, 'serviceAccountName']}
        base={spec}
        placeholder="default"
        validate={(raw) => dnsSubdomainProblem(raw, 'A service account name')}
      />
    </Section>
  );
}
