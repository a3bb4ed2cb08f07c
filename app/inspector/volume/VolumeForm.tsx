import type { PodView, VolumeView } from '../../../src/pod/types.ts';
import { describeSource } from '../../../src/volume/mounts.ts';
import { useDocValue } from '../../forms/useDoc.ts';
import { Section } from '../Section.tsx';
import { ClaimTemplateFields } from './ClaimTemplateFields.tsx';
import { ConfigMapFields } from './ConfigMapFields.tsx';
import { DownwardApiFields } from './DownwardApiFields.tsx';
import { EmptyDirFields } from './EmptyDirFields.tsx';
import { HostPathFields } from './HostPathFields.tsx';
import { MountsSection } from './MountsSection.tsx';
import { PvcFields } from './PvcFields.tsx';
import { ProjectedFields } from './ProjectedFields.tsx';
import { SecretFields } from './SecretFields.tsx';
import { VolumeNameField } from './VolumeNameField.tsx';

/** The volume's name, its source's fields, and who mounts it where. */
export function VolumeForm({ pod, volume }: { pod: PodView; volume: VolumeView }) {
  const value = useDocValue(volume.path);
  return (
    <form
      className="inspector-form"
      aria-label={`Volume ${volume.name}`}
      onSubmit={(e) => e.preventDefault()}
    >
      <p className="panel-title">
        <strong>{volume.name}</strong>{' '}
        <span className="badge">
          {volume.source === 'volumeClaimTemplate' ? 'claim template' : volume.source}
        </span>
      </p>
      <p className="volume-note">{describeSource(volume.source, value)}</p>
      <Section title="Volume">
        <VolumeNameField volume={volume} />
        <SourceFields volume={volume} />
      </Section>
      <MountsSection pod={pod} volume={volume} />
    </form>
  );
}

function SourceFields({ volume }: { volume: VolumeView }) {
  const at = [...volume.path, volume.source];
  switch (volume.source) {
    case 'emptyDir':
      return <EmptyDirFields at={at} />;
    case 'persistentVolumeClaim':
      return <PvcFields at={at} />;
    case 'configMap':
      return <ConfigMapFields at={at} />;
    case 'secret':
      return <SecretFields at={at} />;
    case 'hostPath':
      return <HostPathFields at={at} />;
    case 'projected':
      return <ProjectedFields at={at} />;
    case 'downwardAPI':
      return <DownwardApiFields at={at} />;
    case 'volumeClaimTemplate':
      return <ClaimTemplateFields at={volume.path} />;
    default:
      return (
        <p className="volume-note">
          Podsmith has no form for {volume.source} volumes: edit this one in the YAML.
        </p>
      );
  }
}
