import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { findBadCharacter } from './characters.ts';
import { addDuplicateKeyErrors } from './duplicates.ts';
import {
  ALIAS_EXPANSION_MESSAGE,
  checkLimits,
  MAX_ALIAS_COUNT,
  TOO_DEEP_MESSAGE,
} from './limits.ts';
import { cachedParse } from './parse-cache.ts';

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

export interface YamlProblem {
  /**
   * `yaml-syntax`, `yaml-duplicate-key`, or `yaml-limit` for a text past one of Podsmith's limits
   * (src/yaml/limits.ts), which is not parsed at all.
   */
  ruleId: 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-limit';
  severity: 'error' | 'warning';
  message: string;
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
  if (empty && 'errors' in parsed) {
    for (const e of parsed.errors) problems.push(toProblem(e, 0));
  }
  documents.forEach((doc, i) => {
    addDuplicateKeyErrors(doc);
    for (const e of doc.errors) problems.push(toProblem(e, i));
    for (const w of doc.warnings) problems.push({ ...toProblem(w, i), severity: 'warning' });
  });
  function toProblem(
    e: { code: string; message: string; pos: [number, number] },
    document: number,
  ): YamlProblem {
    const place = at(document, e.pos[0]);
    // A nesting the shape scan did not see still overflowed the library's stack.
    if (isStackOverflow(e)) return { ...TOO_DEEP, ...place };
    const ruleId = e.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
    const message = CLEARER[e.code] ?? firstLine(e.message);
    return { ruleId, severity: 'error', message, ...place };
  }
  const values = documents.map((doc, i) => {
    if (doc.errors.length) return undefined;
    try {
      return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      problems.push({ ...conversionProblem(err), ...at(i, doc.range[0]) });
      return undefined;
    }
  });
  return { text, documents, lineCounter, problems, values };
}

function parseAll(text: string) {
  return parseAllDocuments(text, PARSE_OPTIONS);
}

/** The library's terse messages that need a word on what to do, by error code. */
const CLEARER: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: 'Tabs are not allowed as indentation: indent YAML with spaces',
};

const TOO_DEEP = { ruleId: 'yaml-limit', severity: 'error', message: TOO_DEEP_MESSAGE } as const;

/** Why a document that parsed could not become plain values (a "billion laughs" alias bomb). */
function conversionProblem(err: unknown): Pick<YamlProblem, 'ruleId' | 'severity' | 'message'> {
  if (isStackOverflow(err)) return TOO_DEEP;
  const message = err instanceof Error ? err.message : String(err);
  if (/resource exhaustion/.test(message)) {
    return { ruleId: 'yaml-limit', severity: 'error', message: ALIAS_EXPANSION_MESSAGE };
  }
  return { ruleId: 'yaml-syntax', severity: 'error', message };
}

/** The parse of a text refused before the YAML library sees it, or `undefined` to parse it. */
function refusal(text: string): ParsedDesign | undefined {
  const limit = checkLimits(text);
  if (limit) return unparsed(text, 'yaml-limit', limit.offset, limit.message);
  const bad = findBadCharacter(text);
  if (bad) return unparsed(text, 'yaml-syntax', bad.offset, bad.message);
  return undefined;
}

/** No documents and one problem; the line counter still knows every line, for positions. */
function unparsed(
  text: string,
  ruleId: YamlProblem['ruleId'],
  offset: number,
  message: string,
): ParsedDesign {
  const lineCounter = countLines(text);
  const { line, col } = lineCounter.linePos(offset);
  const problem: YamlProblem = {
    ruleId,
    severity: 'error',
    message,
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

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return nl === -1 ? message : message.slice(0, nl);
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
