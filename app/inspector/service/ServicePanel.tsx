import { useApp } from '../../store/context.tsx';
import { selectObjects } from '../../store/selectors.ts';
import { PanelEmpty } from '../Inspector.tsx';

/** The Services of the design, in front of the pod. */
export function ServicePanel() {
  const objects = useApp(selectObjects);
  const services = objects.filter((o) => o.kind === 'Service');
  if (!services.length) return <PanelEmpty>No Service in front of this pod.</PanelEmpty>;
  return (
    <ul>
      {services.map((s) => (
        <li key={s.document}>{s.name}</li>
      ))}
    </ul>
  );
}
