import { useDndContext, useDroppable } from '@dnd-kit/core';
import { useRef } from 'react';
import type { ContainerView } from '../../src/pod/types.ts';
import {
  CARD_HELP_ID,
  cardDragData,
  laneDropId,
  type CardSlot,
  type LaneDropData,
  type LaneId,
} from '../dnd/cards.ts';
import { ContainerCard } from './ContainerCard.tsx';
import './arrange.css';

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

export function Lane({ id: laneId, title, empty, containers, ordered, target, stale }: Props) {
  const id: LaneId = laneId === 'init' || laneId === 'main' ? laneId : 'sidecar';
  const headingId = `lane-${id}-title`;
  const List = ordered ? 'ol' : 'ul';
  const list = useRef<HTMLOListElement & HTMLUListElement>(null);
  const { active } = useDndContext();
  const card = cardDragData(active?.data.current);
  const data: LaneDropData = {
    kind: 'lane',
    lane: id,
    title,
    cards: () => {
      const items = Array.from(list.current?.children ?? []);
      return containers.flatMap((c, i): CardSlot[] => {
        const item = items[i];
        if (!item) return [];
        return [
          {
            container: { list: c.list, index: c.index },
            name: c.name,
            rect: item.getBoundingClientRect(),
          },
        ];
      });
    },
  };
  // Enabled only while a card is dragged, so palette and volume drops never land on a lane.
  const { setNodeRef, isOver } = useDroppable({
    id: laneDropId(id),
    data,
    disabled: card === undefined,
  });
  return (
    <div
      ref={setNodeRef}
      role="group"
      className={`lane lane-${id}`}
      aria-labelledby={headingId}
      data-target={target || (card !== undefined && isOver) || undefined}
    >
      <h3 id={headingId} className="lane-title">
        {title}
        {containers.length > 0 ? <span className="lane-count">{containers.length}</span> : null}
      </h3>
      {id === 'init' ? (
        <p id={CARD_HELP_ID} hidden>
          Enter selects the container. Space picks it up: arrow keys move it between positions and
          lanes, Space drops it. Or use the card’s Move and Role controls.
        </p>
      ) : null}
      {containers.length === 0 ? (
        <p className="lane-empty">{empty}</p>
      ) : (
        <List ref={list} className="lane-cards">
          {containers.map((c, i) => (
            <ContainerCard
              key={`${c.list}/${c.index}`}
              container={c}
              order={ordered ? i + 1 : undefined}
              laneSize={containers.length}
              stale={stale}
            />
          ))}
        </List>
      )}
      {card !== undefined && isOver ? (
        // Positioned over the lane's corner: a hint that took space would move the drop targets.
        <p className="lane-drop-hint">
          Drop to make {card.name} {dropWords(id, card.cardRole)}
        </p>
      ) : null}
    </div>
  );
}

function dropWords(lane: LaneId, role: ContainerView['role']): string {
  if (lane === 'main') return 'the main container';
  if (lane === 'sidecar') return 'a classic sidecar';
  return role === 'init' ? 'start in this order' : 'a native sidecar, in this order';
}
