import { Canvas } from './canvas/Canvas.tsx';
import { DndShell } from './dnd/DndShell.tsx';
import { EditorPane } from './editor/EditorPane.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { FileDrop } from './io/FileDrop.tsx';
import { Workspace } from './layout/Workspace.tsx';
import { Palette } from './palette/Palette.tsx';
import { StatusBar } from './status/StatusBar.tsx';
import { Toolbar } from './toolbar/Toolbar.tsx';

/**
 * Composes the panes; each pane reads the store itself. They are made here, once, and placed by
 * the workspace, so moving a splitter re-renders the layout and none of the panes.
 */
export function App() {
  return (
    <div className="app">
      <Toolbar />
      <DndShell>
        <Workspace
          palette={<Palette />}
          canvas={<Canvas />}
          inspector={<Inspector />}
          editor={<EditorPane />}
        />
      </DndShell>
      <StatusBar />
      <FileDrop />
    </div>
  );
}
