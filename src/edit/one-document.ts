import { documentSpan, shiftStarts } from '../yaml/document-starts.ts';
import { parseDesign, type ParsedDesign } from '../yaml/parse.ts';
import { EditError } from './errors.ts';

/** A text after one of its documents was edited on its own. */
export interface DocumentEdit {
  text: string;
  /** Where each document of `text` starts (src/yaml/document-starts.ts). */
  starts: number[];
  /** The plain value of the edited document. */
  value: unknown;
}

/**
 * Edits document `index` of a large text without parsing the others: `edit` gets that document's
 * text alone (it is document 0 there) and returns it changed; the rest of the text is kept as it
 * is. An edit of a few characters in a megabyte costs the parse of one document instead of all.
 *
 * @param starts where each document of `text` starts (documentStarts of its parse)
 * @returns `undefined` when the document does not stand on its own (its text is not exactly one
 *   document without errors): the caller edits the whole text instead
 * @throws EditError from `edit`, or when the edited text is no longer one document
 */
export function editOneDocument(
  text: string,
  starts: readonly number[],
  index: number,
  edit: (documentText: string) => string,
): DocumentEdit | undefined {
  if (index < 0 || index >= starts.length) return undefined;
  const [start, end] = documentSpan(starts, text.length, index);
  const before = text.slice(start, end);
  if (!standsAlone(parseDesign(before))) return undefined;
  const after = edit(before);
  const parsed = parseDesign(after);
  if (!standsAlone(parsed)) throw new EditError('This edit would split the document in two.');
  return {
    text: text.slice(0, start) + after + text.slice(end),
    starts: shiftStarts(starts, index, after.length - before.length),
    value: parsed.values[0],
  };
}

/** The text is exactly one document, without errors. */
function standsAlone(parsed: ParsedDesign): boolean {
  return parsed.documents.length === 1 && !parsed.problems.some((p) => p.severity === 'error');
}
