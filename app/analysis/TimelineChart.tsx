import { useId } from 'react';
import type { Role } from '../../src/pod/types.ts';
import type {
  Timeline,
  TimelineGrace,
  TimelineMarker,
  TimelineRow,
} from '../../src/diagram/timeline.ts';

// Draws a timeline computed in src/diagram/timeline.ts; nothing here decides what runs when.
// Sizes are SVG user units: the viewBox scales them to the panel, never above their own size.

/** Width of the names column, of one slot, and of the room after the axis for end labels. */
const NAME_W = 150;
const SLOT = 46;
const END_W = 176;
/** Height of the phase and step labels above the rows, and of one row. */
const HEAD = 40;
const ROW = 32;
const BAR = 14;
/** Long names are cut in the names column; the bar's name and title keep them whole. */
const NAME_CHARS = 21;

/** A pattern on top of the role colour, so the kinds differ by more than colour. */
const PATTERN: Partial<Record<Role, 'stripes' | 'dots'>> = {
  'native-sidecar': 'stripes',
  sidecar: 'dots',
};

const x = (t: number): number => NAME_W + t * SLOT;
const cut = (text: string): string =>
  text.length > NAME_CHARS ? `${text.slice(0, NAME_CHARS - 1)}…` : text;

/**
 * The pod's start and stop as a chart: one row per container, bars from the step it starts in to
 * the moment it stops, the phases and steps above, the Job's completion and the grace period below.
 */
export function TimelineChart({ timeline }: { timeline: Timeline }) {
  // useId may hold characters a url(#…) reference does not take.
  const uid = `tl${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  if (!timeline.rows.length) return null;
  const { rows, markers, grace } = timeline;
  const width = x(timeline.length) + END_W;
  const bottom = HEAD + rows.length * ROW;
  const causes = markers.some((m) => m.cause);
  const markerY = bottom + 16;
  const causeY = markerY + 14;
  // Below the rows, only the lines used: marker labels, their causes, the grace period.
  const last = causes ? causeY : markers.length ? markerY : bottom;
  const graceY = last + 10;
  const height = grace ? graceY + 26 : last + 8;
  return (
    <div className="timeline-chart">
      <svg
        role="group"
        aria-label={`Timeline. ${timeline.summary}`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: `${width}px` }}
      >
        <Patterns uid={uid} />
        <Axis timeline={timeline} bottom={bottom} />
        {rows.map((row, i) => (
          <Row key={row.id} row={row} y={HEAD + i * ROW} uid={uid} />
        ))}
        {markers.map((m) => (
          <Marker
            key={m.kind}
            marker={m}
            length={timeline.length}
            bottom={bottom}
            labelY={markerY}
            causeY={causeY}
          />
        ))}
        {grace ? <Grace grace={grace} y={graceY} /> : null}
      </svg>
      <Legend rows={rows} />
    </div>
  );
}

function Patterns({ uid }: { uid: string }) {
  return (
    <defs>
      <pattern id={`${uid}-stripes`} width="6" height="6" patternUnits="userSpaceOnUse">
        <path className="timeline-hatch" d="M-1,7 L7,-1 M-1,1 L1,-1 M5,7 L7,5" />
      </pattern>
      <pattern id={`${uid}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
        <circle className="timeline-dot" cx="2.5" cy="2.5" r="1" />
      </pattern>
      <pattern id={`${uid}-cross`} width="6" height="6" patternUnits="userSpaceOnUse">
        <path className="timeline-hatch timeline-cross" d="M0,0 L6,6 M6,0 L0,6" />
      </pattern>
    </defs>
  );
}

/** Phase bands and labels, step numbers, and a grid line at every step. */
function Axis({ timeline, bottom }: { timeline: Timeline; bottom: number }) {
  const lines = new Set<number>([0]);
  for (const s of timeline.steps) lines.add(s.from).add(s.to);
  for (const p of timeline.phases) lines.add(p.from).add(p.to);
  return (
    <g className="timeline-axis" aria-hidden="true">
      {timeline.phases.map((p) => (
        <g key={p.kind} className={`timeline-phase timeline-phase-${p.kind}`}>
          <rect
            className="timeline-band"
            x={x(p.from)}
            y={HEAD - 2}
            width={(p.to - p.from) * SLOT}
            height={bottom - HEAD + 4}
          />
          <text
            className="timeline-phase-label"
            x={(x(p.from) + x(p.to)) / 2}
            y={12}
            textAnchor="middle"
          >
            {p.label}
          </text>
        </g>
      ))}
      {[...lines].map((t) => (
        <line key={t} className="timeline-grid" x1={x(t)} x2={x(t)} y1={16} y2={bottom + 2} />
      ))}
      {timeline.steps.map((s) => (
        <text
          key={`${s.phase}-${s.label}`}
          className="timeline-step-label"
          x={(x(s.from) + x(s.to)) / 2}
          y={30}
          textAnchor="middle"
        >
          {s.label}
        </text>
      ))}
    </g>
  );
}

