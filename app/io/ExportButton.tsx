import { lazy, Suspense, useState } from 'react';

// The JSON conversion and the dialog load when first needed, not with the page.
const ExportDialog = lazy(() =>
  import('./ExportDialog.tsx').then((m) => ({ default: m.ExportDialog })),
);

/** The toolbar's "Export" button and the dialog it opens (download YAML or JSON, copy YAML). */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Export
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
