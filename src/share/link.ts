import { isK8sVersion, K8S_VERSIONS, type K8sVersion } from '../validate/versions.ts';
import { MAX_TEXT_BYTES } from '../yaml/limits.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { crc32 } from './crc32.ts';
import { deflateRaw, InflateLimitError, inflateRaw } from './deflate.ts';

/**
 * Share links carry the design in the URL fragment, which browsers never send to a server:
 * `#podsmith-v1.<base64url>`. The number is the link format; a later format gets a new number,
 * so an older Podsmith can say "made by a newer version" instead of misreading it.
 *
 * The base64url data is `deflate-raw(body) ‖ CRC-32(body)` (4 bytes, big-endian), and the body
 * is the UTF-8 of `<k8s version>\n<design text>`. The text goes in exactly as it is (BOM, CRLF,
 * trailing spaces), so it comes out byte for byte. The checksum sits at the end so that a link
 * cut short always loses it.
 */
export const SHARE_FORMAT = 1;

/** What every link of this format starts with, after the `#`. */
export const SHARE_PREFIX = `podsmith-v${SHARE_FORMAT}.`;

/** The largest design text a link may hold (UTF-8 bytes): the limit on every design text. */
export const MAX_SHARED_TEXT_BYTES = MAX_TEXT_BYTES;

/** Longer fragments are refused before any decoding (no browser keeps URLs this long). */
export const MAX_FRAGMENT_LENGTH = 8 * 1024 * 1024;

/** Room for the version line in front of the text. */
const HEADER_BYTES = 16;
const CHECKSUM_BYTES = 4;

/** A design as a link carries it: the text and the Kubernetes version it targets. */
export interface SharedDesign {
  text: string;
  k8s: K8sVersion;
}

/** Why a link could not be made or opened. */
export type ShareLinkProblem =
  'empty' | 'foreign' | 'too-new' | 'damaged' | 'too-large' | 'unknown-version' | 'unshareable';

/** The only error this module throws; `message` is written for the person holding the link. */
export class ShareLinkError extends Error {
  constructor(
    readonly problem: ShareLinkProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ShareLinkError';
  }
}

const DAMAGED =
  'This link is damaged: part of it was cut off or changed on the way (chats and emails ' +
  'sometimes break long links). Copy the whole link again.';
const TOO_LARGE = `The design is larger than ${MAX_SHARED_TEXT_BYTES / 1024 / 1024} MB, more than a link may hold.`;

/**
 * The fragment (without `#`) of a link holding `design`. Throws ShareLinkError for a text
 * larger than MAX_SHARED_TEXT_BYTES or one that UTF-8 cannot carry (a lone surrogate), since a
 * link that opens as a different text would be worse than none.
 */
export async function encodeShareFragment(design: SharedDesign): Promise<string> {
  if (!isK8sVersion(design.k8s)) {
    throw new ShareLinkError(
      'unknown-version',
      `Kubernetes ${String(design.k8s)} is not a version Podsmith knows.`,
    );
  }
  // In a /u regex a surrogate class matches only surrogates that are not part of a pair.
  if (/[\uD800-\uDFFF]/u.test(design.text)) {
    throw new ShareLinkError(
      'unshareable',
      'The design holds a broken character (a lone UTF-16 surrogate) that a link cannot carry.',
    );
  }
  const body = new TextEncoder().encode(`${design.k8s}\n${design.text}`);
  if (body.length - design.k8s.length - 1 > MAX_SHARED_TEXT_BYTES) {
    throw new ShareLinkError('too-large', TOO_LARGE);
  }
  const packed = await deflateRaw(body);
  const out = new Uint8Array(packed.length + CHECKSUM_BYTES);
  out.set(packed);
  new DataView(out.buffer).setUint32(packed.length, crc32(body));
  return SHARE_PREFIX + toBase64Url(out);
}

/** The fragment of a full link (`https://…/#podsmith-v1.…`), or the text itself without a `#`. */
export function fragmentOf(link: string): string {
  const hash = link.indexOf('#');
  return (hash < 0 ? link : link.slice(hash + 1)).trim();
}

/**
 * The design held by a share link (a full link, `#fragment` or bare fragment). Every way a link
 * can be broken (empty, another app's, a newer format, cut short, changed, a decompression bomb,
 * an unknown Kubernetes version) rejects with a ShareLinkError saying which, and nothing else.
 */
export async function decodeShareFragment(link: string): Promise<SharedDesign> {
  const fragment = fragmentOf(link);
  if (fragment === '')
    throw new ShareLinkError('empty', 'The link holds no design: nothing follows its #.');
  if (fragment.length > MAX_FRAGMENT_LENGTH) throw new ShareLinkError('too-large', TOO_LARGE);
  const data = dataOf(fragment);
  const raw = fromBase64Url(data);
  if (raw === null || raw.length <= CHECKSUM_BYTES) throw new ShareLinkError('damaged', DAMAGED);
  const body = await inflate(raw.subarray(0, raw.length - CHECKSUM_BYTES));
  const checksum = new DataView(raw.buffer).getUint32(raw.length - CHECKSUM_BYTES);
  if (crc32(body) !== checksum) throw new ShareLinkError('damaged', DAMAGED);
  return parseBody(body);
}

/** The base64url data after a prefix of this format; other prefixes say why they are refused. */
function dataOf(fragment: string): string {
  const match = /^podsmith-v(\d{1,9})\.([^]*)$/.exec(fragment);
  if (!match) {
    throw new ShareLinkError(
      'foreign',
      `This link does not hold a Podsmith design: its # part should start with "${SHARE_PREFIX}".`,
    );
  }
  const format = Number(match[1]);
  if (format > SHARE_FORMAT) {
    throw new ShareLinkError(
      'too-new',
      `This link was made by a newer Podsmith (link format ${format}); this one opens format ` +
        `${SHARE_FORMAT}. Reload the page to get the newest Podsmith.`,
    );
  }
  if (format !== SHARE_FORMAT) throw new ShareLinkError('damaged', DAMAGED);
  return match[2]!;
}

async function inflate(packed: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  try {
    // A copy: the stream may take over (detach) the buffer it is given.
    return await inflateRaw(packed.slice(), MAX_SHARED_TEXT_BYTES + HEADER_BYTES);
  } catch (error) {
    if (error instanceof InflateLimitError) throw new ShareLinkError('too-large', TOO_LARGE);
    throw new ShareLinkError('damaged', DAMAGED);
  }
}

function parseBody(body: Uint8Array<ArrayBuffer>): SharedDesign {
  let all: string;
  try {
    // ignoreBOM keeps a BOM at the start of the text: it is part of the design.
    all = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new ShareLinkError('damaged', DAMAGED);
  }
  const newline = all.indexOf('\n');
  const k8s = newline < 0 || newline > HEADER_BYTES ? '' : all.slice(0, newline);
  if (isK8sVersion(k8s)) {
    // The version line is ASCII: one byte a character.
    if (body.length - k8s.length - 1 > MAX_SHARED_TEXT_BYTES) {
      throw new ShareLinkError('too-large', TOO_LARGE);
    }
    return { k8s, text: all.slice(newline + 1) };
  }
  if (/^\d+\.\d+$/.test(k8s)) {
    throw new ShareLinkError(
      'unknown-version',
      `This link targets Kubernetes ${k8s}, which this Podsmith does not know ` +
        `(${K8S_VERSIONS[0]} to ${K8S_VERSIONS.at(-1)}). Reload the page to get the newest Podsmith.`,
    );
  }
  throw new ShareLinkError('damaged', DAMAGED);
}
