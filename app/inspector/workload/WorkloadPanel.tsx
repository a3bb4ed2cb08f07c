import { WORKLOADS } from '../../../src/pod/kinds.ts';
import type { WorkloadKind } from '../../../src/pod/types.ts';
import { dnsSubdomainProblem } from '../../../src/pod/names.ts';
import { DraftInput } from '../../forms/DraftInput.tsx';
import { useDocValue } from '../../forms/useDoc.ts';
import { renameWorkload } from '../../commands/workload.ts';
import { useApp, useAppStore } from '../../store/context.tsx';
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
        <NameField kind={workload.kind} />
      </Section>
      <ControllerSection workload={workload} />
      <JobSection workload={workload} />
      <LabelsSection workload={workload} />
    </form>
  );
}

/**
 * The workload's name. A rename is one undo step that also moves what was derived from the old
 * name: name labels, the selector, Services Podsmith named after it, serviceName.
 */
function NameField({ kind }: { kind: WorkloadKind }) {
  const value = useDocValue(['metadata', 'name']);
  const store = useAppStore();
  return (
    <DraftInput
      label="Name"
      shown={value === undefined || value === null ? '' : String(value)}
      required="A workload needs a name."
      validate={(raw) => nameProblem(kind, raw)}
      hint="Labels, selector and serviceName that use the old name follow it."
      write={(next) => renameWorkload(store, String(next))}
    />
  );
}

function nameProblem(kind: WorkloadKind, raw: string): string | undefined {
  const max = WORKLOADS[kind].maxNameLength;
  if (max !== undefined && raw.length > max)
    return `A ${kind} name can have at most ${max} characters.`;
  return dnsSubdomainProblem(raw, 'A name');
}
