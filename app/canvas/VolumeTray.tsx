import type { VolumeView } from '../../src/pod/types.ts';

/** The pod's volumes, each named "<name>, volume", with who mounts it. */
export function VolumeTray({ volumes }: { volumes: VolumeView[] }) {
  return (
    <div role="group" className="tray" aria-labelledby="volume-tray-title">
      <h3 id="volume-tray-title" className="lane-title">
        Volumes
        {volumes.length > 0 ? <span className="lane-count">{volumes.length}</span> : null}
      </h3>
      {volumes.length === 0 ? (
        <p className="lane-empty">No volumes.</p>
      ) : (
        <ul className="tray-list">
          {volumes.map((v, i) => (
            <li key={`${i}/${v.name}`}>
              <div role="group" className="volume" aria-label={`${v.name}, volume`}>
                <span className="volume-name">{v.name || '(unnamed)'}</span>
                <span className="volume-source">{v.source}</span>
                <span className="volume-users">
                  {v.mountedBy.length ? `mounted by ${v.mountedBy.join(', ')}` : 'not mounted'}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
