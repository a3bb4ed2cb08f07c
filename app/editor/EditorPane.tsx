import { lazy, Suspense } from 'react';
import { afterCanvas } from '../common/canvasFirst.ts';
import { ProblemsBoundary } from '../problems/ProblemsBoundary.tsx';
import { EditorBoundary } from './EditorBoundary.tsx';
import { ProblemCount } from './ProblemCount.tsx';

// Monaco is most of the bundle: load it after the canvas has drawn its picture.
const YamlEditor = lazy(() => afterCanvas(() => import('./YamlEditor.tsx')));
// The problems panel comes with the validator, after the first paint too.
const ProblemsPanel = lazy(() => afterCanvas(() => import('../problems/ProblemsPanel.tsx')));

export function EditorPane() {
  return (
    <section className="pane editor-pane" aria-label="YAML editor">
      <header className="pane-head">
        <h2>YAML</h2>
        <ProblemCount />
      </header>
      <div className="editor-host">
        <EditorBoundary>
          <Suspense fallback={<p className="editor-loading">Loading editor…</p>}>
            <YamlEditor />
          </Suspense>
        </EditorBoundary>
      </div>
      <ProblemsBoundary>
        <Suspense fallback={null}>
          <ProblemsPanel />
        </Suspense>
      </ProblemsBoundary>
    </section>
  );
}
