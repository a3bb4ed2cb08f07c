import { ROLE_WORDS } from '../pod/roles.ts';
import { fit, num, THEMES, wrap, xml, type Theme } from './svg-parts.ts';
import type { Badge, Box, Diagram, DiagramEdge, DiagramNode, Lane, Region } from './types.ts';

// The diagram as one standalone SVG file: the same picture the app draws, for `podsmith diagram`
// and the app's "Export SVG". Self-contained on purpose: no stylesheet, no fonts to fetch, no
// image or link to anything outside the file, so it opens anywhere and leaks nothing.

/** How {@link diagramSvg} draws. */
export interface SvgOptions {
  /** Light by default. */
  theme?: 'light' | 'dark';
}

const FONT = 'system-ui, sans-serif';
const MONO = 'ui-monospace, monospace';
const DASH = '6 4';

const attrs = (a: Record<string, string | number | undefined>): string =>
  Object.entries(a)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : xml(v)}"`)
    .join('');

const rect = (b: Box, a: Record<string, string | number | undefined>) =>
  `<rect${attrs({ x: b.x, y: b.y, width: b.width, height: b.height, ...a })}/>`;

const text = (
  x: number,
  y: number,
  content: string,
  a: Record<string, string | number | undefined> = {},
) => `<text${attrs({ x, y, ...a })}>${xml(content)}</text>`;

const title = (words: string) => `<title>${xml(words)}</title>`;

/** The colours of arrow heads: one marker each, as `context-stroke` is too new for many viewers. */
const arrowColours = (t: Theme): string[] => [...new Set([...Object.values(t.edges), t.error])];

function markers(t: Theme): string {
  return arrowColours(t)
    .map(
      (c, i) =>
        `<marker id="arrow-${i}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto" markerUnits="userSpaceOnUse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`,
    )
    .join('');
}

const markerOf = (t: Theme, colour: string) => `url(#arrow-${arrowColours(t).indexOf(colour)})`;

function region(r: Region, t: Theme): string {
  const { fill, stroke } = t.regions[r.kind];
  const outside = r.kind === 'services' || r.kind === 'objects';
  return [
    `<g${attrs({ 'data-id': r.id, 'data-kind': r.kind })}>`,
    title(r.note ? `${r.label}: ${r.note}` : r.label),
    rect(r.box, {
      rx: 12,
      fill,
      stroke,
      'stroke-width': r.kind === 'pod' ? 2 : 1,
      'stroke-dasharray': outside ? DASH : undefined,
    }),
    '</g>',
  ].join('');
}

/** A halo in the colour behind the text, so an edge passing under it leaves it readable. */
const halo = (colour: string) => ({
  stroke: colour,
  'stroke-width': 3,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
});

/** A region's words: drawn over the edges, which may cross them. */
function regionText(r: Region, t: Theme): string {
  // The pod's words sit under the sockets on its top border.
  const top = r.box.y + (r.kind === 'pod' ? 13 : 0);
  const x = r.box.x + 14;
  const width = r.box.width - 28;
  const behind = halo(t.regions[r.kind].fill);
  return [
    text(x, top + 19, fit(r.label, width, 13), {
      'data-for': r.id,
      'font-size': 13,
      'font-weight': 600,
      fill: t.text,
      ...behind,
    }),
    r.note
      ? text(x, top + 35, fit(r.note, width, 11), { 'font-size': 11, fill: t.muted, ...behind })
      : '',
  ].join('');
}

function lane(l: Lane, empty: boolean, t: Theme, behind: string): string {
  const parts = [
    text(l.box.x, l.box.y - 8, fit(l.title, Math.max(l.box.width, 200), 12), {
      'font-size': 12,
      'font-weight': 600,
      fill: t.muted,
      ...halo(behind),
    }),
  ];
  if (empty) {
    const box = l.box;
    parts.push(rect(box, { rx: 10, fill: 'none', stroke: t.nodeStroke, 'stroke-dasharray': DASH }));
    wrap(l.empty, box.width - 24, 11, 4).forEach((line, i) =>
      parts.push(text(box.x + 12, box.y + 24 + i * 15, line, { 'font-size': 11, fill: t.muted })),
    );
  }
  return `<g${attrs({ 'data-lane': l.id })}>${parts.join('')}</g>`;
}

const path = (e: DiagramEdge) =>
  e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join(' ');

function edge(e: DiagramEdge, t: Theme): string {
  const colour = e.broken ? t.error : t.edges[e.kind];
  return [
    `<g${attrs({ 'data-id': e.id, 'data-kind': e.kind, 'data-broken': e.broken ? 'true' : undefined })}>`,
    title(e.badge ? `${e.name} (${badgeWords(e.badge)})` : e.name),
    `<path${attrs({
      d: path(e),
      fill: 'none',
      stroke: colour,
      'stroke-width': e.kind === 'start' ? 2 : 1.5,
      'stroke-dasharray': e.dashed ? DASH : undefined,
      'stroke-linejoin': 'round',
      'marker-end': e.kind === 'port' ? undefined : markerOf(t, colour),
    })}/>`,
    '</g>',
  ].join('');
}

function edgeLabel(e: DiagramEdge, t: Theme): string {
  if (!e.label || !e.labelAt) return '';
  const words = fit(e.label, 150, 11);
  const colour = e.broken ? t.error : t.text;
  const badge = e.badge ? ` ${e.badge.severity === 'info' ? 'ⓘ' : '⚠'}${e.badge.count}` : '';
  return text(e.labelAt.x, e.labelAt.y + 4, `${words}${badge}`, {
    'data-for': e.id,
    'text-anchor': 'middle',
    'font-size': 11,
    fill: e.badge ? t.severity[e.badge.severity] : colour,
    ...halo(t.background),
  });
}

