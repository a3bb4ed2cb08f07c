import { formatSize } from '../io/sniff.ts';
import { MAX_TEXT_BYTES } from '../yaml/limits.ts';

// What the CLI reads is bytes; what it lints is text. A file that is not UTF-8 (a binary, a
// Windows UTF-16 export) is refused with where it stops being text, rather than decoded into
// replacement characters and linted as nonsense.

/** Why bytes cannot be read as a design's text: the words after "cannot read <file>: ". */
export class NotTextError extends Error {}

/** The reason for a file over the size limit (`size` in bytes; unknown for a stream cut short). */
export function tooLargeReason(size?: number): string {
  const what = size === undefined ? 'more' : `${formatSize(size)}, more`;
  return `${what} than the ${MAX_TEXT_BYTES / 1024 / 1024} MB Podsmith reads: split it into smaller files`;
}

/**
 * The offset where `bytes` stop being well-formed UTF-8 (the WHATWG decoder's rules: no overlong
 * forms, no surrogates, nothing past U+10FFFF), or -1 when they never do. For a character cut
 * short or followed by the wrong bytes, that is where the character starts (Latin-1 `é` in
 * `café` is the byte 0xe9 itself).
 */
export function firstNonUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // U+D800–U+DFFF are not characters
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

const hex = (b: number) => `0x${b.toString(16).padStart(2, '0')}`;

/**
 * The text of a file's bytes, exactly (a byte order mark stays, as in the app). Throws a
 * NotTextError for UTF-16 text and for anything that is not UTF-8, naming the first bad byte.
 */
export function decodeText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new NotTextError('UTF-16 text: save it as UTF-8');
  }
  const bad = firstNonUtf8(bytes);
  if (bad >= 0) {
    throw new NotTextError(`not UTF-8 text (byte ${hex(bytes[bad]!)} at offset ${bad})`);
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
