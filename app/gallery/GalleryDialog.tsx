import { useId } from 'react';
import { TEMPLATES, type Template } from '../../src/templates/gallery.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppStore } from '../store/index.ts';
import { selectWorkloads } from '../store/selectors.ts';
import { Dialog } from './Dialog.tsx';

/**
 * Replaces the design with a template as one undo step, clears the selection (it named things of
 * the old design), shows the template's first workload and says how to get the old design back.
 */
export function startFrom(store: AppStore, template: Template): void {
  const s = store.getState();
  if (s.text === template.yaml) {
    s.notify('info', `The design already is the "${template.title}" template.`);
    return;
  }
  s.setText(template.yaml, 'canvas');
  s.selectContainer(null);
  s.selectVolume(null);
  const first = selectWorkloads(store.getState())[0];
  if (first) s.selectWorkload(first.document);
  s.notify(
    'info',
    `Started a new design from "${template.title}". Undo brings back the previous design.`,
  );
}

/** The gallery: every starting design, with what it is for. Choosing one replaces the design. */
export function GalleryDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const id = useId();
  return (
    <Dialog
      title="Start from a template"
      description="Choosing a template replaces the current design. Undo brings it back."
      onClose={onClose}
      className="gallery-dialog"
    >
      <ul className="template-list">
        {TEMPLATES.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              className="template-choice"
              aria-labelledby={`${id}-${t.id}-title`}
              aria-describedby={`${id}-${t.id}`}
              onClick={() => {
                startFrom(store, t);
                onClose();
              }}
            >
              <span id={`${id}-${t.id}-title`} className="template-title">
                {t.title}
              </span>
              <span id={`${id}-${t.id}`} className="template-summary">
                {t.summary}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="dialog-button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
