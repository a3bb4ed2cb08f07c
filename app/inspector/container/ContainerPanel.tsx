import type { ContainerView } from '../../../src/pod/types.ts';
import { TextField } from '../../forms/Field.tsx';
import { SelectField } from '../../forms/Choice.tsx';
import { ROLE_WORDS } from '../../roles.ts';
import { useApp } from '../../store/context.tsx';
import { selectSelected } from '../../store/selectors.ts';
import { PanelEmpty } from '../Inspector.tsx';
import { Section } from '../Section.tsx';

/** The selected container's fields. Every field writes one key of the YAML. */
export function ContainerPanel() {
  const container = useApp(selectSelected);
  if (!container) {
    return <PanelEmpty>Select a container on the canvas to edit it.</PanelEmpty>;
  }
  return <ContainerForm container={container} />;
}

function ContainerForm({ container: c }: { container: ContainerView }) {
  const base = c.path;
  return (
    <form
      className="inspector-form"
      aria-label={`Container ${c.name}`}
      onSubmit={(e) => e.preventDefault()}
    >
      <p className="panel-title">
        <strong>{c.name}</strong>{' '}
        <span className={`badge role-${c.role}`}>{ROLE_WORDS[c.role]}</span>
      </p>
      <Section title="Basics">
        <TextField label="Image" path={[...base, 'image']} base={base} placeholder="nginx:1.27" />
        <SelectField
          label="Image pull policy"
          path={[...base, 'imagePullPolicy']}
          base={base}
          options={[{ value: 'Always' }, { value: 'IfNotPresent' }, { value: 'Never' }]}
        />
      </Section>
    </form>
  );
}
