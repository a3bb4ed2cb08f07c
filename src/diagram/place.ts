import { mergeBands, placeRows, PER_ROW, type Band, type Item, type Rows } from './geometry.ts';
import type { ContainerItem, Model } from './model.ts';
import { shown } from './names.ts';
import type { ObjectItem } from './references.ts';
import { GAP, PAD, SIZES, TITLE } from './sizes.ts';
import { placeSockets, socketRows, socketsAbove } from './sockets.ts';
import type { Box, Lane, Region } from './types.ts';

// Where everything goes. From the top: the Services, the pod (its sockets on its top border, the
// start-up row, the app containers, the volumes), then the objects the pod uses; the node beside
// the pod. Rows wrap at a few nodes, so the picture grows downwards, not sideways.

/** Height of a region's second line (its note). */
export const NOTE = 16;
/** Line height of the labels stacked under a node (one per mount or Service port). */
export const LABEL_LINE = 13;
/** Around the whole picture. */
const MARGIN = PAD;
/** Between two rows of nodes: a channel for the edges that run sideways. */
const ROW_GAP = 2 * GAP;
/** The pod's title and note, under the sockets that sit on its border. */
const LANE_MARGIN = 8;
const EMPTY_LANE = 60;
const POD_HEAD = SIZES.port.height / 2 + TITLE + NOTE + 8;

/** Where every node, region and lane goes, and the rows the edges are routed through. */
export interface Placement {
  width: number;
  height: number;
  /** In drawing order: outer ones first. */
  regions: Region[];
  lanes: Lane[];
  /** Every node's box, by node id. */
  boxes: Map<string, Box>;
  /** Every row of nodes, top to bottom, for the edge router. */
  bands: Band[];
  pod: Box;
  apps: Box;
  /** The objects in the order they are placed (below what uses them). */
  objects: ObjectItem[];
}

const LANE_TEXT = {
  init: {
    title: 'Init containers',
    empty: 'No init containers or native sidecars. They start first, in order.',
  },
  sidecar: { title: 'Sidecars', empty: 'No classic sidecars.' },
  main: { title: 'Main container', empty: 'No main container.' },
} as const;

const labels = (n: number) => (n > 0 ? n * LABEL_LINE + 8 : 0);
const card = (c: ContainerItem, main = false): Item => ({
  ...(main ? SIZES.main : SIZES.container),
  below: labels(c.view.mounts.length),
});
const bottomOf = (rows: Rows, top: number) =>
  Math.max(top + rows.height, ...rows.bands.map((b) => b.bottom));

