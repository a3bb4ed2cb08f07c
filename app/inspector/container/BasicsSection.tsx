import { imageProblem } from '../../../src/pod/image.ts';
import { containerRestartPolicies, containerRestartProblem } from '../../../src/pod/sidecar.ts';
import type { FormContainer } from './formContainer.ts';
import { formatPath } from '../../../src/yaml/path.ts';
import { SelectField } from '../../forms/Choice.tsx';
import { TextField } from '../../forms/Field.tsx';
import { StringListField } from '../../forms/ListField.tsx';
import { useDocValue } from '../../forms/useDoc.ts';
import { Section } from '../Section.tsx';
import { NameField } from './NameField.tsx';

/** Name, image, how it starts, and (for init containers) whether it is a native sidecar. */
export function BasicsSection({ container: c }: { container: FormContainer }) {
  const base = c.path;
  return (
    <Section title="Basics">
      <NameField key={formatPath(base)} container={c} />
      <TextField
        label="Image"
        path={[...base, 'image']}
        base={base}
        placeholder="nginx:1.27"
        required="A container needs an image."
        validate={imageProblem}
      />
      <SelectField
        label="Image pull policy"
        path={[...base, 'imagePullPolicy']}
        base={base}
        options={[{ value: 'Always' }, { value: 'IfNotPresent' }, { value: 'Never' }]}
      />
      <StringListField
        label="Command"
        path={[...base, 'command']}
        base={base}
        hint="Replaces the image's ENTRYPOINT. One item per line."
      />
      <StringListField
        label="Arguments"
        path={[...base, 'args']}
        base={base}
        hint="Replaces the image's CMD. One item per line."
      />
      <TextField
        label="Working directory"
        path={[...base, 'workingDir']}
        base={base}
        placeholder="(the image's)"
      />
      <RestartPolicyField container={c} />
    </Section>
  );
}

/**
 * Only init containers take a restartPolicy (`Always`, which makes them native sidecars). On a
 * regular container the field shows only when the YAML already has one, so it can be removed.
 */
function RestartPolicyField({ container: c }: { container: FormContainer }) {
  const path = [...c.path, 'restartPolicy'];
  const value = useDocValue(path);
  const allowed = containerRestartPolicies(c.list);
  if (!allowed.length && (value === undefined || value === null)) return null;
  const hint =
    containerRestartProblem(c.list, value) ??
    (c.role === 'native-sidecar'
      ? 'Always: a native sidecar. It starts before the app containers and runs for the pod’s whole life. Unset it to make this a plain init container again; the canvas moves it.'
      : 'Always turns this init container into a native sidecar: it starts before the app containers and runs for the pod’s whole life. The canvas moves it to the native sidecars.');
  return (
    <SelectField
      label="Restart policy"
      path={path}
      base={c.path}
      hint={hint}
      unsetLabel={
        c.list === 'initContainers' ? '(not set: runs to completion before the app)' : '(not set)'
      }
      options={allowed.map((value) => ({
        value,
        label: value === 'Always' ? 'Always (native sidecar)' : value,
      }))}
    />
  );
}
