import { envNameProblem, freeEnvName } from '../../../src/pod/env.ts';
import type { FormContainer } from './formContainer.ts';
import { TextField } from '../../forms/Field.tsx';
import { Section } from '../Section.tsx';
import { EnvFromList } from './EnvFromList.tsx';
import { EnvSourceFields } from './EnvSourceFields.tsx';
import { itemField, useList } from './useList.ts';

/** Environment variables (`env`), then whole ConfigMaps and Secrets imported as variables (`envFrom`). */
export function EnvSection({ container: c }: { container: FormContainer }) {
  const base = c.path;
  const listPath = [...base, 'env'];
  const list = useList(listPath, base);
  return (
    <Section title="Environment">
      {list.unreadable ? <p className="field-hint">Edit these variables in the YAML.</p> : null}
      {list.items.map((entry, i) => {
        const path = [...listPath, i];
        const name = itemField(entry, 'name');
        const label = `Variable ${i + 1}`;
        return (
          <div key={i} role="group" aria-label={label} className="list-item">
            <div className="list-item-head">
              <span>
                {label}
                {typeof name === 'string' && name ? ` · ${name}` : ''}
              </span>
              <button
                type="button"
                className="small-button danger"
                aria-label={`Remove variable ${i + 1}`}
                disabled={list.locked}
                onClick={() => list.remove(i)}
              >
                Remove
              </button>
            </div>
            <TextField
              label="Name"
              path={[...path, 'name']}
              base={path}
              placeholder="LOG_LEVEL"
              required="An environment variable needs a name."
              validate={envNameProblem}
            />
            <EnvSourceFields entry={entry} path={path} />
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className="small-button"
          disabled={list.locked || list.unreadable}
          onClick={() =>
            list.add({ name: freeEnvName(list.items.map((e) => itemField(e, 'name'))) })
          }
        >
          Add variable
        </button>
      </div>
      <EnvFromList base={base} />
    </Section>
  );
}
