// What a YAML syntax error means, in plain words with its line. The `yaml` library names each
// error with a code and a terse sentence written for YAML experts ("Implicit keys need to be on a
// single line"), and some of its sentences echo the source (a pasted Terraform block came back as
// a 600-character escaped string). Here each code, read where the library raises it (compose/ and
// parse/ in node_modules/yaml/dist), gets one sentence that starts with the line and says what to
// do; the text around the position makes it concrete (a tab in the indentation, a line deeper than
// the key above it, the line where an unclosed quote opens). The library's own sentence is kept,
// cleaned and capped, as the detail.
import type { LineCounter } from 'yaml';
import {
  indentation,
  LIST_ON_KEY_LINE,
  NO_KEY,
  missingColon,
  notYaml,
  oddStart,
  runsOn,
  startsLine,
  token,
  unclosedFlow,
  unclosedQuote,
  type Said,
  type Sayer,
} from './syntax-shapes.ts';
import {
  atLine,
  libraryText,
  type LibraryError,
  type SyntaxWords,
  type Wording,
} from './syntax-line.ts';
import { excerpt, keyIn, Source, unquote } from './syntax-source.ts';

export { MAX_EXCERPT } from './syntax-source.ts';
export type { LibraryError, SyntaxWords } from './syntax-line.ts';

/** Codes that say exactly what is wrong, even on a line that is not YAML. */
const PRECISE = new Set(['DUPLICATE_KEY', 'TAB_AS_INDENT', 'TAG_RESOLVE_FAILED']);

const STRAY = /^Unexpected \S+ token in YAML (stream|document)/;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** What `error` means, in words, with the line they name. Never throws. */
export const syntaxWords: Wording = (
  text: string,
  error: LibraryError,
  lines: LineCounter,
): SyntaxWords => {
  const source = new Source(text, lines);
  const offset = Math.min(Math.max(error.pos[0], 0), text.length);
  let said: Said | undefined;
  let foreign: string | undefined;
  try {
    const line = source.lineAt(offset);
    foreign = PRECISE.has(error.code) ? undefined : notYaml(line);
    const fixed = SENTENCES.find(([code, when]) => code === error.code && when.test(error.message));
    if (foreign) said = { words: foreign };
    else if (fixed) said = { words: fixed[2] };
    else said = CODES[error.code]?.(source, error, line, offset);
  } catch {
    said = undefined; // a bug here must not hide the error itself
  }
  const line = said?.line ?? source.lineAt(offset);
  const words = said?.words ?? lowerFirst(libraryText(error.message));
  return {
    message: atLine(line.n, words),
    detail: libraryText(error.message),
    offset: said?.offset ?? offset,
    stray: STRAY.test(error.message) && !foreign,
  };
};

