import { Canvas } from './canvas/Canvas.tsx';
import { DndShell } from './dnd/DndShell.tsx';
import { EditorPane } from './editor/EditorPane.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { FileDrop } from './io/FileDrop.tsx';
import { Palette } from './palette/Palette.tsx';
import { StatusBar } from './status/StatusBar.tsx';
import { Toolbar } from './toolbar/Toolbar.tsx';

/** Composes the panes; each pane reads the store itself. */
export function App() {
  return (
    <div className="app">
      <Toolbar />
      <main className="workspace">
        <DndShell>
          <Palette />
          <Canvas />
        </DndShell>
        <Inspector />
        <EditorPane />
      </main>
      <StatusBar />
      <FileDrop />
    </div>
  );
}
