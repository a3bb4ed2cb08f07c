import type { ContainerView } from '../../src/pod/types.ts';
import { ContainerCard } from './ContainerCard.tsx';

interface Props {
  id: string;
  title: string;
  empty: string;
  containers: ContainerView[];
  /** Show the start order (init lane). */
  ordered: boolean;
  /** The item being dragged would land in this lane. */
  target: boolean;
  stale: boolean;
}

export function Lane({ id, title, empty, containers, ordered, target, stale }: Props) {
  const headingId = `lane-${id}-title`;
  const List = ordered ? 'ol' : 'ul';
  return (
    <div
      role="group"
      className={`lane lane-${id}`}
      aria-labelledby={headingId}
      data-target={target || undefined}
    >
      <h3 id={headingId} className="lane-title">
        {title}
        {containers.length > 0 ? <span className="lane-count">{containers.length}</span> : null}
      </h3>
      {containers.length === 0 ? (
        <p className="lane-empty">{empty}</p>
      ) : (
        <List className="lane-cards">
          {containers.map((c, i) => (
            <ContainerCard
              key={`${c.list}/${c.index}`}
              container={c}
              order={ordered ? i + 1 : undefined}
              stale={stale}
            />
          ))}
        </List>
      )}
    </div>
  );
}