// Sentences that need nothing but the code and the library's message, which tells apart the
// places one code is raised from. Checked before the sayers below.
const SENTENCES: readonly (readonly [code: string, when: RegExp, words: string])[] = [
  ['ALIAS_PROPS', /./, 'an alias (*name) cannot have its own anchor or tag; remove them'],
  ['BAD_ALIAS', /^Anchor cannot be an empty/, "an anchor needs a name after '&' (&name)"],
  ['BAD_ALIAS', /^Alias cannot be an empty/, "an alias needs a name after '*' (*name)"],
  ['BAD_ALIAS', /ending in :/, "an anchor or alias name ends with ':'; put a space before the ':'"],
  [
    'BAD_DIRECTIVE',
    /./,
    'YAML does not know this % directive, and a manifest needs none; remove the line',
  ],
  [
    'BAD_INDENT',
    /^Block scalar values in collections/,
    "the text of this '|' or '>' block must be indented more than its key",
  ],
  [
    'BAD_INDENT',
    /^Block scalar lines must not be less/,
    "indented less than the first line of its '|' or '>' block; indent it as far",
  ],
  [
    'BAD_INDENT',
    /^Flow end indicator/,
    "the closing ']' or '}' must be indented more than its key",
  ],
  [
    'BAD_PROP_ORDER',
    /./,
    "an anchor or tag must come after the '-', '?' or ':' it belongs to, not before it",
  ],
  [
    'KEY_OVER_1024_CHARS',
    /./,
    "a key is longer than 1024 characters, the most YAML allows; shorten it, or add the ':' it is missing",
  ],
  [
    'MISSING_CHAR',
    /^Missing , (or : )?between flow map/,
    "a ',' is missing between two items of this { } map",
  ],
  [
    'MISSING_CHAR',
    /^Missing , (or : )?between flow seq/,
    "a ',' is missing between two items of this [ ] list",
  ],
  [
    'MISSING_CHAR',
    /^Missing space after :/,
    'put a space after \':\' inside { } or [ ] ("key: value")',
  ],
  ['MISSING_CHAR', /^Comments must be separated/, "put a space before '#' to start a comment"],
  [
    'MISSING_CHAR',
    /^Tags and anchors must be separated/,
    'put a space after the anchor or tag (&name, !tag)',
  ],
  [
    'MISSING_CHAR',
    /^Missing newline after block sequence props/,
    'a list after an anchor or tag (&name, !tag) must start on the next line',
  ],
  [
    'MISSING_CHAR',
    /^Block collection cannot start on same line/,
    "a map or list cannot start on the '---' line; move it to the next line",
  ],
  [
    'MISSING_CHAR',
    /^Missing directives-end/,
    "after a % directive the document must start with a '---' line",
  ],
  [
    'MISSING_CHAR',
    /^Block scalars with more-indented leading empty/,
    "this '|' or '>' block starts with blank lines indented deeper than its text; remove their spaces or give the indentation (|2)",
  ],
  [
    'IMPOSSIBLE',
    /./,
    'YAML could not make sense of this line; check its indentation, quotes and brackets',
  ],
  ['MULTIPLE_ANCHORS', /./, 'a value has two anchors (&name); keep one'],
  ['MULTIPLE_DOCS', /./, "a second document starts here ('---') where only one is read"],
  ['MULTIPLE_TAGS', /./, 'a value has two tags (!tag); keep one'],
  ['NON_STRING_KEY', /./, 'a key must be a string here; quote it'],
  [
    'RESOURCE_EXHAUSTION',
    /./,
    'aliases (*name) here expand to too many copies to read; write the values out',
  ],
  ['UNEXPECTED_TOKEN', /^Unexpected block-seq-ind on same line/, LIST_ON_KEY_LINE],
  [
    'UNEXPECTED_TOKEN',
    /^Unexpected (,|empty item) in flow map/,
    "an extra ',' in this { } map; remove it",
  ],
  [
    'UNEXPECTED_TOKEN',
    /^Unexpected (,|empty item) in flow seq/,
    "an extra ',' in this [ ] list; remove it",
  ],
  ['UNEXPECTED_TOKEN', /^Unexpected map-value-ind token/, NO_KEY],
  [
    'UNEXPECTED_TOKEN',
    /^Unexpected doc-end/,
    "a '...' document end with no document before it; remove it",
  ],
];

// The codes whose words depend on the text around the error.

const BAD_INDENT: Sayer = (source, e, line, offset) => {
  if (/^Flow (map|sequence) in block/.test(e.message)) return unclosedFlow(source, e, line);
  const shape = oddStart(line) ?? indentation(source, line);
  if (shape) return { words: shape };
  if (/sequence items/.test(e.message)) {
    return { words: "the items of one list must start at the same column; line this '- ' up" };
  }
  return startsLine(line, offset)
    ? { words: 'the keys of one map must start at the same column; line this one up' }
    : runsOn(source, line, offset);
};

const MISSING_CHAR: Sayer = (source, e, line, offset) => {
  if (/^Missing closing/.test(e.message)) return unclosedQuote(source, e);
  if (/^Flow (map|sequence) must end/.test(e.message)) return unclosedFlow(source, e, line);
  if (/^Implicit map keys need/.test(e.message)) return missingColon(source, line, offset);
  if (!/^Sequence item without/.test(e.message)) return undefined;
  const shape = oddStart(line) ?? indentation(source, line);
  return { words: shape ?? "a line inside a list must start with '- '" };
};

