import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { cachedParse } from './parse-cache.ts';

/** Options shared by every parse, so the core and the editor read YAML the same way. */
export const PARSE_OPTIONS = {
  // Kubernetes reads YAML 1.1 merge keys (`<<: *base`) through sigs.k8s.io/yaml.
  merge: true,
  uniqueKeys: true,
  prettyErrors: false,
  strict: true,
} as const;

/** Caps alias expansion so a "billion laughs" document fails fast instead of hanging the tab. */
export const MAX_ALIAS_COUNT = 1000;

export interface YamlProblem {
  /** `yaml-syntax` or `yaml-duplicate-key`. */
  ruleId: 'yaml-syntax' | 'yaml-duplicate-key';
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
 * Parses multi-document YAML, keeping source ranges for every node. Never throws.
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
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
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
    for (const e of doc.errors) problems.push(toProblem(e, i));
    for (const w of doc.warnings) problems.push({ ...toProblem(w, i), severity: 'warning' });
  });
  function toProblem(
    e: { code: string; message: string; pos: [number, number] },
    document: number,
  ): YamlProblem {
    const ruleId = e.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
    return { ruleId, severity: 'error', message: firstLine(e.message), ...at(document, e.pos[0]) };
  }
  const values = documents.map((doc, i) => {
    if (doc.errors.length) return undefined;
    try {
      return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      problems.push({ ruleId: 'yaml-syntax', severity: 'error', message, ...at(i, doc.range[0]) });
      return undefined;
    }
  });
  return { text, documents, lineCounter, problems, values };
}

/** True when the text parsed without errors (warnings allowed). */
export function parsedOk(parsed: ParsedDesign): boolean {
  return !parsed.problems.some((p) => p.severity === 'error');
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return nl === -1 ? message : message.slice(0, nl);
}
