import { dnsSubdomainProblem } from '../../../src/pod/names.ts';
import { TextField } from '../../forms/Field.tsx';
import { useApp } from '../../store/context.tsx';
import { selectWorkload } from '../../store/selectors.ts';
import { PanelEmpty } from '../PanelEmpty.tsx';
import { Section } from '../Section.tsx';
import { ControllerSection } from './ControllerSection.tsx';
import { JobSection } from './JobSection.tsx';
import { KindField } from './KindField.tsx';
import { LabelsSection } from './LabelsSection.tsx';

/** The workload object around the pod: its kind, name, labels and kind-specific fields. */
export function WorkloadPanel() {
  const workload = useApp(selectWorkload);
  if (!workload) return <PanelEmpty>The design has no workload to edit.</PanelEmpty>;
  return (
    <form
      key={workload.document}
      className="inspector-form"
      aria-label="Workload settings"
      onSubmit={(e) => e.preventDefault()}
    >
      <Section title="Workload">
        <KindField kind={workload.kind} />
        <TextField
          label="Name"
          path={['metadata', 'name']}
          base={[]}
          required="A workload needs a name."
          validate={(raw) => nameProblem(workload.kind, raw)}
        />
      </Section>
      <ControllerSection workload={workload} />
      <JobSection workload={workload} />
      <LabelsSection workload={workload} />
    </form>
  );
}

function nameProblem(kind: string, raw: string): string | undefined {
  // The CronJob controller appends an 11-character suffix to name its Jobs.
  if (kind === 'CronJob' && raw.length > 52)
    return 'A CronJob name can have at most 52 characters.';
  return dnsSubdomainProblem(raw, 'A name');
}
