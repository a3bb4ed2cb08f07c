import { TextField } from '../../forms/Field.tsx';
import { useApp } from '../../store/context.tsx';
import { selectWorkload } from '../../store/selectors.ts';
import { PanelEmpty } from '../Inspector.tsx';
import { Section } from '../Section.tsx';

/** The workload object around the pod: its kind, name and kind-specific fields. */
export function WorkloadPanel() {
  const workload = useApp(selectWorkload);
  if (!workload) return <PanelEmpty>The design has no workload to edit.</PanelEmpty>;
  return (
    <form
      className="inspector-form"
      aria-label="Workload settings"
      onSubmit={(e) => e.preventDefault()}
    >
      <Section title="Metadata">
        <TextField label="Name" path={['metadata', 'name']} base={[]} />
      </Section>
    </form>
  );
}
