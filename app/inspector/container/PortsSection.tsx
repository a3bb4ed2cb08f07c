import { freePort, portNameProblem } from '../../../src/pod/ports.ts';
import type { FormContainer } from './formContainer.ts';
import { SelectField } from '../../forms/Choice.tsx';
import { IntegerField, TextField } from '../../forms/Field.tsx';
import { Section } from '../Section.tsx';
import { itemField, useList } from './useList.ts';

/** The ports the container listens on: one row per entry of `ports`. */
export function PortsSection({ container: c }: { container: FormContainer }) {
  const base = c.path;
  const listPath = [...base, 'ports'];
  const list = useList(listPath, base);
  const names = list.items.map((p) => itemField(p, 'name'));
  const numbers = list.items.map((p) => itemField(p, 'containerPort'));
  return (
    <Section title="Ports">
      {list.unreadable ? <p className="field-hint">Edit these ports in the YAML.</p> : null}
      {list.items.map((port, i) => {
        const path = [...listPath, i];
        const label = `Port ${i + 1}`;
        const others = names.filter((_, j) => j !== i);
        return (
          <div key={i} role="group" aria-label={label} className="list-item">
            <div className="list-item-head">
              <span>
                {label}
                {typeof itemField(port, 'name') === 'string'
                  ? ` · ${String(itemField(port, 'name'))}`
                  : ''}
              </span>
              <button
                type="button"
                className="small-button danger"
                aria-label={`Remove port ${i + 1}`}
                disabled={list.locked}
                onClick={() => list.remove(i)}
              >
                Remove
              </button>
            </div>
            <div className="field-row">
              <TextField
                label="Name"
                path={[...path, 'name']}
                base={path}
                placeholder="http"
                validate={(raw) => portNameProblem(raw, others)}
              />
              <IntegerField
                label="Container port"
                path={[...path, 'containerPort']}
                base={path}
                min={1}
                max={65535}
                required="A port needs a number (1–65535)."
              />
            </div>
            <div className="field-row">
              <SelectField
                label="Protocol"
                path={[...path, 'protocol']}
                base={path}
                unsetLabel="(not set: TCP)"
                options={[{ value: 'TCP' }, { value: 'UDP' }, { value: 'SCTP' }]}
              />
              <IntegerField
                label="Host port"
                path={[...path, 'hostPort']}
                base={path}
                min={1}
                max={65535}
                placeholder="(none)"
              />
            </div>
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className="small-button"
          disabled={list.locked || list.unreadable}
          onClick={() => list.add({ containerPort: freePort(numbers) })}
        >
          Add port
        </button>
      </div>
    </Section>
  );
}
