import { useApp } from '../store/context.tsx';
import { selectDiagnostics, selectProblems } from '../store/selectors.ts';
import { countWords, SEVERITIES } from '../problems/words.ts';

/** "No problems" / "1 error, 2 warnings" beside the editor title (YAML problems until validated). */
export function ProblemCount() {
  const diagnostics = useApp(selectDiagnostics);
  const problems = useApp(selectProblems);
  const list = diagnostics ?? problems;
  if (list.length === 0)
    return <span className="pill pill-ok">{diagnostics ? 'No problems' : 'Valid YAML'}</span>;
  const count = (s: string) => list.filter((d) => d.severity === s).length;
  const text = SEVERITIES.filter((s) => count(s) > 0)
    .map((s) => countWords(s, count(s)))
    .join(', ');
  const tone = count('error') ? 'pill-error' : count('warning') ? 'pill-warn' : '';
  return <span className={`pill ${tone}`}>{text}</span>;
}
