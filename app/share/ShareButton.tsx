import { lazy, Suspense, useState } from 'react';

// The dialog and the codec load when first opened, not with the page.
const ShareDialog = lazy(() =>
  import('./ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })),
);

/** The toolbar's "Share" button and the dialog with the design's link. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Share
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
