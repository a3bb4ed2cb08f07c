import { MAX_TEXT_BYTES } from '../yaml/limits.ts';

/** The largest file Podsmith opens: the limit on every design text (src/yaml/limits.ts). */
export const MAX_FILE_BYTES = MAX_TEXT_BYTES;
const MAX_FILE_SIZE = '5 MB';

/** A file's text, or why it cannot be opened (a sentence to show as is). */
export type FileText = { ok: true; text: string } | { ok: false; message: string };

const KB = 1024;
const MB = 1024 * 1024;

/** `6.2 MB`, `930 kB`, `12 bytes`: a size as file managers print it (1 kB = 1024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < KB) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < MB) return `${(bytes / KB).toFixed(bytes < 10 * KB ? 1 : 0)} kB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}

/**
 * Why a file of `size` bytes is refused before it is read, or `undefined` when its size is fine.
 * Checking the size first means a huge file is never read into memory.
 */
export function sizeProblem(name: string, size: number): string | undefined {
  if (size > MAX_FILE_BYTES) {
    return `"${name}" is ${formatSize(size)}: Podsmith opens files up to ${MAX_FILE_SIZE}. Nothing was changed.`;
  }
  if (size === 0) return `"${name}" is empty: there is nothing to open. Nothing was changed.`;
  return undefined;
}

const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/**
 * The text of a file's bytes, exactly: a UTF-8 byte order mark stays as U+FEFF at the start and
 * line endings stay as they are, so saving the design again gives the same bytes. Refuses files
 * that are too large or empty, UTF-16 text (a design is UTF-8, as kubectl reads it), and anything
 * that is not valid UTF-8 or holds NUL bytes (images, archives, executables).
 */
export function decodeTextFile(name: string, bytes: Uint8Array): FileText {
  const tooBig = sizeProblem(name, bytes.length);
  if (tooBig) return { ok: false, message: tooBig };
  if (UTF16_BOMS.some(([a, b]) => bytes[0] === a && bytes[1] === b)) {
    return {
      ok: false,
      message: `"${name}" is UTF-16 text: save it as UTF-8 to open it. Nothing was changed.`,
    };
  }
  const binary = `"${name}" is not a text file (it holds binary data): open a YAML or JSON file. Nothing was changed.`;
  if (bytes.includes(0)) return { ok: false, message: binary };
  try {
    // fatal: invalid UTF-8 throws instead of becoming U+FFFD; ignoreBOM: the BOM stays in the text.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, message: binary };
  }
}
