import { useId, useState } from 'react';
import { addService, type ServiceType } from '../../../src/edit/service.ts';
import type { PodView } from '../../../src/pod/types.ts';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { useApp, useAppShallow } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';
import { selectObjects, selectWorkload } from '../../store/selectors.ts';
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

const selectApplyDesignEdit = (s: AppState) => s.applyDesignEdit;

function AddService({ workload }: { workload: PodView }) {
  const applyDesignEdit = useApp(selectApplyDesignEdit);
  const locked = useFormsLocked();
  const statefulSet = workload.kind === 'StatefulSet';
  const [type, setType] = useState<ServiceType>(statefulSet ? 'Headless' : 'ClusterIP');
  const id = useId();
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
      <div className="button-row">
        <button
          type="button"
          className="small-button"
          disabled={locked}
          onClick={() =>
            applyDesignEdit((text) => addService(text, { workload: workload.document, type }), {
              quiet: false,
            })
          }
        >
          Add Service
        </button>
      </div>
    </div>
  );
}
