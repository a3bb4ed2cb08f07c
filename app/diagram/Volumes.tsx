import { useId } from 'react';
import type { Diagram, Region } from '../../src/diagram/types.ts';
import type { PodView } from '../../src/pod/types.ts';
import { boxStyle } from './boxStyle.ts';
import { VolumeNode } from './VolumeNode.tsx';

interface Props {
  diagram: Diagram;
  pod: PodView;
  region?: Region;
}

/** The pod's volumes (and claim templates) as a group named "Volumes", each a node of the diagram. */
export function Volumes({ diagram, pod, region }: Props) {
  const hintId = useId();
  if (!region) return null;
  const { box } = region;
  const volumes = diagram.nodes.flatMap((n) => (n.kind === 'volume' ? [n] : []));
  return (
    <div
      role="group"
      className="diagram-volumes"
      aria-labelledby="volume-tray-title"
      style={boxStyle(box)}
    >
      <p className="region-title">
        <span id="volume-tray-title">{region.label}</span>
        <span id={hintId} className="region-note">
          {volumes.length === 0
            ? 'No volumes.'
            : 'Drag one onto a container to mount it, or use “Mount into” in the inspector.'}
        </span>
      </p>
      {volumes.map((n) => (
        <VolumeNode
          key={n.id}
          volume={n.missing ? undefined : pod.volumes.find((v) => v.name === n.volume)}
          node={n}
          origin={box}
          hintId={hintId}
        />
      ))}
    </div>
  );
}
