/** Filled in by the analysis work: see src/analysis/. */
export default function NetworkView() {
  return <p className="panel-empty">Network analysis is being built.</p>;
}
