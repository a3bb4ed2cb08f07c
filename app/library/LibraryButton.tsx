import { lazy, Suspense, useState } from 'react';

// The library dialog is needed only when asked for: it loads when first opened.
const LibraryDialog = lazy(() =>
  import('./LibraryDialog.tsx').then((m) => ({ default: m.LibraryDialog })),
);

/** The toolbar's "Designs" button and the design library it opens. */
export function LibraryButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Designs
      </button>
      {open ? (
        <Suspense fallback={null}>
          <LibraryDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
