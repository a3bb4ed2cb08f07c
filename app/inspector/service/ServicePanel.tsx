import { WORKLOADS } from '../../../src/pod/kinds.ts';
import { useId, useState } from 'react';
import { podLabelsPath } from '../../../src/edit/labels.ts';
import type { ServiceType } from '../../../src/edit/service.ts';
import { baseName, NAME_LABEL } from '../../../src/pod/derived.ts';
import type { PodView } from '../../../src/pod/types.ts';
import { getPath } from '../../../src/pod/view.ts';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { addService } from '../../commands/services.ts';
import { useApp, useAppShallow, useAppStore } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';
import { selectObjects, selectShownValues, selectWorkload } from '../../store/selectors.ts';
import { PanelEmpty } from '../PanelEmpty.tsx';
import { Section } from '../Section.tsx';
import { ServiceCard } from './ServiceCard.tsx';

const selectServices = (s: AppState) => selectObjects(s).filter((o) => o.kind === 'Service');

/** The Services of the design, in front of the shown pod; add, edit and remove them. */
export function ServicePanel() {
  const workload = useApp(selectWorkload);
  const services = useAppShallow(selectServices);
  if (!workload) return <PanelEmpty>The design has no pod for a Service to reach.</PanelEmpty>;
  return (
    <div className="inspector-form" key={workload.document}>
      <AddService key={workload.kind} workload={workload} />
      {services.length === 0 ? (
        <PanelEmpty>No Service in front of this pod.</PanelEmpty>
      ) : (
        <Section title={`Services (${services.length})`}>
          {services.map((s) => (
            <ServiceCard key={s.document} service={s} workload={workload} />
          ))}
        </Section>
      )}
    </div>
  );
}

function AddService({ workload }: { workload: PodView }) {
  const store = useAppStore();
  const locked = useFormsLocked();
  const statefulSet = WORKLOADS[workload.kind].stableIdentity;
  const [type, setType] = useState<ServiceType>(statefulSet ? 'Headless' : 'ClusterIP');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  // A Service selects pods by label: unlabelled pods get the name label with the Service.
  const unlabelled = useApp((s) => {
    const labels = getPath(selectShownValues(s)[workload.document], podLabelsPath(workload));
    return typeof labels !== 'object' || labels === null || Object.keys(labels).length === 0;
  });
  const label = `${NAME_LABEL}: ${baseName(workload.name)}`;
  const add = () => {
    const result = addService(store, { workload: workload.document, type, labelPod: unlabelled });
    setError(result.ok ? null : result.message);
  };
  return (
    <div role="group" aria-label="Add a Service" className="service-card">
      <label className="field-label" htmlFor={id}>
        New Service type
      </label>
      <select
        id={id}
        className="field-input"
        value={type}
        disabled={locked}
        onChange={(e) => setType(e.target.value as ServiceType)}
      >
        <option value="ClusterIP">ClusterIP</option>
        <option value="NodePort">NodePort</option>
        <option value="Headless">
          Headless{statefulSet ? ' (becomes the StatefulSet’s serviceName)' : ''}
        </option>
      </select>
      {statefulSet ? (
        <p className="field-hint">
          A StatefulSet needs a headless Service for its pods&rsquo; stable DNS names.
        </p>
      ) : null}
      {unlabelled ? (
        <p className="field-hint" id={`${id}-labels`}>
          A Service selects pods by their labels, and these pods have none yet. The button labels
          them with the {workload.kind}&rsquo;s name and adds the Service, as one step.
        </p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="small-button"
          disabled={locked}
          aria-describedby={unlabelled ? `${id}-labels` : undefined}
          onClick={add}
        >
          {unlabelled ? `Add label ${label} and the Service` : 'Add Service'}
        </button>
      </div>
    </div>
  );
}
