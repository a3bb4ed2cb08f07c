import type { ParsedDesign } from './parse.ts';

/**
 * Where each document of a parsed text starts, so that one document can be read or edited without
 * the others: the first at 0 (comments above it are its own), every other at its `---`. `null`
 * when documents cannot be taken apart: the text did not parse, or it has directives (`%YAML`,
 * `%TAG`), which reach across documents.
 */
export function documentStarts(parsed: ParsedDesign): number[] | null {
  if (parsed.problems.some((p) => p.severity === 'error')) return null;
  if (/^%/m.test(parsed.text)) return null;
  return parsed.documents.map((doc, i) => (i === 0 ? 0 : doc.range[0]));
}

/** The `[start, end)` of document `index` of a text `length` long. */
export function documentSpan(
  starts: readonly number[],
  length: number,
  index: number,
): [number, number] {
  return [starts[index]!, starts[index + 1] ?? length];
}

/** `starts` after document `index` grew by `delta` characters (shrank, when negative). */
export function shiftStarts(starts: readonly number[], index: number, delta: number): number[] {
  return starts.map((start, i) => (i > index ? start + delta : start));
}
