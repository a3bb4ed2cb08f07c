import { lazy, Suspense, useState } from 'react';

// The gallery holds every template's text: it loads when first opened, not with the page.
const GalleryDialog = lazy(() =>
  import('./GalleryDialog.tsx').then((m) => ({ default: m.GalleryDialog })),
);

/** The toolbar's "Templates" button and the gallery it opens. */
export function TemplatesButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Templates
      </button>
      {open ? (
        <Suspense fallback={null}>
          <GalleryDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
