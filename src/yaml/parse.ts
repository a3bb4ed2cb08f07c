import { LineCounter, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { findBadCharacter } from './characters.ts';
import { addDuplicateKeyErrors } from './duplicates.ts';
import { invalidKeys } from './keys.ts';
import {
  ALIAS_EXPANSION_MESSAGE,
  checkLimits,
  MAX_ALIAS_COUNT,
  TOO_DEEP_MESSAGE,
} from './limits.ts';
import { cachedParse, forgetParses } from './parse-cache.ts';
import { atLine, libraryText, plainWording, type Wording } from './syntax-line.ts';

/** Options shared by every parse, so the core and the editor read YAML the same way. */
export const PARSE_OPTIONS = {
  // Kubernetes reads YAML 1.1 merge keys (`<<: *base`) through sigs.k8s.io/yaml.
  merge: true,
  // Duplicate keys are still errors: addDuplicateKeyErrors finds them in one pass, where the
  // library's own check compares every key with every other (minutes for a 60,000-key map).
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
} as const;

export { MAX_ALIAS_COUNT };

type Severity = YamlProblem['severity'];

/** How syntax errors are put in words: the library's own until the full wording is installed. */
let wording: Wording = plainWording;

/**
 * Installs the plain-words wording of syntax errors (syntax-words.ts: `syntaxWords`). The app
 * loads it with the validator, not with the page; the CLI, the reading worker and the tests
 * install it at start. Parses remembered until now are forgotten, so the next parse says it
 * in the new words.
 */
export function setSyntaxWording(words: Wording): void {
  wording = words;
  forgetParses();
}

export interface YamlProblem {
  /**
   * `yaml-syntax`, `yaml-duplicate-key`, `yaml-invalid-key` (a map or list as a map key, which
   * kubectl's decoder refuses), or `yaml-limit` for a text past one of Podsmith's limits
   * (src/yaml/limits.ts), which is not parsed at all.
   */
  ruleId: 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-invalid-key' | 'yaml-limit';
  severity: 'error' | 'warning';
  /** Syntax and duplicate-key messages start with their line: `line 4: …` (syntax-words.ts). */
  message: string;
  /** The YAML library's own message (cleaned and capped), for a syntax or duplicate-key problem. */
  detail?: string;
  document: number;
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface ParsedDesign {
  text: string;
  documents: Document.Parsed[];
  lineCounter: LineCounter;
  /** Syntax problems; when any has severity `error` the text does not parse. */
  problems: YamlProblem[];
  /** Plain JS value of each document (`undefined` for a document that failed to convert). */
  values: unknown[];
}

/**
 * Parses multi-document YAML, keeping source ranges for every node. Never throws. A text past one
 * of Podsmith's limits (size, documents, nesting, anchors) or holding a character YAML does not
 * allow is not parsed: it gets one problem saying so, and no documents.
 *
 * The last few texts are remembered (see parse-cache.ts): an edit parses the text it starts from
 * and the text it makes, and the app then derives everything from that same new text, so one
 * parse serves all three. The result is shared: never mutate it (its values are frozen).
 */
export function parseDesign(text: string): ParsedDesign {
  return cachedParse(text, parseDesignUncached);
}

/** parseDesign without the cache: a fresh parse every time (benchmarks measure this one). */
export function parseDesignUncached(text: string): ParsedDesign {
  const refused = refusal(text);
  if (refused) return refused;
  // Lines are counted from the text, not by the parser: its counter misses a newline that error
  // recovery swallows (in a broken multi-line scalar), and every later position was off by one.
  const lineCounter = countLines(text);
  let parsed: ReturnType<typeof parseAll>;
  try {
    parsed = parseAll(text);
  } catch (err) {
    // The library turns its own failures into document errors; this only guards against a bug.
    return unparsed(text, 'yaml-limit', 0, isStackOverflow(err) ? TOO_DEEP_MESSAGE : String(err));
  }
  // An empty text gives an `EmptyStream`: an empty array that may still carry errors.
  const empty = 'empty' in parsed && parsed.empty === true;
  const documents: Document.Parsed[] = empty ? [] : [...parsed];
  const problems: YamlProblem[] = [];
  const at = (document: number, offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { document, offset, line, column: col };
  };
  // One mistake often trips several library checks on its line ("Nested mappings…" and "Implicit
  // keys…" for a line indented too deep, then whatever the rest of the line no longer fits). The
  // first says what is wrong; the others would send the user after consequences.
  const said = new Set<string>();
  const add = (p: YamlProblem) => {
    const key = `${p.severity} ${p.line}`;
    if (p.ruleId !== 'yaml-limit') {
      if (said.has(key)) return;
      said.add(key);
    }
    problems.push(p);
  };
  const addAll = (errors: readonly YAMLError[], document: number, severity: Severity) => {
    let stray = false;
    for (const e of errors) {
      // A nesting the shape scan did not see still overflowed the library's stack.
      if (isStackOverflow(e)) {
        add({ ...TOO_DEEP, ...at(document, e.pos[0]) });
        continue;
      }
      const words = wording(text, e, lineCounter);
      if (words.stray && stray) continue;
      stray = words.stray;
      const ruleId = e.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
      const { message, detail, offset } = words;
      add({ ruleId, severity, message, detail, ...at(document, offset) });
    }
  };
  if (empty && 'errors' in parsed) addAll(parsed.errors, 0, 'error');
  const unreadable = documents.map((doc, i) => {
    addDuplicateKeyErrors(doc);
    addAll(doc.errors, i, 'error');
    addAll(doc.warnings, i, 'warning');
    // kubectl cannot read the document at all, so neither does Podsmith: no values for it.
    const keys = doc.errors.length ? [] : invalidKeys(doc);
    for (const { offset, message } of keys) {
      const place = at(i, offset);
      add({
        ruleId: 'yaml-invalid-key',
        severity: 'error',
        message: `line ${place.line}: ${message}`,
        detail: INVALID_KEY_DETAIL,
        ...place,
      });
    }
    return keys.length > 0;
  });
  const values = documents.map((doc, i) => {
    if (doc.errors.length || unreadable[i]) return undefined;
    try {
      return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      const place = at(i, doc.range[0]);
      add({ ...conversionProblem(err, place.line), ...place });
      return undefined;
    }
  });
  return { text, documents, lineCounter, problems, values };
}

/** What a YAML problem is, in a few words for a sentence ("The YAML has … at line 4"). */
export function problemWords(ruleId: YamlProblem['ruleId']): string {
  if (ruleId === 'yaml-duplicate-key') return 'a duplicate key';
  if (ruleId === 'yaml-invalid-key') return 'a map key kubectl cannot read';
  return 'a syntax error';
}

const INVALID_KEY_DETAIL =
  'kubectl reads YAML with go-yaml, which takes only a string, a number, a boolean or null as a map key, never a map or a list.';

function parseAll(text: string) {
  return parseAllDocuments(text, PARSE_OPTIONS);
}

const TOO_DEEP = { ruleId: 'yaml-limit', severity: 'error', message: TOO_DEEP_MESSAGE } as const;

/** Why a document that parsed could not become plain values (a "billion laughs" alias bomb). */
function conversionProblem(
  err: unknown,
  line: number,
): Pick<YamlProblem, 'ruleId' | 'severity' | 'message' | 'detail'> {
  if (isStackOverflow(err)) return TOO_DEEP;
  const message = err instanceof Error ? err.message : String(err);
  if (/resource exhaustion/.test(message)) {
    return { ruleId: 'yaml-limit', severity: 'error', message: ALIAS_EXPANSION_MESSAGE };
  }
  const detail = libraryText(message);
  return { ruleId: 'yaml-syntax', severity: 'error', message: atLine(line, detail), detail };
}

/** The parse of a text refused before the YAML library sees it, or `undefined` to parse it. */
function refusal(text: string): ParsedDesign | undefined {
  const limit = checkLimits(text);
  if (limit) return unparsed(text, 'yaml-limit', limit.offset, limit.message);
  const bad = findBadCharacter(text);
  if (bad) return unparsed(text, 'yaml-syntax', bad.offset, (line) => atLine(line, bad.message));
  return undefined;
}

/** No documents and one problem; the line counter still knows every line, for positions. */
function unparsed(
  text: string,
  ruleId: YamlProblem['ruleId'],
  offset: number,
  message: string | ((line: number) => string),
): ParsedDesign {
  const lineCounter = countLines(text);
  const { line, col } = lineCounter.linePos(offset);
  const problem: YamlProblem = {
    ruleId,
    severity: 'error',
    message: typeof message === 'string' ? message : message(line),
    document: 0,
    offset,
    line,
    column: col,
  };
  return { text, documents: [], lineCounter, problems: [problem], values: [] };
}

function isStackOverflow(err: unknown): boolean {
  const message =
    typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : String(err);
  return /maximum call stack/i.test(message);
}

/** True when the text parsed without errors (warnings allowed). */
export function parsedOk(parsed: ParsedDesign): boolean {
  return !parsed.problems.some((p) => p.severity === 'error');
}

/** A line counter that knows where every line of `text` starts (after each `\n`). */
function countLines(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lineCounter.addNewLine(i + 1);
  }
  return lineCounter;
}
