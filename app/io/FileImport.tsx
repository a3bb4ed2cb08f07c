import { lazy, Suspense } from 'react';
import { FileDrop } from './FileDrop.tsx';
import { setPendingFile, usePendingFile } from './pending.ts';
import './io.css';

// Only needed when a file would replace a changed design.
const ReplaceDialog = lazy(() =>
  import('./ReplaceDialog.tsx').then((m) => ({ default: m.ReplaceDialog })),
);

/** Opening files: the drop target over the whole app and the question before replacing work. */
export function FileImport() {
  const pending = usePendingFile();
  return (
    <>
      <FileDrop />
      {pending ? (
        <Suspense fallback={null}>
          <ReplaceDialog
            key={`${pending.name}:${pending.text.length}`}
            file={pending}
            onClose={() => setPendingFile(null)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
