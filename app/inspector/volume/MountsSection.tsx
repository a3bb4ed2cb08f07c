import type { PodView, VolumeView } from '../../../src/pod/types.ts';
import { mountsOf, sharedBy } from '../../../src/volume/mounts.ts';
import { CheckboxField } from '../../forms/Choice.tsx';
import { TextField } from '../../forms/Field.tsx';
import { ROLE_WORDS } from '../../roles.ts';
import { unmountFromVolume } from '../../commands/mounts.ts';
import { useAppStore } from '../../store/context.tsx';
import { Section } from '../Section.tsx';
import { MountInto } from './MountInto.tsx';

/** Who mounts the volume, where and how; and the keyboard way to mount it ("Mount into"). */
export function MountsSection({ pod, volume }: { pod: PodView; volume: VolumeView }) {
  const store = useAppStore();
  const mounts = mountsOf(pod, volume.name);
  const shared = sharedBy(volume);
  return (
    <Section title={`Mounts (${mounts.length})`}>
      <p className="volume-note">
        {mounts.length === 0
          ? 'No container mounts this volume yet.'
          : shared >= 2
            ? `Shared by ${shared} containers.`
            : `Mounted by ${volume.mountedBy[0]} only.`}
      </p>
      {mounts.map((m) => {
        const at = [...m.container.path, 'volumeMounts', m.index];
        const label = `${m.container.name} at ${m.mountPath}`;
        return (
          <div
            key={`${m.container.list}/${m.container.index}/${m.index}`}
            className="list-item"
            role="group"
            aria-label={`Mount: ${label}`}
          >
            <div className="list-item-head">
              <span>
                {m.container.name}{' '}
                <span className={`badge role-${m.container.role}`}>
                  {ROLE_WORDS[m.container.role]}
                </span>
              </span>
              <button
                type="button"
                className="small-button danger"
                aria-label={`Unmount from ${label}`}
                onClick={() =>
                  unmountFromVolume(store, volume.name, {
                    container: { list: m.container.list, index: m.container.index },
                    index: m.index,
                  })
                }
              >
                Unmount
              </button>
            </div>
            <TextField
              label="Mount path"
              path={[...at, 'mountPath']}
              base={at}
              required="A mount needs a path."
              validate={(raw) =>
                raw.startsWith('/') ? undefined : 'Enter an absolute path, like /var/log/app.'
              }
            />
            <TextField label="Sub path" path={[...at, 'subPath']} base={at} />
            <CheckboxField label="Read-only" path={[...at, 'readOnly']} base={at} />
          </div>
        );
      })}
      <MountInto pod={pod} volume={volume} />
    </Section>
  );
}
