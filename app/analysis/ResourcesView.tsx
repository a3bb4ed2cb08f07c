/** Filled in by the analysis work: see src/analysis/. */
export default function ResourcesView() {
  return <p className="panel-empty">Resources analysis is being built.</p>;
}
