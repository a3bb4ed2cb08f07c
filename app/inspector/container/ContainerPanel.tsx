import { memo } from 'react';
import type { ContainerView } from '../../../src/pod/types.ts';
import { ROLE_WORDS } from '../../roles.ts';
import { useApp } from '../../store/context.tsx';
import { selectSelected } from '../../store/selectors.ts';
import { PanelEmpty } from '../PanelEmpty.tsx';
import { SectionNav } from '../SectionNav.tsx';
import { BasicsSection } from './BasicsSection.tsx';
import { EnvSection } from './EnvSection.tsx';
import { PortsSection } from './PortsSection.tsx';
import { ResourcesSection } from './ResourcesSection.tsx';
import { LifecycleSection } from './LifecycleSection.tsx';
import { MountsSection } from './MountsSection.tsx';
import { ProbesSection } from './ProbesSection.tsx';
import { SecuritySection } from './SecuritySection.tsx';
import { useFormContainer } from './formContainer.ts';

/** The section titles below, in order: the "Jump to" links. */
const SECTIONS = [
  'Basics',
  'Ports',
  'Environment',
  'Resources',
  'Volume mounts',
  'Probes',
  'Lifecycle hooks',
  'Security context',
] as const;

/** The selected container's fields. Every field writes one key of the YAML. */
export function ContainerPanel() {
  const container = useApp(selectSelected);
  if (!container) {
    return <PanelEmpty>Select a container on the canvas to edit it.</PanelEmpty>;
  }
  return <ContainerForm container={container} />;
}

// Memoised: a section draws again only when what it is given changes (see useFormContainer).
const Basics = memo(BasicsSection);
const Ports = memo(PortsSection);
const Env = memo(EnvSection);
const Resources = memo(ResourcesSection);
const Mounts = memo(MountsSection);
const Probes = memo(ProbesSection);
const Lifecycle = memo(LifecycleSection);
const Security = memo(SecuritySection);

function ContainerForm({ container }: { container: ContainerView }) {
  const c = useFormContainer(container);
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
      <SectionNav titles={SECTIONS} />
      <Basics container={c} />
      <Ports container={c} />
      <Env container={c} />
      <Resources container={c} />
      <Mounts container={c} />
      <Probes container={c} />
      <Lifecycle container={c} />
      <Security container={c} />
    </form>
  );
}
