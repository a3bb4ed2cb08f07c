import { capabilitiesProblem } from '../../../src/edit/security.ts';
import type { FormContainer } from './formContainer.ts';
import { BooleanField } from '../../forms/Choice.tsx';
import { IntegerField } from '../../forms/Field.tsx';
import { StringListField } from '../../forms/ListField.tsx';
import { Section } from '../Section.tsx';

const MAX_ID = 2147483647;

/**
 * The container's securityContext. Every field is optional and "(not set)" means the pod's
 * securityContext or the runtime decides; clearing the last field removes securityContext.
 */
export function SecuritySection({ container: c }: { container: FormContainer }) {
  const base = c.path;
  const sc = [...base, 'securityContext'];
  const caps = [...sc, 'capabilities'];
  return (
    <Section title="Security context">
      <div className="field-row">
        <IntegerField
          label="Run as user (UID)"
          path={[...sc, 'runAsUser']}
          base={base}
          min={0}
          max={MAX_ID}
        />
        <IntegerField
          label="Run as group (GID)"
          path={[...sc, 'runAsGroup']}
          base={base}
          min={0}
          max={MAX_ID}
        />
      </div>
      <div className="field-row">
        <BooleanField
          label="Run as non-root"
          path={[...sc, 'runAsNonRoot']}
          base={base}
          hint="true: the kubelet refuses to start the container as UID 0."
        />
        <BooleanField
          label="Read-only root filesystem"
          path={[...sc, 'readOnlyRootFilesystem']}
          base={base}
        />
        <BooleanField
          label="Allow privilege escalation"
          path={[...sc, 'allowPrivilegeEscalation']}
          base={base}
        />
        <BooleanField
          label="Privileged"
          path={[...sc, 'privileged']}
          base={base}
          hint="true gives the container almost all of the host's powers."
        />
      </div>
      <StringListField
        label="Add capabilities"
        path={[...caps, 'add']}
        base={base}
        placeholder="NET_ADMIN"
        hint="One per line, upper case without CAP_, like NET_ADMIN."
        validate={capabilitiesProblem}
      />
      <StringListField
        label="Drop capabilities"
        path={[...caps, 'drop']}
        base={base}
        placeholder="ALL"
        hint="One per line; ALL drops every capability."
        validate={capabilitiesProblem}
      />
    </Section>
  );
}
