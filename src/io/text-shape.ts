/** U+FEFF: how a UTF-8 byte order mark reads once the file is text. */
export const BOM = '\uFEFF';

export type LineEnding = '\n' | '\r\n';

/**
 * The byte order mark a text starts with (`''` when none) and the rest. Code editors keep a BOM
 * apart from the lines they show, so it goes around the editor, not through it.
 */
export function splitBom(text: string): { bom: string; body: string } {
  return text.startsWith(BOM) ? { bom: BOM, body: text.slice(1) } : { bom: '', body: text };
}

/**
 * The line ending most lines of `text` use (`\r\n` wins ties, a Windows file being the reason to
 * ask), or `undefined` when it has a single line.
 */
export function lineEnding(text: string): LineEnding | undefined {
  let crlf = 0;
  let other = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    if (m[0] === '\r\n') crlf++;
    else other++;
  }
  if (crlf + other === 0) return undefined;
  return crlf >= other ? '\r\n' : '\n';
}

/** `text` with every line break (`\r\n`, `\n` or a lone `\r`) written as `eol`. */
export function withLineEnding(text: string, eol: LineEnding): string {
  return text.replace(/\r\n|\r|\n/g, eol);
}
