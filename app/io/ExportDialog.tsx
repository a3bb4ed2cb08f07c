import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { formatSize } from '../../src/io/sniff.ts';
import { designToJsonList } from '../../src/io/list.ts';
import { currentText } from '../commands/flush.ts';
import { DiagramExport } from '../diagram/DiagramExport.tsx';
import { Dialog } from '../gallery/Dialog.tsx';
import { useApp, useAppStore } from '../store/context.tsx';
import {
  copyYaml,
  downloadJson,
  downloadYaml,
  jsonFileName,
  yamlFileName,
} from './exportDesign.ts';
import { NoteList } from './NoteList.tsx';
import './export.css';

// The converters (Terraform, Helm, Kustomize, tar) load when the dialog has opened.
const FormatExport = lazy(() =>
  import('./FormatExport.tsx').then((m) => ({ default: m.FormatExport })),
);

/**
 * Export: the YAML exactly as the editor holds it (download or copy), a JSON `List` of every
 * document, Terraform, a Helm chart or a Kustomize base, with what a format cannot hold named
 * before it is downloaded, or the pod's diagram.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  // The dialog is modal: the text it exports is the text when it opened.
  const [text] = useState(() => currentText(store));
  const yamlName = useApp(yamlFileName);
  const jsonName = useApp(jsonFileName);
  const documents = useApp((s) => s.documentCount);
  const list = useMemo(() => designToJsonList(text), [text]);
  const id = useId();
  const bytes = new TextEncoder().encode(text).length;

  return (
    <Dialog
      title="Export the design"
      description="Files are made in your browser: nothing is uploaded."
      onClose={onClose}
      className="export-dialog"
    >
      <section className="export-section" aria-labelledby={`${id}-yaml`}>
        <h3 id={`${id}-yaml`}>YAML</h3>
        <p>
          <code>{yamlName}</code>: the editor&apos;s text exactly, {documents}{' '}
          {documents === 1 ? 'document' : 'documents'} in one file, {formatSize(bytes)}.
        </p>
        <div className="export-buttons">
          <button
            type="button"
            className="dialog-button primary"
            onClick={() => {
              downloadYaml(store);
              onClose();
            }}
          >
            Download YAML
          </button>
          <button
            type="button"
            className="dialog-button"
            onClick={() => {
              void copyYaml(store).then((ok) => ok && onClose());
            }}
          >
            Copy YAML
          </button>
        </div>
      </section>
      <section className="export-section" aria-labelledby={`${id}-json`}>
        <h3 id={`${id}-json`}>JSON</h3>
        {list.ok ? (
          <p>
            <code>{jsonName}</code>: a <code>v1</code> <code>List</code> of {list.items}{' '}
            {list.items === 1 ? 'item' : 'items'}, every document in order, for tools that read
            JSON.
          </p>
        ) : (
          <p className="export-refused" role="alert">
            <span aria-hidden="true">⚠ </span>
            {list.message}
          </p>
        )}
        {list.ok && list.notes.length ? (
          <NoteList id={`${id}-notes`} title="What JSON cannot hold:" notes={list.notes} />
        ) : null}
        <div className="export-buttons">
          <button
            type="button"
            className="dialog-button"
            disabled={!list.ok}
            onClick={() => {
              downloadJson(store, list);
              onClose();
            }}
          >
            Download JSON
          </button>
        </div>
      </section>
      <Suspense fallback={null}>
        <FormatExport text={text} headingId={`${id}-formats`} onDone={onClose} />
      </Suspense>
      <DiagramExport headingId={`${id}-diagram`} onDone={onClose} />
      <div className="dialog-actions">
        <button type="button" className="dialog-button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