/** Places every node of the model; the edges are routed afterwards, through `bands`. */
export function place(model: Model): Placement {
  const boxes = new Map<string, Box>();
  const { pod } = model;
  const shared = pod.namespaces.shareProcessNamespace;
  const podX = MARGIN;
  const regionX = podX + PAD + (shared ? PAD : 0);
  const laneX = regionX + PAD;

  // Widths first: they depend only on how many nodes each row holds. The volumes take rows as
  // wide as the containers above them.
  const lanesWidth = Math.max(
    rowWidth(model.init.length, SIZES.container.width, 2 * GAP),
    SIZES.main.width + 2 * GAP + rowWidth(model.sidecars.length, SIZES.container.width, GAP),
  );
  const perRow = Math.max(PER_ROW, Math.floor((lanesWidth + GAP) / (SIZES.volume.width + GAP)));
  const inner = Math.max(
    lanesWidth,
    rowWidth(model.volumes.length, SIZES.volume.width, GAP, perRow, 0),
  );
  const podWidth = inner + 4 * PAD + (shared ? 2 * PAD : 0);
  const rowsOfSockets = socketRows(model.ports.length, podWidth);

  // Services, above the pod, with their ports' labels stacked under each.
  let y = MARGIN;
  const serviceItems = model.services.map((s) => ({
    ...SIZES.service,
    below: labels(s.routes.length),
  }));
  let services: { rows: Rows; top: number; bottom: number } | undefined;
  if (serviceItems.length) {
    const rows = placeRows(serviceItems, { x: podX + PAD, y: y + TITLE }, grid(PER_ROW));
    const bottom = bottomOf(rows, y + TITLE) + PAD;
    services = { rows, top: y, bottom };
    model.services.forEach((s, i) => boxes.set(s.id, rows.boxes[i]!));
    y = bottom + 2 * GAP;
  }
  const podY = y + SIZES.port.height / 2 + socketsAbove(rowsOfSockets);
  y = podY + POD_HEAD;
  const processTop = y;
  if (shared) y += TITLE + NOTE;

  // The start-up row: init containers and native sidecars, in start order.
  const startupTop = y;
  const initRows = placeRows(
    model.init.map((c) => card(c)),
    { x: laneX, y: startupTop + 2 * TITLE },
    // An empty lane needs room for its words only, not for a card.
    { ...grid(PER_ROW, 2 * GAP), empty: { ...SIZES.container, height: EMPTY_LANE, below: 0 } },
  );
  model.init.forEach((c, i) => boxes.set(c.id, initRows.boxes[i]!));
  const startupBottom = bottomOf(initRows, startupTop + 2 * TITLE) + PAD;

  // The app containers: the main one first and largest, the classic sidecars beside it. The first
  // row of sidecars keeps the room the main card's labels take, so the rows stay level.
  const appsTop = startupBottom + GAP;
  const laneTop = appsTop + 2 * TITLE;
  const main = model.main;
  const mainItem = main ? card(main, true) : undefined;
  const mainRows = placeRows(
    mainItem ? [mainItem] : [],
    { x: laneX, y: laneTop },
    {
      ...grid(1),
      empty: { ...SIZES.main, below: 0 },
    },
  );
  if (main) boxes.set(main.id, mainRows.boxes[0]!);
  const level = SIZES.main.height - SIZES.container.height + (mainItem?.below ?? 0);
  const sidecarX = laneX + SIZES.main.width + 2 * GAP;
  const sideRows = placeRows(
    model.sidecars.map((c, i) => {
      const item = card(c);
      return i < PER_ROW ? { ...item, below: Math.max(item.below, level) } : item;
    }),
    { x: sidecarX, y: laneTop },
    { ...grid(PER_ROW), empty: { ...SIZES.container, below: 0 } },
  );
  model.sidecars.forEach((c, i) => boxes.set(c.id, sideRows.boxes[i]!));
  const appsHeight = Math.max(mainRows.height, sideRows.height);
  const appsBottom = Math.max(bottomOf(mainRows, laneTop), bottomOf(sideRows, laneTop)) + PAD;
  const processBottom = appsBottom + (shared ? PAD : 0);

  const volumesTop = processBottom + 2 * GAP;
  const volumeRows = placeRows(
    model.volumes.map(() => ({ ...SIZES.volume, below: 0 })),
    { x: podX + 2 * PAD, y: volumesTop + TITLE },
    { ...grid(perRow), empty: { width: 0, height: NOTE, below: 0 } },
  );
  model.volumes.forEach((v, i) => boxes.set(v.id, volumeRows.boxes[i]!));
  const volumesBottom = bottomOf(volumeRows, volumesTop + TITLE) + PAD;

  // A first row's band starts at its region's top: edges do not run sideways through titles.
  const appsBands = mergeBands([mainRows.bands, sideRows.bands]);
  firstRowFrom(initRows.bands, startupTop);
  firstRowFrom(appsBands, appsTop);
  const sockets = placeSockets(model.ports, boxes, [...initRows.bands, ...appsBands], {
    y: podY,
    left: podX,
    right: podX + podWidth,
    rows: rowsOfSockets,
  });
  for (const [id, box] of sockets.boxes) boxes.set(id, box);
  const podBox = { x: podX, y: podY, width: podWidth, height: volumesBottom + PAD - podY };
  const regionWidth = inner + 2 * PAD;
  const appsBox = { x: regionX, y: appsTop, width: regionWidth, height: appsBottom - appsTop };

  // The node, beside the pod; the objects, below it, each under what uses it.
  const hostX = podBox.x + podBox.width + 2 * GAP;
  if (model.touches.length) boxes.set('host', { x: hostX, y: podY + POD_HEAD, ...SIZES.host });
  const objects = orderObjects(model, boxes);
  const objectsTop = podBox.y + podBox.height + 2 * GAP;
  const objectRows = placeRows(
    objects.map(() => ({ ...SIZES.object, below: 0 })),
    { x: podX + PAD, y: objectsTop + TITLE },
    grid(Math.max(PER_ROW, Math.floor((podBox.width + GAP) / (SIZES.object.width + GAP)))),
  );
  objects.forEach((o, i) => boxes.set(o.id, objectRows.boxes[i]!));
  const objectsBottom = bottomOf(objectRows, objectsTop + TITLE) + PAD;

  const regions: Region[] = [];
  const outer = (rows: Rows) => Math.max(podBox.width, rows.width + 2 * PAD);
  if (services)
    regions.push({
      id: 'services',
      kind: 'services',
      box: {
        x: podX,
        y: services.top,
        width: outer(services.rows),
        height: services.bottom - services.top,
      },
      label: 'Services',
    });
  if (objects.length)
    regions.push({
      id: 'objects',
      kind: 'objects',
      box: { x: podX, y: objectsTop, width: outer(objectRows), height: objectsBottom - objectsTop },
      label: 'Objects the pod uses',
    });
  regions.push({
    id: 'pod',
    kind: 'pod',
    box: podBox,
    label: `${pod.kind} ${shown(pod.name)}`,
    note: pod.namespaces.hostNetwork
      ? "host network: the node's IP and ports"
      : 'one IP · containers reach each other on localhost',
  });
  if (shared)
    regions.push({
      id: 'processes',
      kind: 'processes',
      box: {
        x: podX + PAD,
        y: processTop,
        width: regionWidth + 2 * PAD,
        height: processBottom - processTop,
      },
      label: 'Shared process namespace',
      note:
        pod.containers.length === 1
          ? 'its one container sees only its own processes (ps, signals, /proc)'
          : `all ${pod.containers.length} containers see each other's processes (ps, signals, /proc)`,
    });
  regions.push(
    {
      id: 'startup',
      kind: 'startup',
      box: { x: regionX, y: startupTop, width: regionWidth, height: startupBottom - startupTop },
      label: 'Start-up order',
    },
    { id: 'apps', kind: 'apps', box: appsBox, label: 'App containers' },
    {
      id: 'volumes',
      kind: 'volumes',
      box: {
        x: podX + PAD,
        y: volumesTop,
        width: podBox.width - 2 * PAD,
        height: volumesBottom - volumesTop,
      },
      label: 'Volumes',
      ...(model.volumes.length ? {} : { note: 'No volumes.' }),
    },
  );

  // A lane's box holds its title line above its cards and a margin around them: it is the drop
  // target the app draws, and the cards must sit inside it.
  const lane = (id: Lane['id'], cards: Box): Lane => ({
    id,
    box: {
      x: cards.x - LANE_MARGIN,
      y: cards.y - TITLE,
      width: cards.width + 2 * LANE_MARGIN,
      height: cards.height + TITLE + LANE_MARGIN,
    },
    ...LANE_TEXT[id],
  });
  const lanes = [
    lane('init', {
      x: laneX,
      y: startupTop + 2 * TITLE,
      width: initRows.width,
      height: initRows.height,
    }),
    lane('main', { x: laneX, y: laneTop, width: SIZES.main.width, height: appsHeight }),
    lane('sidecar', { x: sidecarX, y: laneTop, width: sideRows.width, height: appsHeight }),
  ];

  if (services) firstRowFrom(services.rows.bands, services.top);
  firstRowFrom(volumeRows.bands, volumesTop);
  firstRowFrom(objectRows.bands, objectsTop);
  const bands = [
    ...(services?.rows.bands ?? []),
    ...sockets.bands,
    ...initRows.bands,
    ...appsBands,
    ...(model.volumes.length ? volumeRows.bands : []),
    ...(objects.length ? objectRows.bands : []),
  ];

  const rightmost = Math.max(
    ...regions.map((r) => r.box.x + r.box.width),
    ...[...boxes.values()].map((b) => b.x + b.width),
  );
  const bottom = Math.max(...regions.map((r) => r.box.y + r.box.height));
  return {
    width: rightmost + MARGIN,
    height: bottom + MARGIN,
    regions,
    lanes,
    boxes,
    bands: bands.sort((a, b) => a.top - b.top),
    pod: podBox,
    apps: appsBox,
    objects,
  };
}

