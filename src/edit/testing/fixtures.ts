import { readFileSync } from 'node:fs';
import { designView } from '../../pod/view.ts';
import { TEMPLATES } from '../../templates/gallery.ts';
import { parseDesign } from '../../yaml/parse.ts';

/** A YAML file from src/edit/__fixtures__. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8');
}

/** How many runs a property gets: `fallback` in CI, `FC_RUNS=5000` for a long local hunt. */
export function runs(fallback: number): number {
  const wanted = Number(process.env.FC_RUNS ?? process.env.FUZZ_RUNS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : fallback;
}

/** How long a property may take: two minutes in CI, no limit in a long run (`FUZZ_RUNS` set). */
export const PROPERTY_TIMEOUT = runs(0) > 0 ? 0 : 120_000;

export interface StartingText {
  name: string;
  text: string;
}

const kitchenSink = fixture('kitchen-sink.yaml');

/**
 * The texts random edits start from: every gallery template (the starter among them) and
 * fixtures in the styles people paste: 2- and 4-space indents, flush and indented sequences,
 * comments everywhere, anchors and aliases, flow collections, quoted and block scalars, several
 * documents (a ConfigMap, a Service, one that is not Kubernetes at all), CRLF line ends.
 */
export const STARTING_TEXTS: readonly StartingText[] = [
  ...TEMPLATES.map((t) => ({ name: `template ${t.id}`, text: t.yaml })),
  { name: 'commented-anchored.yaml', text: fixture('commented-anchored.yaml') },
  { name: 'four-space.yaml', text: fixture('four-space.yaml') },
  { name: 'pod-four-space.yaml', text: fixture('pod-four-space.yaml') },
  { name: 'kitchen-sink.yaml', text: kitchenSink },
  { name: 'kitchen-sink.yaml (CRLF)', text: kitchenSink.replace(/\n/g, '\r\n') },
];

/** Index of the first workload document, or -1 when the design has none. */
export function workloadDocument(text: string): number {
  return designView(parseDesign(text)).workloads[0]?.document ?? -1;
}

/** The text of each document: from its `---` on, the first from the start of the text. */
export function documentTexts(text: string): string[] {
  return parseDesign(text).documents.map((d, i) => text.slice(i ? d.range[0] : 0, d.range[2]));
}

/** Text of every document but `document`, which no edit of `document` may touch. */
export function otherDocuments(text: string, document: number): string[] {
  return documentTexts(text).filter((_, i) => i !== document);
}
