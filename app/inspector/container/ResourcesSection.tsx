import type { FormContainer } from './formContainer.ts';
import { Section } from '../Section.tsx';
import { QuantityField } from './QuantityField.tsx';

const RESOURCES = [
  { resource: 'cpu', label: 'CPU' },
  { resource: 'memory', label: 'Memory' },
  { resource: 'ephemeral-storage', label: 'Ephemeral storage' },
] as const;

/**
 * Requests (what the scheduler reserves) and limits (what the container may use) for CPU, memory
 * and ephemeral storage. Clearing the last value removes `resources`.
 */
export function ResourcesSection({ container: c }: { container: FormContainer }) {
  const base = c.path;
  return (
    <Section title="Resources">
      {RESOURCES.map(({ resource, label }) => (
        <div key={resource} className="field-row">
          <QuantityField
            label={`${label} request`}
            path={[...base, 'resources', 'requests', resource]}
            base={base}
            resource={resource}
          />
          <QuantityField
            label={`${label} limit`}
            path={[...base, 'resources', 'limits', resource]}
            base={base}
            resource={resource}
          />
        </div>
      ))}
    </Section>
  );
}
