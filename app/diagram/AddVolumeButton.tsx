import { lazy, Suspense, useRef, useState } from 'react';
import type { PodView } from '../../src/pod/types.ts';

// The add-volume form and the volume edits load on first use: not needed to see the pod.
const AddVolume = lazy(() =>
  import('../canvas/volume/AddVolume.tsx').then((m) => ({ default: m.AddVolume })),
);

/**
 * "New volume" in the diagram's toolbar: opens the form (name, source) under it; it closes once a
 * volume is added (the new volume is then selected) or on Escape, focus back on the button.
 */
export function AddVolumeButton({ pod }: { pod: PodView }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div className="add-volume-anchor">
      <button
        ref={toggle}
        type="button"
        className="small-button"
        aria-expanded={open}
        aria-controls="add-volume-popover"
        onClick={() => setOpen(!open)}
      >
        New volume
      </button>
      {open ? (
        // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Escape from any field of the form inside closes it
        <div
          id="add-volume-popover"
          className="add-volume-popover"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <Suspense fallback={null}>
            <AddVolume pod={pod} onAdded={close} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
