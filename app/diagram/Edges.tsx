import { memo } from 'react';
import { deepEqual } from '../../src/edit/equal.ts';
import type { Diagram, DiagramEdge, Point, Region } from '../../src/diagram/types.ts';

const path = (points: readonly Point[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');

/** Edges that show a direction (start order, traffic, references) end in an arrow. */
const ARROWED = new Set<DiagramEdge['kind']>(['start', 'route', 'ref', 'runs']);

/**
 * The picture's regions and edges as one SVG under the HTML nodes. Every edge is an image named
 * in words ("logs mounted by app at /var/log, read-write"), so the picture can be read without
 * seeing it; regions are drawn here and named by the HTML groups above them.
 */
export const Edges = memo(function Edges({ diagram }: { diagram: Diagram }) {
  const { width, height, regions, edges } = diagram;
  return (
    <svg
      className="diagram-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Connections"
    >
      <defs>
        <marker
          id="diagram-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0 L10 5 L0 10 z" className="diagram-arrow" />
        </marker>
      </defs>
      {regions.map((r) => (
        <RegionShape key={r.id} region={r} />
      ))}
      {edges.map((e) => (
        <EdgeShape key={e.id} edge={e} />
      ))}
    </svg>
  );
});

function RegionShape({ region: r }: { region: Region }) {
  const { x, y, width, height } = r.box;
  return (
    <rect
      className={`diagram-region region-${r.kind}`}
      x={x}
      y={y}
      width={width}
      height={height}
      rx={r.kind === 'pod' ? 16 : 12}
    />
  );
}

const EdgeShape = memo(function EdgeShape({ edge: e }: { edge: DiagramEdge }) {
  return (
    <g
      role="img"
      aria-label={e.name}
      className={`diagram-edge edge-${e.kind}`}
      data-edge={e.id}
      data-broken={e.broken || undefined}
      data-dashed={e.dashed || undefined}
      data-severity={e.badge?.severity}
    >
      <path
        d={path(e.points)}
        fill="none"
        markerEnd={ARROWED.has(e.kind) ? 'url(#diagram-arrow)' : undefined}
      />
      {e.label && e.labelAt ? (
        <text x={e.labelAt.x} y={e.labelAt.y} textAnchor="middle" dominantBaseline="middle">
          {e.broken ? '⚠ ' : ''}
          {e.label}
        </text>
      ) : null}
    </g>
  );
}, deepEqual);
