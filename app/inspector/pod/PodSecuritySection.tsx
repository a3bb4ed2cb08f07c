import type { Path } from '../../../src/yaml/path.ts';
import { BooleanField } from '../../forms/Choice.tsx';
import { IntegerField } from '../../forms/Field.tsx';
import { Section } from '../Section.tsx';

/** The pod's securityContext: defaults every container inherits, and the volume group. */
export function PodSecuritySection({ specPath: spec }: { specPath: Path }) {
  const sc = [...spec, 'securityContext'];
  return (
    <Section title="Security context (pod)">
      <div className="field-row">
        <IntegerField label="Run as user" path={[...sc, 'runAsUser']} base={spec} min={0} />
        <IntegerField label="Run as group" path={[...sc, 'runAsGroup']} base={spec} min={0} />
      </div>
      <IntegerField
        label="fsGroup"
        path={[...sc, 'fsGroup']}
        base={spec}
        min={0}
        hint="The group that owns mounted volumes and the files written to them."
      />
      <BooleanField
        label="Run as non-root"
        path={[...sc, 'runAsNonRoot']}
        base={spec}
        unsetLabel="(not set: not enforced)"
        hint="true: the kubelet refuses to start a container whose user is root."
      />
    </Section>
  );
}
