import { useApp } from '../store/context.tsx';
import { selectObjects } from '../store/selectors.ts';

/** The design's other documents (Service, ConfigMap, …), listed as "<Kind> <name>". */
export function Objects() {
  const objects = useApp(selectObjects);
  if (objects.length === 0) return null;
  return (
    <div role="group" className="objects" aria-labelledby="objects-title">
      <h3 id="objects-title" className="lane-title">
        Attached objects
      </h3>
      <ul className="objects-list">
        {objects.map((o) => (
          <li key={o.document} className="object">
            {o.kind ?? 'Document'} {o.name ?? `#${o.document + 1}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
