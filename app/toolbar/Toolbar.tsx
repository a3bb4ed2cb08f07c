import { TemplatesButton } from '../gallery/Gallery.tsx';
import { LibraryButton } from '../library/LibraryButton.tsx';
import { ExportButton } from '../io/ExportButton.tsx';
import { OpenButton } from '../io/OpenButton.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { useApp } from '../store/context.tsx';
import type { AppState } from '../store/index.ts';
import { selectCanRedo, selectCanUndo } from '../store/selectors.ts';
import { ThemeSelect } from './ThemeSelect.tsx';
import { useUndoKeys } from './useUndoKeys.ts';
import { VersionSelect } from './VersionSelect.tsx';

const selectUndo = (s: AppState) => s.undo;
const selectRedo = (s: AppState) => s.redo;
const MOD =
  typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function Toolbar() {
  const canUndo = useApp(selectCanUndo);
  const canRedo = useApp(selectCanRedo);
  const undo = useApp(selectUndo);
  const redo = useApp(selectRedo);
  useUndoKeys();
  return (
    <header className="toolbar">
      <div className="brand">
        <img src="favicon.svg" alt="" width={24} height={24} />
        <h1>Podsmith</h1>
        <span className="tagline">Design pods around sidecars</span>
      </div>
      <div className="toolbar-actions toolbar-design" role="group" aria-label="Design">
        <LibraryButton />
        <TemplatesButton />
        <OpenButton />
        <ExportButton />
        <ShareButton />
        <VersionSelect />
      </div>
      <div className="toolbar-actions" role="group" aria-label="History">
        <button
          type="button"
          className="tool-button"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
          title={`Undo (${MOD}Z)`}
        >
          <span aria-hidden="true">↶</span> <span className="toolbar-long">Undo</span>
        </button>
        <button
          type="button"
          className="tool-button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          title={`Redo (Shift+${MOD}Z)`}
        >
          <span aria-hidden="true">↷</span> <span className="toolbar-long">Redo</span>
        </button>
      </div>
      <div className="toolbar-actions" role="group" aria-label="View">
        <ThemeSelect />
      </div>
    </header>
  );
}
