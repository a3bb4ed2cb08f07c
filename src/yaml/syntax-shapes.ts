// What the text around a YAML error shows: a line that is Terraform or a Helm template, a line
// indented deeper or shallower than the lines above it, a list item beside a map key, where an
// unclosed quote or bracket opens. syntax-words.ts asks these first, and says the library's
// meaning only when the text shows nothing more.
import type { LibraryError } from './syntax-line.ts';
import type { Source } from './syntax-source.ts';
import {
  nameOf,
  excerpt,
  indent,
  isItem,
  keyColumn,
  keyOf,
  looksLikeHcl,
  looksLikeTemplate,
  MAX_EXCERPT,
  opensBlock,
  unquote,
  type Line,
} from './syntax-source.ts';

/** The words, and the line they name when it is not the one the library pointed at. */
export interface Said {
  words: string;
  line?: Line;
  offset?: number;
}

export type Sayer = (
  source: Source,
  e: LibraryError,
  line: Line,
  offset: number,
) => Said | undefined;

/** The same words, pointing at the content of another line. */
const onLine = (line: Line, words: string): Said => ({
  words,
  line,
  offset: line.start + indent(line),
});

const flowName = (message: string) => (/flow map/i.test(message) ? '{ } map' : '[ ] list');

// Shapes of lines that explain most structural errors, whatever code the library gives them.

const HCL =
  'this looks like Terraform (HCL), not YAML; write the object as Kubernetes YAML: "key: value" lines, nested by indenting with spaces';
const TEMPLATE =
  'a template tag ({{ … }}) is not YAML; render the chart first (helm template) and open its output';
export const LIST_ON_KEY_LINE =
  "a list cannot start on the same line as its key; put each '- item' on its own line below the key, indented";

/**
 * A sentence for a line that is not YAML at all (Terraform, a Helm template): every error on it
 * comes from that, whatever the library calls it.
 */
export function notYaml(line: Line): string | undefined {
  if (looksLikeHcl(line)) return HCL;
  if (looksLikeTemplate(line)) return TEMPLATE;
  return undefined;
}

export const NO_KEY = 'a \':\' with no key before it; write "key: value"';

/**
 * A sentence for a line that starts oddly: a bare ':', '&' or '!', a quote or bracket it does not
 * close, a list begun on its key's line (`args: - a`).
 */