const badgeWords = (b: Badge) => `${b.count} ${b.severity}${b.count === 1 ? '' : 's'}`;

function badge(b: Badge | undefined, box: Box, t: Theme): string {
  if (!b) return '';
  const x = box.x + box.width - 4;
  const y = box.y + 4;
  return [
    `<circle${attrs({ cx: x, cy: y, r: 10, fill: t.severity[b.severity], stroke: t.background, 'stroke-width': 2 })}/>`,
    text(x, y + 4, String(b.count), {
      'text-anchor': 'middle',
      'font-size': 11,
      'font-weight': 700,
      fill: t.background,
    }),
  ].join('');
}

/** The lines a node shows under its label. */
function details(n: DiagramNode): { lines: string[]; mono?: string } {
  switch (n.kind) {
    case 'container':
      return {
        lines: [`${n.order !== undefined ? `${n.order} · ` : ''}${ROLE_WORDS[n.role]}`],
        ...(n.image !== undefined ? { mono: n.image } : { mono: '(no image)' }),
      };
    case 'volume':
      return {
        lines: [n.sharedBy > 1 ? `${n.sourceWords} · shared by ${n.sharedBy}` : n.sourceWords],
      };
    case 'service':
      return { lines: [`${n.serviceType} Service`] };
    case 'object':
      return {
        lines: [n.document === undefined ? `${n.objectKind} · not in the design` : n.objectKind],
      };
    case 'host':
      return { lines: [n.touches.join(', ')] };
    case 'port':
      return { lines: [] };
  }
}

function broken(n: DiagramNode): boolean {
  return (n.kind === 'volume' && n.missing) || (n.kind === 'port' && n.conflict);
}

function node(n: DiagramNode, t: Theme): string {
  const bad = broken(n);
  const stroke = bad ? t.error : n.kind === 'container' && n.prominent ? t.main : t.nodeStroke;
  const dashed =
    (n.kind === 'volume' && n.missing) || (n.kind === 'object' && n.document === undefined);
  const { box } = n;
  const parts = [
    `<g${attrs({ 'data-id': n.id, 'data-kind': n.kind, 'data-broken': bad ? 'true' : undefined })}>`,
    title(n.badge ? `${n.name} (${badgeWords(n.badge)})` : n.name),
    rect(box, {
      rx: n.kind === 'port' ? box.height / 2 : n.kind === 'container' ? 10 : 8,
      fill: t.node,
      stroke,
      'stroke-width': (n.kind === 'container' && n.prominent) || bad ? 2.5 : 1.5,
      'stroke-dasharray': dashed ? DASH : undefined,
    }),
  ];
  if (n.kind === 'port') {
    parts.push(
      text(box.x + box.width / 2, box.y + box.height / 2 + 4, fit(n.label, box.width - 12, 11), {
        'text-anchor': 'middle',
        'font-size': 11,
        'font-weight': 600,
        fill: bad ? t.error : t.text,
      }),
    );
  } else {
    const big = n.kind === 'container';
    const size = big ? 14 : 13;
    const width = box.width - 24;
    parts.push(
      text(box.x + 12, box.y + (big ? 26 : 22), fit(n.label, width, size), {
        'font-size': size,
        'font-weight': 600,
        fill: bad ? t.error : t.text,
      }),
    );
    const { lines, mono } = details(n);
    // A volume has room for two lines of details, wrapped; the others for one.
    const shownLines =
      n.kind === 'volume'
        ? wrap(lines.join(' '), width, 11, 2)
        : lines.map((l) => fit(l, width, 11));
    shownLines.forEach((line, i) =>
      parts.push(
        text(box.x + 12, box.y + (big ? 46 : 38) + i * 14, line, {
          'font-size': 11,
          fill: bad ? t.error : t.muted,
        }),
      ),
    );
    if (mono !== undefined)
      parts.push(
        text(box.x + 12, box.y + 66, fit(mono, width, 11), {
          'font-size': 11,
          'font-family': MONO,
          fill: t.muted,
        }),
      );
  }
  parts.push(badge(n.badge, box, t), '</g>');
  return parts.join('');
}

/**
 * The diagram as a standalone SVG document: regions, lanes, edges with arrow heads and labels,
 * nodes with their words and badges, broken things in the error colour, read-only mounts and
 * missing objects dashed. Every node and edge is a `<g data-id>` whose `<title>` is its accessible
 * name. All text is escaped; fonts are generic families; nothing outside the file is referenced.
 */
export function diagramSvg(diagram: Diagram, options: SvgOptions = {}): string {
  const t = THEMES[options.theme ?? 'light'];
  const filled = new Set(diagram.nodes.flatMap((n) => (n.kind === 'container' ? [n.lane] : [])));
  const { width, height } = diagram;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      'font-family': FONT,
    })}>\n`,
    title(diagram.title),
    `\n<defs>${markers(t)}</defs>\n`,
    rect({ x: 0, y: 0, width, height }, { fill: t.background }),
    '\n<g data-layer="regions">',
    ...diagram.regions.map((r) => region(r, t)),
    '</g>\n<g data-layer="edges">',
    ...diagram.edges.map((e) => edge(e, t)),
    '</g>\n<g data-layer="labels">',
    ...diagram.regions.map((r) => regionText(r, t)),
    ...diagram.lanes.map((l) =>
      lane(l, !filled.has(l.id), t, t.regions[l.id === 'init' ? 'startup' : 'apps'].fill),
    ),
    ...diagram.edges.map((e) => edgeLabel(e, t)),
    '</g>\n<g data-layer="nodes">',
    ...diagram.nodes.map((n) => node(n, t)),
    '</g>\n</svg>\n',
  ].join('');
}
