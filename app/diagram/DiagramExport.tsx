import { useState } from 'react';
import { designFileName } from '../../src/io/filename.ts';
import { downloadBlob, downloadText } from '../io/download.ts';
import { useAppStore } from '../store/context.tsx';
import { diagramSvgOf, svgToPng } from './exportDiagram.ts';

/**
 * The Export dialog's diagram section: the pod's picture as SVG or PNG, light theme, with no
 * reference to anything outside the file. The same SVG as `podsmith diagram` for the design.
 */
export function DiagramExport({ headingId, onDone }: { headingId: string; onDone: () => void }) {
  const store = useAppStore();
  const [error, setError] = useState<string | null>(null);
  const s = store.getState();
  const view = s.stale ? s.lastGood : s.view;
  const picture = () => diagramSvgOf(store.getState());
  const name = (extension: 'svg' | 'png') => designFileName(view, extension);
  const has = view.workloads.length > 0;

  const saveSvg = () => {
    const p = picture();
    if (!p) return;
    downloadText(name('svg'), p.svg, 'image/svg+xml');
    store.getState().notify('info', `Downloaded ${name('svg')}.`);
    onDone();
  };
  const savePng = async () => {
    const p = picture();
    if (!p) return;
    try {
      downloadBlob(name('png'), await svgToPng(p.svg, p.width, p.height));
      store.getState().notify('info', `Downloaded ${name('png')}.`);
      onDone();
    } catch (e) {
      setError(`The PNG could not be made: ${e instanceof Error ? e.message : String(e)}.`);
    }
  };

  return (
    <section className="export-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Diagram</h3>
      {has ? (
        <p>
          The pod as the canvas draws it: <code>{name('svg')}</code> (scales to any size, for design
          docs and READMEs) or <code>{name('png')}</code>.
        </p>
      ) : (
        <p>The design has no Pod or workload to draw.</p>
      )}
      <div className="export-buttons">
        <button type="button" className="dialog-button" disabled={!has} onClick={saveSvg}>
          Download SVG
        </button>
        <button
          type="button"
          className="dialog-button"
          disabled={!has}
          onClick={() => void savePng()}
        >
          Download PNG
        </button>
      </div>
      {error ? (
        <p className="export-refused" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </section>
  );
}
