import type { SharedDesign } from '../../src/share/link.ts';
import { Dialog } from '../gallery/Dialog.tsx';
import { describeShared, type LinkChoice } from './openLink.ts';
import './share.css';

interface Props {
  design: SharedDesign;
  onChoose: (choice: LinkChoice) => void;
}

/** Asked when a link would replace a design with changes: nothing is replaced unasked. */
export function LinkPrompt({ design, onChoose }: Props) {
  return (
    <Dialog
      title="Open the shared design?"
      description={
        <>
          The link holds a design ({describeShared(design)}). The design open here has changes that
          opening the link would replace.
        </>
      }
      onClose={() => onChoose('cancel')}
      className="link-prompt"
    >
      <ul className="link-prompt-choices">
        <li>
          <button
            type="button"
            className="dialog-button primary"
            onClick={() => onChoose('keep-both')}
          >
            Keep both
          </button>
          <span>Opens the shared design as a new design; yours stays in the library.</span>
        </li>
        <li>
          <button type="button" className="dialog-button" onClick={() => onChoose('replace')}>
            Replace this design
          </button>
          <span>Undo brings yours back.</span>
        </li>
      </ul>
      <div className="dialog-actions">
        <button type="button" className="dialog-button" onClick={() => onChoose('cancel')}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