const UNEXPECTED_TOKEN: Sayer = (source, e, line) => {
  const what = token(source, e);
  if (/^Unexpected flow-(seq|map)-end token/.test(e.message)) {
    const open = what === ']' ? '[' : '{';
    return { words: `this '${what}' closes nothing; remove it or add the opening '${open}'` };
  }
  if (/^Unexpected \S+ at node end/.test(e.message)) {
    return {
      words: `"${what}" follows a value that has ended; quote or indent it to continue the value, or remove it`,
    };
  }
  const header = /^Block scalar header includes extra characters: (.*)$/.exec(e.message)?.[1];
  if (header) {
    return {
      words: `only '-', '+' or one digit may follow '|' or '>' ("${excerpt(header)}"); put the text on the next line, indented, or remove the '${header[0]}'`,
    };
  }
  if (/^Not a YAML token/.test(e.message) && /[|>]\S* +\S/.test(line.text)) {
    return {
      words: `only a comment may follow '|' or '>' on its line; move "${what}" to the next line, indented`,
    };
  }
  return what ? { words: `YAML does not expect "${what}" here` } : undefined;
};

const CODES: Readonly<Record<string, Sayer>> = {
  BAD_COLLECTION_TYPE: (source, e) => ({
    words: `the tag ${token(source, e)} does not fit this kind of value; remove it`,
  }),
  BAD_DQ_ESCAPE: (_source, e) => ({
    words: `${excerpt(/sequence (.*)$/.exec(e.message)?.[1] ?? 'this')} is no escape in a double-quoted string; write \\\\ for a backslash, or use single quotes`,
  }),
  BAD_INDENT,
  BAD_SCALAR_START: (source, e) => ({
    words: `a value cannot start with '${source.text[e.pos[0]] ?? ''}' unless it is quoted; put the value in quotes`,
  }),
  BLOCK_AS_IMPLICIT_KEY: (source, e, line, offset) => {
    if (!/^A block sequence may not be used/.test(e.message)) return runsOn(source, line, offset);
    const shape = oddStart(line) ?? indentation(source, line);
    return { words: shape ?? 'a list item and a map key at the same indentation' };
  },
  BLOCK_IN_FLOW: (source, e, line) => {
    // A "- item" or "key: value" line inside a [ or { left open above: that bracket is the cause.
    const open = source.opener(e.pos[0]);
    const opened = open === undefined ? undefined : source.lineAt(open);
    if (open !== undefined && opened && opened.n < line.n && source.closer(open) === undefined) {
      const name = source.text[open] === '[' ? '[ ] list' : '{ } map';
      return {
        words: `this line is inside the ${name} left open on line ${opened.n}; close that first`,
      };
    }
    return {
      words:
        "inside { } or [ ], items go on one level, separated by ','; a ',' is probably missing here",
    };
  },
  DUPLICATE_KEY: (source, _e, line, offset) => {
    const rest = source.text.slice(offset, line.start + line.text.length);
    const key = unquote(keyIn(rest) ?? excerpt(rest));
    return { words: `the key "${key}" is already in this map; a key may appear only once` };
  },
  MISSING_CHAR,
  MULTILINE_IMPLICIT_KEY: (source, _e, line, offset) =>
    startsLine(line, offset) ? missingColon(source, line, offset) : runsOn(source, line, offset),
  TAB_AS_INDENT: (source, _e, line, offset) => ({
    words: /-\s*$/.test(source.text.slice(line.start, offset))
      ? "a tab after '-', where YAML allows only spaces; use spaces"
      : 'indented with a tab, which YAML does not allow; indent with spaces',
  }),
  TAG_RESOLVE_FAILED: (source, e) => ({
    words: /^Unresolved tag/.test(e.message)
      ? `YAML cannot apply the tag ${token(source, e)} here, so the value is read as plain text; remove the tag`
      : `the tag ${token(source, e)} cannot be read; remove it`,
  }),
  UNEXPECTED_TOKEN,
};
