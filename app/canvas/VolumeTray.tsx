import { lazy, Suspense, useId } from 'react';
import type { PodView } from '../../src/pod/types.ts';
import { VolumeItem } from './volume/VolumeItem.tsx';

// The add-volume form and the volume edits load just after the pod shows: not needed to see it.
const AddVolume = lazy(() =>
  import('./volume/AddVolume.tsx').then((m) => ({ default: m.AddVolume })),
);

/**
 * The pod's volumes (and StatefulSet claim templates), each named "<name>, volume", with who
 * mounts it where; volumes shared by two or more containers say so in words.
 */
export function VolumeTray({ pod }: { pod: PodView }) {
  const { volumes } = pod;
  const hintId = useId();
  return (
    <div role="group" className="tray" aria-labelledby="volume-tray-title">
      <h3 id="volume-tray-title" className="lane-title">
        Volumes
        {volumes.length > 0 ? <span className="lane-count">{volumes.length}</span> : null}
      </h3>
      <p id={hintId} className="tray-hint">
        Drag a volume onto a container to mount it, or select it and use “Mount into” in the
        inspector. Delete removes it.
      </p>
      {volumes.length === 0 ? (
        <p className="lane-empty">No volumes.</p>
      ) : (
        <ul className="tray-list">
          {volumes.map((v, i) => (
            <VolumeItem key={`${i}/${v.name}`} pod={pod} volume={v} hintId={hintId} />
          ))}
        </ul>
      )}
      <Suspense fallback={null}>
        <AddVolume pod={pod} />
      </Suspense>
    </div>
  );
}
