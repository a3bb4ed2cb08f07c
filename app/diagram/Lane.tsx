import { useDndContext, useDroppable } from '@dnd-kit/core';
import { memo, useRef } from 'react';
import { deepEqual } from '../../src/edit/equal.ts';
import type { ContainerNode, Lane as LaneBox } from '../../src/diagram/types.ts';
import type { ContainerView } from '../../src/pod/types.ts';
import {
  CARD_HELP_ID,
  cardDragData,
  laneDropId,
  type CardSlot,
  type LaneDropData,
  type LaneId,
} from '../dnd/cards.ts';
import { ContainerCard } from '../canvas/ContainerCard.tsx';
import '../canvas/arrange.css';
import { boxStyle } from './boxStyle.ts';

interface Props {
  lane: LaneBox;
  /** The top left corner of the element the lane is drawn in. */
  origin: { x: number; y: number };
  /** The lane's cards in list order, with where the layout puts them. */
  cards: { node: ContainerNode; container: ContainerView }[];
  /** The item being dragged from the palette would land in this lane. */
  target: boolean;
  stale: boolean;
}

/**
 * One lane of the diagram (init, sidecars, main): a group named by its title that is a drop
 * target for cards, holding its cards where the layout puts them, in list order.
 */
export const Lane = memo(function Lane({ lane, origin, cards, target, stale }: Props) {
  const id: LaneId = lane.id;
  const headingId = `lane-${id}-title`;
  const ordered = id === 'init';
  const List = ordered ? 'ol' : 'ul';
  const list = useRef<HTMLOListElement & HTMLUListElement>(null);
  const { active } = useDndContext();
  const card = cardDragData(active?.data.current);
  const data: LaneDropData = {
    kind: 'lane',
    lane: id,
    title: lane.title,
    cards: () => {
      const items = Array.from(list.current?.children ?? []);
      return cards.flatMap(({ container: c }, i): CardSlot[] => {
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
      style={boxStyle(lane.box, origin)}
      aria-labelledby={headingId}
      data-target={target || (card !== undefined && isOver) || undefined}
    >
      <h3 id={headingId} className="lane-title">
        {lane.title}
        {cards.length > 0 ? <span className="lane-count">{cards.length}</span> : null}
      </h3>
      {id === 'init' ? (
        <p id={CARD_HELP_ID} hidden>
          Enter selects the container. Space picks it up: arrow keys move it between positions and
          lanes, Space drops it. Arrow keys alone move between the picture&apos;s nodes. Or use the
          card’s Move and Role controls.
        </p>
      ) : null}
      {cards.length === 0 ? (
        <p className="lane-empty">{lane.empty}</p>
      ) : (
        <List ref={list} className="lane-cards">
          {cards.map(({ node, container }, i) => (
            <ContainerCard
              key={node.id}
              container={container}
              nodeId={node.id}
              style={boxStyle(node.box, lane.box)}
              order={ordered ? i + 1 : undefined}
              laneSize={cards.length}
              stale={stale}
            />
          ))}
        </List>
      )}
      {card !== undefined && isOver ? (
        <p className="lane-drop-hint">
          Drop to make {card.name} {dropWords(id, card.cardRole)}
        </p>
      ) : null}
    </div>
  );
}, deepEqual);

function dropWords(lane: LaneId, role: ContainerView['role']): string {
  if (lane === 'main') return 'the main container';
  if (lane === 'sidecar') return 'a classic sidecar';
  return role === 'init' ? 'start in this order' : 'a native sidecar, in this order';
}
