import { integerProblem } from '../../forms/Field.tsx';
import { dnsLabelProblem } from '../../../src/pod/names.ts';
import { nodePortProblem, portTargets, resolveTargetPort } from '../../../src/pod/service.ts';
import type { PodView } from '../../../src/pod/types.ts';
import { useFormsLocked } from '../../forms/useDoc.ts';
import { addServicePort, removeServicePort } from '../../commands/services.ts';
import { useAppStore } from '../../store/context.tsx';
import { DocSelectField, DocTextField, useDocumentValue } from './DocFields.tsx';

const number = (raw: string) => Number(raw);
/** A targetPort as the YAML wants it: a number, or a port name. */
const portValue = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : raw);

/** The Service's ports: one row each, the target picked among the pod's container ports. */
export function ServicePorts({
  document,
  workload,
  opensNodePorts,
}: {
  document: number;
  workload: PodView;
  opensNodePorts: boolean;
}) {
  const store = useAppStore();
  const locked = useFormsLocked();
  const raw = useDocumentValue(document, ['spec', 'ports']);
  const ports: unknown[] = Array.isArray(raw) ? raw : [];
  const targets = portTargets(workload);
  const options = targets.map((t) => ({
    value: String(t.value),
    label: `${t.name ?? t.containerPort} → ${t.container} ${t.containerPort}/${t.protocol}`,
  }));
  return (
    <div className="kv-editor" role="group" aria-label="Service ports">
      <p className="kv-title">Ports</p>
      {ports.length === 0 ? (
        <p className="field-hint">No ports: the Service sends nothing.</p>
      ) : null}
      {ports.map((p, i) => {
        const path = ['spec', 'ports', i];
        const item = (typeof p === 'object' && p !== null ? p : {}) as Record<string, unknown>;
        const reached = resolveTargetPort(workload, item.targetPort, item.port);
        const label = `Service port ${i + 1}`;
        return (
          <div key={i} role="group" aria-label={label} className="list-item">
            <div className="list-item-head">
              <span>
                {label}
                {typeof item.name === 'string' ? ` · ${item.name}` : ''}
              </span>
              <button
                type="button"
                className="small-button danger"
                aria-label={`Remove service port ${i + 1}`}
                disabled={locked}
                onClick={() => removeServicePort(store, document, i)}
              >
                Remove
              </button>
            </div>
            <div className="field-row">
              <DocTextField
                document={document}
                label="Name"
                path={[...path, 'name']}
                base={path}
                placeholder="http"
                validate={(v) => dnsLabelProblem(v, 'A port name')}
              />
              <DocTextField
                document={document}
                label="Port"
                path={[...path, 'port']}
                base={path}
                required="A Service port needs a number (1–65535)."
                validate={(v) => integerProblem(v, 1, 65535)}
                parse={number}
              />
            </div>
            <DocSelectField
              document={document}
              label="Target port"
              path={[...path, 'targetPort']}
              base={path}
              options={options}
              unsetLabel="(not set: same as port)"
              parse={portValue}
              hint={
                reached
                  ? `Reaches ${reached.container} on ${reached.containerPort}/${reached.protocol}.`
                  : undefined
              }
              problem={
                reached
                  ? undefined
                  : `No container of the pod listens on ${String(item.targetPort ?? item.port)}.`
              }
            />
            <div className="field-row">
              <DocSelectField
                document={document}
                label="Protocol"
                path={[...path, 'protocol']}
                base={path}
                unsetLabel="(not set: TCP)"
                options={[{ value: 'TCP' }, { value: 'UDP' }, { value: 'SCTP' }]}
              />
              {opensNodePorts ? (
                <DocTextField
                  document={document}
                  label="Node port"
                  path={[...path, 'nodePort']}
                  base={path}
                  placeholder="30000–32767"
                  hint="Empty: the cluster picks one."
                  validate={nodePortProblem}
                  parse={number}
                />
              ) : null}
            </div>
          </div>
        );
      })}
      <div className="button-row">
        <button
          type="button"
          className="small-button"
          disabled={locked}
          onClick={() => addServicePort(store, document, workload.document)}
        >
          Add port
        </button>
      </div>
    </div>
  );
}
