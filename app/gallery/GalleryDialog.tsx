import { useId } from 'react';
import { TEMPLATES, type Template } from '../../src/templates/gallery.ts';
import { openDesign } from '../commands/open.ts';
import { currentSession, type Session } from '../library/session.ts';
import { useAppStore } from '../store/context.tsx';
import type { AppStore } from '../store/index.ts';
import { Dialog } from './Dialog.tsx';

/**
 * Starts a new design of the library from a template: the open design stays saved as it is (an
 * unchanged stock design is simply replaced), and the notice says where it is.
 */
export function startFrom(
  store: AppStore,
  template: Template,
  session: Pick<Session, 'openAsNew'> | null = currentSession(),
): void {
  openDesign(store, {
    text: template.yaml,
    session,
    alreadyOpen: `The design already is the "${template.title}" template.`,
    opened: (kept) => `Started a new design from "${template.title}".${kept}`,
  });
}

/** The gallery: every starting design, with what it is for. Choosing one starts a new design. */
export function GalleryDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const id = useId();
  return (
    <Dialog
      title="Start from a template"
      description="A template starts a new design. The open design stays in Designs, as it is."
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
