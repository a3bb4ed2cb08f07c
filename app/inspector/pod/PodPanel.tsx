import { CheckboxField } from '../../forms/Choice.tsx';
import { useApp } from '../../store/context.tsx';
import { selectWorkload } from '../../store/selectors.ts';
import { PanelEmpty } from '../Inspector.tsx';
import { Section } from '../Section.tsx';

/** Pod-level settings of the shown workload's pod template. */
export function PodPanel() {
  const workload = useApp(selectWorkload);
  if (!workload) return <PanelEmpty>The design has no pod to edit.</PanelEmpty>;
  const spec = workload.specPath;
  return (
    <form className="inspector-form" aria-label="Pod settings" onSubmit={(e) => e.preventDefault()}>
      <Section title="Namespaces">
        <CheckboxField
          label="Share the process namespace"
          path={[...spec, 'shareProcessNamespace']}
          base={spec}
          hint="Containers see each other's processes (shareProcessNamespace)."
        />
      </Section>
    </form>
  );
}