export function oddStart(line: Line): string | undefined {
  const content = line.text.slice(indent(line));
  if (/^(- +)?:( |$)/.test(content)) return NO_KEY;
  const bare = /^([&!*])( |$)/.exec(content)?.[1];
  if (bare) return `a '${bare}' with no name after it; write ${bare}name, or remove it`;
  const open = /^["'[{]/.exec(content)?.[0];
  if (open === '"' || open === "'") {
    if (!content.includes(open, 1)) {
      return `the ${open} at the start of this line opens a quoted string it does not close; close it on this line, or remove it`;
    }
  } else if (open) {
    const close = open === '[' ? ']' : '}';
    if (!content.includes(close)) {
      return `the '${open}' at the start of this line opens a ${open} ${close} ${open === '[' ? 'list' : 'map'} it does not close; remove it, or close it with '${close}'`;
    }
  }
  return /^(- +)?[^\s#'"{[-][^#]*?: +- /.test(content) ? LIST_ON_KEY_LINE : undefined;
}

/**
 * What is wrong with the indentation of `line`, judged against the lines above it, or
 * `undefined` when it lines up with them.
 */
export function indentation(source: Source, line: Line): string | undefined {
  const above = source.above(line.n);
  if (!above) return undefined;
  const own = indent(line);
  const sibling = source.above(line.n, (l) => indent(l) <= own);
  if (sibling && indent(sibling) === own) {
    if (isItem(sibling) === isItem(line)) return undefined;
    return mixed(line, sibling);
  }
  if (sibling && isItem(sibling) && keyColumn(sibling) === own) return undefined;
  if (sibling && isItem(sibling) && own < keyColumn(sibling)) {
    const key = keyOf(sibling);
    return key
      ? `indented between the '- ' and "${unquote(key)}" of the item on line ${sibling.n}; line it up with "${unquote(key)}"`
      : `indented between the '- ' and the text of the item on line ${sibling.n}; line it up with the text`;
  }
  if (sibling?.n === above.n) {
    if (opensBlock(above) || own <= keyColumn(above)) return undefined;
    return keyOf(above)
      ? `indented more than the key above it expects; line it up with ${nameOf(above)}`
      : `indented more than line ${above.n} above it expects; line the two up`;
  }
  return sibling
    ? `indented less than ${nameOf(above)} above it but more than ${nameOf(sibling)}; line it up with one of them`
    : `indented less than ${nameOf(above)} above it; line it up with it`;
}

/** A list item and a map key side by side at one indentation. */
function mixed(line: Line, sibling: Line): string {
  const same = `a list item and a map key at the same indentation (lines ${sibling.n} and ${line.n})`;
  if (isItem(line)) return `${same}; indent the list under its key, or remove the '- '`;
  const key = keyOf(line);
  const itemKey = keyOf(sibling);
  return key && itemKey
    ? `${same}; to add "${unquote(key)}" to the item above, line it up with "${unquote(itemKey)}"`
    : `${same}; start it with '- ', or indent it under its key`;
}

/**
 * A value that runs on where it should have ended: into a second `key:` on its line (`a: b: c`), or
 * into a deeper line below it (`name: web` then `    labels: x`), which is the line to name.
 */
export function runsOn(source: Source, line: Line, offset: number): Said {
  const odd = oddStart(line);
  if (odd) return { words: odd };
  const rest = source.text.slice(offset, line.start + line.text.length);
  if (/:( |$)/.test(rest)) {
    return {
      words:
        'a value cannot hold another "key: value" on the same line; quote the value, or put the inner key on its own indented line',
    };
  }
  const next = source.below(line.n);
  const words = next && (oddStart(next) ?? indentation(source, next));
  if (next && words) return onLine(next, words);
  const key = source.below(line.n, (l) => /:( |$)/.test(l.text));
  return {
    words: key
      ? `this value runs on to line ${key.n}, where a ':' turns it into a key; check the indentation of line ${key.n}`
      : "this value runs on to the lines below, where a ':' turns it into a key; check their indentation",
  };
}

/** True when `offset` is where the line's content starts (after its indentation and `- `). */
export const startsLine = (line: Line, offset: number) => offset - line.start <= keyColumn(line);

/** A line with a key but no `:`, or with something else that is not `key: value`. */
export function missingColon(source: Source, line: Line, offset: number): Said {
  const shape = oddStart(line) ?? indentation(source, line);
  if (shape) return { words: shape };
  const rest = source.text.slice(offset, line.start + line.text.length);
  if (/^[^\s:#]+:(?=\S)/.test(rest)) {
    return {
      words: `put a space after the ':' in "${excerpt(rest)}"; YAML reads "key: value" only with the space`,
    };
  }
  if (/:( |$)/.test(rest))
    return { words: 'YAML cannot read a key on this line; write it as "key: value"' };
  return {
    words: `a key is missing its ':' ("${excerpt(rest)}"); each line of a map is "key: value"`,
  };
}

/** A quoted string the library ran to its end: named where its opening quote is. */
export function unclosedQuote(source: Source, e: LibraryError): Said {
  const quote = e.message.includes('"') ? '"' : "'";
  const open = source.openingQuote(e.pos[0], quote);
  const words = `this quoted string is never closed; add the closing ${quote}`;
  return open === undefined ? { words } : { words, line: source.lineAt(open), offset: open };
}

/**
 * A `[ ]` or `{ }` the library cut short: named where it opens when it is never closed, else on the
 * line that ended it by being indented too little.
 */
export function unclosedFlow(source: Source, e: LibraryError, line: Line): Said {
  const name = flowName(e.message);
  const open = source.opener(e.pos[0], name.startsWith('{') ? '{' : '[');
  if (open === undefined) return { words: `this ${name} is never closed; add its closing bracket` };
  const opened = source.lineAt(open);
  const close = name.startsWith('{') ? '}' : ']';
  const closer = source.closer(open);
  if (closer !== undefined && closer > e.pos[0]) {
    return {
      words: `this line is inside the ${name} opened on line ${opened.n} but not indented past its key; indent it further`,
      line,
    };
  }
  return {
    words: `this ${name} is never closed; add the closing '${close}'`,
    line: opened,
    offset: open,
  };
}

/** The token the library pointed at, as an excerpt of the text. */
export function token(source: Source, e: LibraryError): string {
  return excerpt(source.text.slice(e.pos[0], Math.min(e.pos[1], e.pos[0] + 2 * MAX_EXCERPT)));
}
