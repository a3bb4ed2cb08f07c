// Reading the text around a YAML error: its lines, their indentation, keys and list items, and
// short excerpts. syntax-words.ts says in words what is wrong from what this finds.
import type { LineCounter } from 'yaml';
import { shorten } from './syntax-line.ts';

/** The longest excerpt of the user's text a message quotes. */
export const MAX_EXCERPT = 40;

/** How far the scans for an opening quote or bracket look, so a huge text costs little. */
const SCAN_LIMIT = 20_000;

/** How many blank or comment lines a look at the line above or below skips. */
const LINE_LIMIT = 1000;

/** One line of the text: its 1-based number, where it starts, and its text without the newline. */
export interface Line {
  n: number;
  start: number;
  text: string;
}

/** The lines of a text, as the parse counted them. */
export class Source {
  constructor(
    readonly text: string,
    private readonly lines: LineCounter,
  ) {}

  /** The line `offset` is on. */
  lineAt(offset: number): Line {
    return this.line(this.lines.linePos(Math.min(Math.max(offset, 0), this.text.length)).line)!;
  }

  line(n: number): Line | undefined {
    const starts = this.lines.lineStarts;
    if (n < 1 || n > starts.length) return undefined;
    const start = starts[n - 1]!;
    const next = starts[n];
    const end = next === undefined ? this.text.length : next - 1;
    return { n, start, text: this.text.slice(start, end).replace(/\r$/, '') };
  }

  /** The nearest line above `n` that holds more than a comment. */
  above(n: number, where: (line: Line) => boolean = () => true): Line | undefined {
    for (let i = n - 1; i >= 1 && i > n - LINE_LIMIT; i--) {
      const line = this.line(i)!;
      if (!isBlank(line) && where(line)) return line;
    }
    return undefined;
  }

  /** The nearest line below `n` that holds more than a comment. */
  below(n: number, where: (line: Line) => boolean = () => true): Line | undefined {
    for (let i = n + 1; i < n + LINE_LIMIT; i++) {
      const line = this.line(i);
      if (!line) return undefined;
      if (!isBlank(line) && where(line)) return line;
    }
    return undefined;
  }

  /**
   * Where the quoted string that runs up to `end` without its closing `quote` opens: the last
   * quote before `end` that is not escaped (`\"` in double quotes, `''` in single quotes).
   */
  openingQuote(end: number, quote: '"' | "'"): number | undefined {
    for (let i = Math.min(end, this.text.length) - 1; i >= 0 && i > end - SCAN_LIMIT; i--) {
      if (this.text[i] !== quote) continue;
      if (quote === "'" && this.text[i - 1] === "'") {
        i--; // an escaped '' inside the string
        continue;
      }
      if (quote === '"' && backslashesBefore(this.text, i) % 2 === 1) continue;
      return i;
    }
    return undefined;
  }

  /** The unclosed `open` (`[` or `{`; either when not given) nearest before `end`. */
  opener(end: number, open?: '[' | '{'): number | undefined {
    let depth = 0;
    for (let i = Math.min(end, this.text.length) - 1; i >= 0 && i > end - SCAN_LIMIT; i--) {
      const c = this.text[i];
      if (c === ']' || c === '}') depth++;
      else if (c === '[' || c === '{') {
        // An opener of the other kind at depth 0 is one left open inside ours: look past it.
        if (depth === 0 && (c === open || !open)) return i;
        if (depth > 0) depth--;
      }
    }
    return undefined;
  }

  /** Where the bracket at `open` is closed by its own kind, or `undefined` when it never is. */
  closer(open: number): number | undefined {
    const stack: string[] = [];
    for (let i = open; i < this.text.length && i < open + SCAN_LIMIT; i++) {
      const c = this.text[i]!;
      if (c === '[' || c === '{') stack.push(c === '[' ? ']' : '}');
      else if (c === ']' || c === '}') {
        if (stack.pop() !== c) return undefined;
        if (stack.length === 0) return i;
      }
    }
    return undefined;
  }
}

function backslashesBefore(text: string, i: number): number {
  let n = 0;
  while (text[i - 1 - n] === '\\') n++;
  return n;
}

/** True for a line that is empty, spaces, or only a comment. */
export function isBlank(line: Line): boolean {
  return /^\s*(#.*)?$/.test(line.text);
}

/** The spaces before the line's content. */
export function indent(line: Line): number {
  return /^ */.exec(line.text)![0].length;
}

/** True when the line is a list item (`- x`, or `-` alone). */
export function isItem(line: Line): boolean {
  return /^ *-([ \t]|$)/.test(line.text);
}

/** The column (0-based) where the line's content starts after its `- ` list indicators. */
export function keyColumn(line: Line): number {
  return /^ *(-[ \t]+)*/.exec(line.text)![0].length;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[&*!|>%@`,:][^#]*?) *:(?: |$)/;

/** The key the line starts (after any `- `), as written, or `undefined` when it starts none. */
export function keyOf(line: Line): string | undefined {
  return keyIn(line.text.slice(keyColumn(line)));
}

/** The key `text` starts with, as written, or `undefined` when it starts none. */
export function keyIn(text: string): string | undefined {
  const match = KEY.exec(text);
  return match ? excerpt(match[1]!) : undefined;
}

/** True when the line ends where a nested block may follow (`key:`, `- `, `|`, `&anchor`). */
export function opensBlock(line: Line): boolean {
  const content = line.text.replace(/ +#.*$/, '').trimEnd();
  return /(?::|^ *-|(?:^|[\s:])(?:[|>][-+1-9]*|&\S+|!\S*))$/.test(content);
}

/** `"name" on line 4`, or `line 4` when the line starts no key. */
export function nameOf(line: Line): string {
  const key = keyOf(line);
  return key ? `"${unquote(key)}" on line ${line.n}` : `line ${line.n}`;
}

/** A key without the quotes it was written with, so a message does not double them. */
export function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key;
}

/** Text from the user, on one line and at most MAX_EXCERPT characters (ending in `…`). */
export function excerpt(text: string): string {
  return shorten(text.replace(/\s+/g, ' ').trim(), MAX_EXCERPT);
}

/** True when the line looks like Terraform (HCL): `resource "a" "b" {` or `name = "x"`. */
export function looksLikeHcl(line: Line): boolean {
  const content = line.text.trim();
  return (
    /^[A-Za-z_][\w-]*( +("[^"]*"|[A-Za-z_][\w-]*))* *\{$/.test(content) ||
    /^[A-Za-z_][\w.-]* += +\S/.test(content)
  );
}

/** True when the line starts with a Go template action, as in a Helm chart: `{{- if … }}`. */
export function looksLikeTemplate(line: Line): boolean {
  return /^ *(- +)?\{\{/.test(line.text);
}