/** The width of `count` nodes `width` wide in rows of `perRow`, `hGap` apart (`empty`: none). */
function rowWidth(count: number, width: number, hGap: number, perRow = PER_ROW, empty = width) {
  return count === 0 ? empty : Math.min(count, perRow) * (width + hGap) - hGap;
}

const grid = (perRow: number, hGap = GAP) => ({
  perRow,
  hGap,
  vGap: ROW_GAP,
  empty: { width: 0, height: 0, below: 0 },
});

function firstRowFrom(bands: Band[], top: number) {
  if (bands[0]) bands[0].top = Math.min(bands[0].top, top);
}

/** Objects left to right under the leftmost node that uses each, so references cross little. */
function orderObjects(model: Model, boxes: ReadonlyMap<string, Box>): ObjectItem[] {
  const at = new Map<string, number>();
  for (const ref of model.refs) {
    const box = boxes.get(ref.from);
    const x = box ? box.x + box.width / 2 : 0;
    at.set(ref.object.id, Math.min(at.get(ref.object.id) ?? Number.POSITIVE_INFINITY, x));
  }
  return model.objects
    .map((o, i) => ({ o, i, x: at.get(o.id) ?? 0 }))
    .sort((a, b) => a.x - b.x || a.i - b.i)
    .map(({ o }) => o);
}