function Row({ row, y, uid }: { row: TimelineRow; y: number; uid: string }) {
  const { bar } = row;
  const left = x(bar.from) + 1;
  const right = x(bar.to) - (bar.end === 'open' ? 0 : 1);
  const top = y + (ROW - BAR) / 2;
  const pattern =
    bar.state === 'rejected' ? 'cross' : bar.state === 'blocked' ? undefined : PATTERN[row.role];
  const open = bar.end === 'open';
  return (
    <g
      className={`timeline-row role-${row.role}`}
      data-state={bar.state}
      data-end={bar.end}
      data-holds={bar.holdsJob || undefined}
      role="img"
      aria-label={bar.name}
    >
      <title>{bar.name}</title>
      <text className="timeline-name" x={4} y={y + 14}>
        {cut(row.container || '(no name)')}
      </text>
      <text className="timeline-role" x={4} y={y + 27}>
        {row.roleWords}
      </text>
      <rect
        className="timeline-bar"
        x={left}
        y={top}
        width={Math.max(right - left, 2)}
        height={BAR}
        rx={3}
      />
      {pattern ? (
        <rect
          className="timeline-pattern"
          x={left}
          y={top}
          width={Math.max(right - left, 2)}
          height={BAR}
          rx={3}
          fill={`url(#${uid}-${pattern})`}
        />
      ) : null}
      {open ? (
        <path
          className="timeline-arrow"
          d={`M${right},${top - 3} L${right + 10},${top + BAR / 2} L${right},${top + BAR + 3} Z`}
        />
      ) : null}
      <text className="timeline-label" x={right + (open ? 14 : 5)} y={top + BAR - 3}>
        {bar.label}
      </text>
    </g>
  );
}

function Marker({
  marker,
  length,
  bottom,
  labelY,
  causeY,
}: {
  marker: TimelineMarker;
  length: number;
  bottom: number;
  labelY: number;
  causeY: number;
}) {
  const at = x(marker.at);
  // Kept inside the picture: at the start, anchored left; at the end, anchored right.
  const anchor = marker.at <= 0 ? 'start' : marker.at >= length ? 'end' : 'middle';
  const glyph = marker.kind === 'completes' ? '✔ ' : '✖ ';
  return (
    <g className="timeline-marker" data-kind={marker.kind} role="img" aria-label={marker.detail}>
      <title>{marker.detail}</title>
      <line className="timeline-marker-line" x1={at} x2={at} y1={HEAD - 6} y2={bottom + 4} />
      <text className="timeline-marker-label" x={at} y={labelY} textAnchor={anchor}>
        {glyph}
        {marker.label}
      </text>
      {marker.cause ? (
        <text className="timeline-marker-cause" x={at} y={causeY} textAnchor={anchor}>
          {marker.cause}
        </text>
      ) : null}
    </g>
  );
}

function Grace({ grace, y }: { grace: TimelineGrace; y: number }) {
  const from = x(grace.from) + 1;
  const to = x(grace.to) - 1;
  return (
    <g className="timeline-grace" role="img" aria-label={grace.label}>
      <title>{grace.label}</title>
      <path className="timeline-grace-line" d={`M${from},${y - 4} V${y} H${to} V${y - 4}`} />
      <text className="timeline-grace-label" x={(from + to) / 2} y={y + 14} textAnchor="middle">
        {grace.label}
      </text>
    </g>
  );
}

/** What the patterns and shapes mean, for the kinds present: each key has a swatch and words. */
function Legend({ rows }: { rows: TimelineRow[] }) {
  const roles = new Set(rows.map((r) => r.role));
  const states = new Set(rows.map((r) => r.bar.state));
  const items: { key: string; role?: Role; words: string }[] = [];
  if (roles.has('init')) items.push({ key: 'init', role: 'init', words: 'init container' });
  if (roles.has('native-sidecar'))
    items.push({ key: 'native', role: 'native-sidecar', words: 'native sidecar (striped)' });
  if (roles.has('main')) items.push({ key: 'main', role: 'main', words: 'main container' });
  if (roles.has('sidecar'))
    items.push({ key: 'classic', role: 'sidecar', words: 'classic sidecar (dotted)' });
  if (rows.some((r) => r.bar.end === 'open'))
    items.push({ key: 'open', words: 'never stops: runs off the end' });
  if (states.has('blocked')) items.push({ key: 'blocked', words: 'never starts (dashed)' });
  if (states.has('rejected')) items.push({ key: 'rejected', words: 'rejected (crossed)' });
  return (
    <ul className="timeline-legend" aria-label="Key to the timeline">
      {items.map((item) => (
        <li
          key={item.key}
          className={`timeline-key timeline-key-${item.key}${item.role ? ` role-${item.role}` : ''}`}
        >
          {item.words}
        </li>
      ))}
    </ul>
  );
}
