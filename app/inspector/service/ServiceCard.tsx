import { WORKLOADS } from '../../../src/pod/kinds.ts';
import { useId, useState } from 'react';
import { dns1035LabelProblem } from '../../../src/pod/names.ts';
import { mapSelects } from '../../../src/pod/selectors.ts';
import { serviceTypeOf, type ServiceKind } from '../../../src/pod/service.ts';
import type { ObjectView, PodView } from '../../../src/pod/types.ts';
import { getPath } from '../../../src/pod/view.ts';
import { FieldFrame } from '../../forms/Field.tsx';
import { useFormsLocked } from '../../forms/useDoc.ts';
import {
  followPodLabels,
  removeService,
  renameService,
  setServiceType,
  setAsServiceName,
} from '../../commands/services.ts';
import { useApp, useAppStore } from '../../store/context.tsx';
import { DocTextField } from './DocFields.tsx';
import { ServicePorts } from './ServicePorts.tsx';
import { selectShownValues } from '../../store/selectors.ts';

const TYPES: { value: ServiceKind; label: string }[] = [
  { value: 'ClusterIP', label: 'ClusterIP (one virtual IP inside the cluster)' },
  { value: 'Headless', label: 'Headless (clusterIP: None, DNS per pod)' },
  { value: 'NodePort', label: 'NodePort (a port on every node)' },
  { value: 'LoadBalancer', label: 'LoadBalancer (an external load balancer)' },
];

/** One Service of the design: name, type, whether it selects the shown pod, its ports. */
export function ServiceCard({ service, workload }: { service: ObjectView; workload: PodView }) {
  const doc = service.document;
  const store = useAppStore();
  const locked = useFormsLocked();
  const value = useApp((s) => selectShownValues(s)[doc]);
  const podLabels = useApp((s) =>
    getPath(selectShownValues(s)[workload.document], [
      ...workload.templatePath,
      'metadata',
      'labels',
    ]),
  );
  const serviceName = useApp((s) =>
    getPath(selectShownValues(s)[workload.document], ['spec', 'serviceName']),
  );
  const type = serviceTypeOf(value);
  const selector = getPath(value, ['spec', 'selector']);
  const selects = mapSelects(selector, podLabels);
  const name = service.name ?? '';
  const title = `Service ${name || `(document ${doc + 1})`}`;
  const isGoverning =
    WORKLOADS[workload.kind].stableIdentity && serviceName === name && name !== '';

  return (
    <section className="service-card" aria-label={title}>
      <div className="service-head">
        <strong>{title}</strong>
        <button
          type="button"
          className="small-button danger"
          aria-label={`Remove ${title}`}
          disabled={locked}
          onClick={() => removeService(store, doc)}
        >
          Remove
        </button>
      </div>
      <DocTextField
        document={doc}
        label="Service name"
        path={['metadata', 'name']}
        base={['metadata']}
        required="A Service needs a name."
        validate={(raw) => dns1035LabelProblem(raw, 'A Service name')}
        commit={(next) => renameService(store, doc, String(next))}
      />
      <TypeField document={doc} type={type} />
      <div className="selector-status">
        <p className="field-hint">
          Selector:{' '}
          <code>
            {selector && typeof selector === 'object' && Object.keys(selector).length
              ? Object.entries(selector)
                  .map(([k, v]) => `${k}=${String(v)}`)
                  .join(', ')
              : '(none)'}
          </code>
        </p>
        {selects ? (
          <p className="field-hint" role="status">
            <span aria-hidden="true">✓ </span>
            Selects the pods of {workload.kind} {workload.name}.
          </p>
        ) : (
          <>
            <p className="field-error" role="status">
              <span aria-hidden="true">⚠ </span>
              Does not select the pods of {workload.kind} {workload.name}.
            </p>
            <button
              type="button"
              className="small-button"
              disabled={locked}
              onClick={() => followPodLabels(store, doc, workload.document)}
            >
              Make the selector follow the pod labels
            </button>
          </>
        )}
        {WORKLOADS[workload.kind].stableIdentity && type === 'Headless' ? (
          isGoverning ? (
            <p className="field-hint">
              The StatefulSet&rsquo;s serviceName: pods are named {workload.name}-0.{name}, …
            </p>
          ) : (
            <button
              type="button"
              className="small-button"
              disabled={locked}
              onClick={() => setAsServiceName(store, workload.document, name)}
            >
              Use as the StatefulSet&rsquo;s serviceName
            </button>
          )
        ) : null}
      </div>
      <ServicePorts
        document={doc}
        workload={workload}
        opensNodePorts={type === 'NodePort' || type === 'LoadBalancer'}
      />
    </section>
  );
}

function TypeField({ document, type }: { document: number; type: ServiceKind }) {
  const store = useAppStore();
  const locked = useFormsLocked();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <FieldFrame id={id} label="Type" error={error}>
      <select
        id={id}
        className="field-input"
        value={type}
        disabled={locked || type === 'ExternalName'}
        onChange={(e) => {
          const result = setServiceType(store, document, e.target.value as ServiceKind);
          setError(result.ok ? null : result.message);
        }}
      >
        {TYPES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
        {type === 'ExternalName' ? <option value="ExternalName">ExternalName</option> : null}
      </select>
    </FieldFrame>
  );
}
