// The limits Podsmith puts on a design's text, in one place. Each is far above any real design and
// far below where parsing gets slow or a recursive step overflows the stack, so a hostile or broken
// text gets a message at once instead of freezing the tab or the CLI. parseDesign checks them
// before it parses (see checkLimits), with one linear scan of the text.
import { scanShape } from './shape.ts';

/**
 * The largest design text, in UTF-8 bytes: 5 MB. The same limit as for opening a file and for a
 * share link. A design is a few kilobytes; parsing 5 MB already takes seconds.
 */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/**
 * The most YAML documents in one text: 1,000. Real multi-document manifests hold tens, a rendered
 * chart a few hundred; `npm run bench` lints a 1,000-document design. Every document becomes an
 * object on the canvas and a pass of every rule, so 5,000 tiny ones would take seconds on every
 * keystroke: counting `---` lines says so at once instead.
 */
export const MAX_DOCUMENTS = 1000;

/**
 * The deepest nesting of maps and lists: 100. A Deployment nests about 10 levels, a
 * CustomResourceDefinition's schema for a pod template about 30. The YAML library composes nodes
 * recursively and overflows the stack near 850 levels (less in some workers), as do toJS and the
 * rules that walk values; 100 keeps every recursive step far from that.
 */
export const MAX_DEPTH = 100;

/**
 * The most anchors (`&name`) plus aliases (`*name`) in one document: 1,000. The YAML library
 * looks each alias up among every earlier anchor and alias, so their number squared is the cost
 * (32,000 pairs took over a minute). Manifests use a handful, for shared env or labels.
 */
export const MAX_ANCHORS = 1000;

/**
 * How far aliases may expand when a document becomes plain values (the YAML library's
 * `maxAliasCount`): a "billion laughs" document (aliases of aliases of aliases) stops here.
 */
export const MAX_ALIAS_COUNT = 1000;

/** Which limit a text goes over. */
export type LimitKind = 'size' | 'documents' | 'depth' | 'anchors';

/** A text over one of the limits: what to say, and where (offset into the text). */
export interface LimitProblem {
  limit: LimitKind;
  offset: number;
  message: string;
}

const MB = 1024 * 1024;

/** `5 MB`, `10.3 MB`: a size the way the limits are stated. */
function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The message for a text of `bytes` UTF-8 bytes, over MAX_TEXT_BYTES. */
export function sizeMessage(bytes: number): string {
  return `The text is ${megabytes(bytes)}, more than the ${megabytes(MAX_TEXT_BYTES)} Podsmith reads: split it into smaller files`;
}

/** The message when a document's aliases expand past MAX_ALIAS_COUNT. */
export const ALIAS_EXPANSION_MESSAGE = `Aliases (*name) expand to more than ${MAX_ALIAS_COUNT.toLocaleString('en-US')} copies, the most Podsmith reads (a "billion laughs" text): write the values out or use fewer aliases`;

/** The message when the YAML library ran out of stack anyway (a nesting the scan did not see). */
export const TOO_DEEP_MESSAGE = `The YAML nests too deeply to read: Podsmith reads up to ${MAX_DEPTH} levels of maps and lists`;

const count = (n: number) => n.toLocaleString('en-US');

/** The length of `text` in UTF-8 bytes, the way files and share links are measured. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4; // a surrogate pair: one character beyond U+FFFF
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The first limit `text` goes over, or `undefined` when it is within all of them. Linear in the
 * length of the text and stops at the first limit passed, so a hostile text costs no more than
 * reading it once.
 */
export function checkLimits(text: string): LimitProblem | undefined {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: a short text needs no count.
  const bytes = text.length * 3 <= MAX_TEXT_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_TEXT_BYTES) return { limit: 'size', offset: 0, message: sizeMessage(bytes) };
  const over = scanShape(text, {
    documents: MAX_DOCUMENTS,
    depth: MAX_DEPTH,
    anchors: MAX_ANCHORS,
  });
  if (!over) return undefined;
  const messages: Record<typeof over.limit, string> = {
    documents: `The text holds more than ${count(MAX_DOCUMENTS)} YAML documents, the most Podsmith reads in one design: split it into smaller files`,
    depth: `Maps and lists nest more than ${MAX_DEPTH} levels deep here, deeper than Podsmith reads: no Kubernetes object nests this deep`,
    anchors: `This document uses more than ${count(MAX_ANCHORS)} anchors and aliases (&name, *name), the most Podsmith reads in one document: write the values out`,
  };
  return { limit: over.limit, offset: over.offset, message: messages[over.limit] };
}
