/** Filled in by the analysis work: see src/analysis/. */
export default function LifecycleView() {
  return <p className="panel-empty">Lifecycle analysis is being built.</p>;
}
