import { useApp } from '../../store/context.tsx';
import { selectWorkload } from '../../store/selectors.ts';
import { PanelEmpty } from '../PanelEmpty.tsx';
import { LifecycleSection } from './LifecycleSection.tsx';
import { NamespacesSection } from './NamespacesSection.tsx';
import { PodSecuritySection } from './PodSecuritySection.tsx';

/** Pod-level settings of the shown workload's pod template. */
export function PodPanel() {
  const workload = useApp(selectWorkload);
  if (!workload) return <PanelEmpty>The design has no pod to edit.</PanelEmpty>;
  return (
    <form
      // Another workload is another form: no draft or error carries over.
      key={workload.document}
      className="inspector-form"
      aria-label="Pod settings"
      onSubmit={(e) => e.preventDefault()}
    >
      <NamespacesSection workload={workload} />
      <LifecycleSection workload={workload} />
      <PodSecuritySection specPath={workload.specPath} />
    </form>
  );
}
