import { useDndContext, useDroppable } from '@dnd-kit/core';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { nextNode, type Direction } from '../../src/diagram/navigate.ts';
import type { ContainerNode, Diagram as Picture, Region } from '../../src/diagram/types.ts';
import type { PodView } from '../../src/pod/types.ts';
import { laneRole } from '../dnd/cards.ts';
import { POD_DROP_ID, paletteDragData } from '../dnd/ids.ts';
import { AddVolumeButton } from './AddVolumeButton.tsx';
import { Edges } from './Edges.tsx';
import { boxStyle } from './boxStyle.ts';
import { Lane } from './Lane.tsx';
import { ObjectBox, PortSocket, ServiceBox, type NodeUser } from './Nodes.tsx';
import { useViewport } from './useViewport.ts';
import { Volumes } from './Volumes.tsx';
import './diagram.css';
import './nodes.css';

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

interface Props {
  diagram: Picture;
  pod: PodView;
  stale: boolean;
}

/**
 * The pod as a picture: the layout of `src/diagram` drawn as an SVG of regions and edges under
 * HTML nodes (cards, volumes, sockets, Services, objects) that keep every interaction of the
 * canvas: drag, drop, select, rename, arrange. Zoom, pan and fit; arrow keys move between nodes.
 */
export function Diagram({ diagram, pod, stale }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const viewport = useViewport(ref, diagram);
  const { active } = useDndContext();
  const dragRole = paletteDragData(active?.data.current)?.role;
  const region = (kind: Region['kind']) => diagram.regions.find((r) => r.kind === kind);
  const processes = region('processes');

  const onKeyDown = (e: KeyboardEvent) => {
    const direction = ARROWS[e.key];
    const from = (e.target as HTMLElement).dataset.node;
    if (!direction || !from || active || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const to = nextNode(diagram.nodes, from, direction);
    if (!to) return;
    e.preventDefault();
    const el = ref.current?.querySelector<HTMLElement>(`[data-node="${CSS.escape(to.id)}"]`);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  const lanes = diagram.lanes.map((lane) => (
    <Lane
      key={lane.id}
      lane={lane}
      origin={processes?.box ?? { x: 0, y: 0 }}
      cards={cardsOf(diagram, pod, lane.id)}
      target={dragRole !== undefined && laneRole(lane.id, dragRole) === dragRole}
      stale={stale}
    />
  ));

  return (
    <div className="diagram">
      <div className="diagram-controls" role="toolbar" aria-label="Diagram view">
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom out"
          onClick={viewport.zoomOut}
        >
          −
        </button>
        <output className="diagram-scale" aria-label="Zoom">
          {Math.round(viewport.scale * 100)}%
        </output>
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom in"
          onClick={viewport.zoomIn}
        >
          +
        </button>
        <button type="button" className="small-button" onClick={viewport.fit}>
          Fit
        </button>
        <AddVolumeButton pod={pod} />
      </div>
      {/* A scroll container that can be focused, so the keyboard can scroll and zoom it too. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- keys of the nodes inside bubble here: arrows move between them */}
      <div
        ref={ref}
        className="diagram-viewport"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (axe: scrollable-region-focusable)
        tabIndex={0}
        role="region"
        aria-label={`Diagram of ${diagram.title}`}
        onPointerDown={viewport.onPointerDown}
        onKeyDown={(e) => {
          onKeyDown(e);
          if (e.target !== e.currentTarget) return;
          if (e.key === '+' || e.key === '=') viewport.zoomIn();
          else if (e.key === '-') viewport.zoomOut();
          else if (e.key === '0') viewport.fit();
        }}
      >
        <div
          className="diagram-sizer"
          style={{ width: diagram.width * viewport.scale, height: diagram.height * viewport.scale }}
        >
          <div
            className="diagram-stage"
            style={{
              width: diagram.width,
              height: diagram.height,
              transform: `scale(${viewport.scale})`,
            }}
          >
            <Edges diagram={diagram} />
            <PodArea region={region('pod')} dragging={dragRole !== undefined} />
            {diagram.regions
              .filter((r) => r.kind !== 'pod' && r.kind !== 'processes' && r.kind !== 'volumes')
              .map((r) => (
                <RegionTitle key={r.id} region={r} />
              ))}
            {processes ? <ProcessGroup region={processes}>{lanes}</ProcessGroup> : lanes}
            <Volumes diagram={diagram} pod={pod} region={region('volumes')} />
            {diagram.nodes.map((n) =>
              n.kind === 'port' ? (
                <PortSocket key={n.id} node={n} />
              ) : n.kind === 'service' ? (
                <ServiceBox key={n.id} node={n} />
              ) : n.kind === 'object' || n.kind === 'host' ? (
                <ObjectBox key={n.id} node={n} user={userOf(diagram, n.id)} />
              ) : null,
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

/** The pod boundary: its name and network, and the drop target for palette items. */
function PodArea({ region, dragging }: { region?: Region; dragging: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: POD_DROP_ID });
  if (!region) return null;
  return (
    <div
      ref={setNodeRef}
      className="diagram-pod"
      style={boxStyle(region.box)}
      data-over={(isOver && dragging) || undefined}
      data-dragging={dragging || undefined}
    >
      <p className="region-title pod-title">
        {region.label}
        {region.note ? <span className="region-note">{region.note}</span> : null}
      </p>
      {isOver && dragging ? <p className="drop-hint">Drop to add it to the pod</p> : null}
    </div>
  );
}

function RegionTitle({ region }: { region: Region }) {
  const { x, y, width } = region.box;
  return (
    <p className={`region-title region-title-${region.kind}`} style={{ left: x, top: y, width }}>
      {region.label}
      {region.note ? <span className="region-note">{region.note}</span> : null}
    </p>
  );
}

/** The shared process namespace: a group around every container, so it names what it holds. */
function ProcessGroup({ region, children }: { region: Region; children: ReactNode }) {
  return (
    <div
      role="group"
      aria-labelledby="pid-band-title"
      aria-describedby="pid-band-note"
      className="diagram-processes"
      style={boxStyle(region.box)}
    >
      <p className="region-title">
        <span id="pid-band-title">{region.label}</span>
        {region.note ? (
          <span id="pid-band-note" className="region-note">
            {region.note}
          </span>
        ) : null}
      </p>
      {children}
    </div>
  );
}

/** The volume or container whose `ref` edge reaches the node first. */
function userOf(diagram: Picture, id: string): NodeUser {
  const edge = diagram.edges.find((e) => e.kind === 'ref' && e.to === id);
  const from = edge && diagram.nodes.find((n) => n.id === edge.from);
  if (from?.kind === 'volume') return { kind: 'volume', name: from.volume };
  if (from?.kind === 'container') return { kind: 'container', name: from.label };
  return undefined;
}

function cardsOf(diagram: Picture, pod: PodView, lane: ContainerNode['lane']) {
  return diagram.nodes.flatMap((node) => {
    if (node.kind !== 'container' || node.lane !== lane) return [];
    const container = pod.containers.find((c) => c.list === node.list && c.index === node.index);
    return container ? [{ node, container }] : [];
  });
}
