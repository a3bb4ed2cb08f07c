import { useApp } from '../store/context.tsx';
import { selectProblems } from '../store/selectors.ts';

/** "No problems" / "2 problems" beside the editor title. */
export function ProblemCount() {
  const problems = useApp(selectProblems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (problems.length === 0) return <span className="pill pill-ok">Valid YAML</span>;
  const word = problems.length === 1 ? 'problem' : 'problems';
  return (
    <span className={errors ? 'pill pill-error' : 'pill pill-warn'}>
      {problems.length} {word}
    </span>
  );
}
