import type { LineCounter } from 'yaml';

// The small part of YAML syntax messages every parse needs: their `line N: ` form, their caps,
// and plain wording until the full wording (syntax-words.ts) is installed. The full wording is
// most of the code and only matters for a text with errors, so the app loads it with the
// validator instead of with the page (parse.ts: setSyntaxWording).

/** The longest message (and detail) a YAML problem has. */
export const MAX_MESSAGE = 200;

/** How the YAML library reports an error: its code, its message, where. */
export interface LibraryError {
  code: string;
  message: string;
  pos: readonly [number, number];
}

/** A library error in words. */
export interface SyntaxWords {
  /** `line 4: …`, at most MAX_MESSAGE characters. */
  message: string;
  /** The library's own message, first line, long quotes cut, at most MAX_MESSAGE characters. */
  detail: string;
  /** Where the problem is: the library's position, or the start of what the message names. */
  offset: number;
  /**
   * True for a token after the document has ended (a stray `]`): from there on the library
   * reports every later token as unexpected too, and only the first of such a run says anything.
   */
  stray: boolean;
}

/** Puts a library error in words (syntax-words.ts has the full wording). */
export type Wording = (text: string, error: LibraryError, lines: LineCounter) => SyntaxWords;

/** `text` cut to at most `max` characters, ending in `…` when cut, never splitting a pair. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return `${text.slice(0, end)}…`;
}

/** `line 4: words`, capped at MAX_MESSAGE: the form of every YAML syntax message. */
export function atLine(line: number, words: string): string {
  return shorten(`line ${line}: ${words}`, MAX_MESSAGE);
}

/** The message without its `line 4: ` start, for places that say the line themselves. */
export function withoutLine(message: string): string {
  return message.replace(/^line \d+: /, '');
}

/** The library's message on one line, each long quote or word cut to an excerpt, capped. */
export function libraryText(message: string): string {
  const first = message.split('\n', 1)[0]!.trim();
  const cut = first
    .replace(/"(?:[^"\\]|\\.)*"/g, (q) => (q.length > 42 ? `${shorten(q, 41)}"` : q))
    .replace(/[^\s"]{41,}/g, (w) => shorten(w, 40));
  return shorten(cut, MAX_MESSAGE);
}

/** The wording before the full one is installed: the library's own sentence, capped, with the line. */
export const plainWording: Wording = (_text, error, lines) => {
  const detail = libraryText(error.message);
  return {
    message: atLine(lines.linePos(error.pos[0]).line, detail),
    detail,
    offset: error.pos[0],
    stray: false,
  };
};
