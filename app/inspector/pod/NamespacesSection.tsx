import { dnsLabelProblem } from '../../../src/pod/names.ts';
import type { PodView } from '../../../src/pod/types.ts';
import { BooleanField, CheckboxField } from '../../forms/Choice.tsx';
import { TextField } from '../../forms/Field.tsx';
import { Section } from '../Section.tsx';

/**
 * The Kubernetes namespace the workload lives in, and the Linux namespaces its containers share
 * with each other or with the node.
 */
export function NamespacesSection({ workload }: { workload: PodView }) {
  const spec = workload.specPath;
  return (
    <Section title="Namespaces">
      <TextField
        label="Namespace"
        path={['metadata', 'namespace']}
        base={['metadata']}
        placeholder="default"
        hint="The Kubernetes namespace (metadata.namespace); empty uses the one kubectl is set to."
        validate={(raw) => dnsLabelProblem(raw, 'A namespace')}
      />
      <p className="field-hint pod-note">
        Every container of the pod shares one network namespace: one IP, and they reach each other
        on localhost.
      </p>
      <CheckboxField
        label="Share the process namespace"
        path={[...spec, 'shareProcessNamespace']}
        base={spec}
        hint="Containers see each other's processes and can signal them (shareProcessNamespace)."
      />
      <CheckboxField
        label="Host network (hostNetwork)"
        path={[...spec, 'hostNetwork']}
        base={spec}
        hint="Warning: the pod gets the node's IP and its ports bind on the node."
      />
      <CheckboxField
        label="Host processes (hostPID)"
        path={[...spec, 'hostPID']}
        base={spec}
        hint="Warning: the containers see every process of the node."
      />
      <CheckboxField
        label="Host IPC (hostIPC)"
        path={[...spec, 'hostIPC']}
        base={spec}
        hint="Warning: the containers share shared memory and semaphores with the node."
      />
      <BooleanField
        label="Host user namespace (hostUsers)"
        path={[...spec, 'hostUsers']}
        base={spec}
        unsetLabel="(not set: true)"
        hint="false gives the pod its own user namespace: root in a container is not root on the node."
      />
    </Section>
  );
}
