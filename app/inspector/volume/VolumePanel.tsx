import { formatPath } from '../../../src/yaml/path.ts';
import { useApp } from '../../store/context.tsx';
import type { AppState } from '../../store/index.ts';
import { selectWorkload } from '../../store/selectors.ts';
import { PanelEmpty } from '../PanelEmpty.tsx';
import { VolumeForm } from './VolumeForm.tsx';

const selectSelectedVolume = (s: AppState) =>
  selectWorkload(s)?.volumes.find((v) => v.name === s.selectedVolume);

/** The selected volume: its name, its source's fields, and who mounts it where. */
export function VolumePanel() {
  const volume = useApp(selectSelectedVolume);
  const pod = useApp(selectWorkload);
  if (!volume || !pod) return <PanelEmpty>Select a volume on the canvas to edit it.</PanelEmpty>;
  // Keyed by its place, not its name: renaming as one types keeps the form, and the focus.
  return <VolumeForm key={formatPath(volume.path)} pod={pod} volume={volume} />;
}
