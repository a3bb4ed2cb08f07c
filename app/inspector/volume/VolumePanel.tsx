import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';
import { selectWorkload } from '../../store/selectors.ts';
import { PanelEmpty } from '../Inspector.tsx';

const selectVolume = (s: AppState) =>
  selectWorkload(s)?.volumes.find((v) => v.name === s.selectedVolume);

/** The selected volume's source and who mounts it. */
export function VolumePanel() {
  const volume = useApp(selectVolume);
  if (!volume) return <PanelEmpty>Select a volume on the canvas to edit it.</PanelEmpty>;
  return (
    <div className="inspector-form">
      <p className="panel-title">
        <strong>{volume.name}</strong> <span className="badge">{volume.source}</span>
      </p>
      <p>Mounted by: {volume.mountedBy.length ? volume.mountedBy.join(', ') : 'no container'}</p>
    </div>
  );
}
