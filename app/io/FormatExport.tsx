import { useMemo, useState } from 'react';
import { EXPORT_FORMATS, exportDesign, type ExportFormat } from '../../src/convert/formats.ts';
import { useAppStore } from '../store/context.tsx';
import { downloadBlob } from './download.ts';
import { exportFile, exportFileName } from './exportFormats.ts';
import { NoteList } from './NoteList.tsx';

interface Props {
  /** The design text the dialog exports. */
  text: string;
  headingId: string;
  onDone: () => void;
}

/**
 * Terraform (typed or kubernetes_manifest), a Helm chart or a Kustomize base, made in the page:
 * what the chosen format cannot carry is listed before anything is downloaded.
 */
export function FormatExport({ text, headingId, onDone }: Props) {
  const store = useAppStore();
  const [format, setFormat] = useState<ExportFormat>('terraform');
  const [images, setImages] = useState(false);
  const [busy, setBusy] = useState(false);
  const result = useMemo(() => exportDesign(text, format, { images }), [text, format, images]);
  const title = EXPORT_FORMATS.find((f) => f.format === format)?.title ?? format;
  const name = result.ok ? exportFileName(result) : '';

  const download = async () => {
    if (!result.ok) return;
    setBusy(true);
    try {
      const file = await exportFile(result);
      downloadBlob(file.name, file.blob);
      const files = result.files.length;
      store
        .getState()
        .notify(
          'info',
          `Downloaded ${file.name}${result.folder ? `: ${files} ${files === 1 ? 'file' : 'files'}` : ''}.`,
        );
      onDone();
    } catch (error) {
      setBusy(false);
      store
        .getState()
        .notify('error', `The ${title} could not be made: ${(error as Error).message}`);
    }
  };

  return (
    <section className="export-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Terraform, Helm, Kustomize</h3>
      <fieldset>
        <legend>Format</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f.format}>
            <input
              type="radio"
              name={`${headingId}-format`}
              checked={format === f.format}
              onChange={() => setFormat(f.format)}
            />{' '}
            {f.title}
          </label>
        ))}
      </fieldset>
      {format === 'kustomize' ? (
        <label>
          <input type="checkbox" checked={images} onChange={(e) => setImages(e.target.checked)} />{' '}
          An <code>images:</code> entry per container image, so overlays can retag
        </label>
      ) : null}
      {result.ok ? (
        <p>
          <code>{name}</code>:{' '}
          {result.folder
            ? `the folder ${result.folder}/ with ${result.files.map((f) => f.path).join(', ')}.`
            : 'one Terraform file.'}
        </p>
      ) : (
        <p className="export-refused" role="alert">
          <span aria-hidden="true">⚠ </span>
          {result.message}
        </p>
      )}
      {result.ok && result.notCarried.length ? (
        <NoteList
          id={`${headingId}-notes`}
          title={`What ${title} cannot carry:`}
          notes={result.notCarried}
        />
      ) : null}
      <div className="export-buttons">
        <button
          type="button"
          className="dialog-button"
          disabled={!result.ok || busy}
          onClick={() => void download()}
        >
          {result.ok ? `Download ${name}` : 'Download'}
        </button>
      </div>
    </section>
  );
}
