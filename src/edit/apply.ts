import type { Document, Node } from 'yaml';
import { MAX_ALIAS_COUNT, parseDesign, type ParsedDesign } from '../yaml/parse.ts';
import { withoutLine } from '../yaml/syntax-line.ts';
import { anchorsUsedOutside } from './anchors.ts';
import { applyToDocument, type Change } from './change.ts';
import { cloneAlong } from './clone.ts';
import { deepEqual } from './equal.ts';
import { EditError } from './errors.ts';
import { renderNode } from './render.ts';
import { planSplice, type Splice } from './splice.ts';
import { detectStyle } from './style.ts';

/**
 * Applies changes to one document of a multi-document YAML text and returns the new text.
 *
 * Each change is spliced into the text at the smallest node that holds it, so the rest of the file
 * stays byte for byte (comments, anchors, quoting, key order, unknown fields). Every splice is
 * checked by parsing the result and comparing it with the change applied to the parsed document;
 * only when no local splice reproduces it is the one document re-rendered (comments kept).
 *
 * @throws EditError when the text does not parse or the change does not fit the document.
 */
export function applyChanges(text: string, document: number, changes: readonly Change[]): string {
  let current = text;
  for (const change of changes) current = applyChange(current, document, change);
  return current;
}

/** Parses text that is about to be edited, refusing text with syntax errors. */
export function parseForEdit(text: string): ParsedDesign {
  const parsed = parseDesign(text);
  const error = parsed.problems.find((p) => p.severity === 'error');
  if (error) {
    throw new EditError(
      `The YAML has an error at line ${error.line}: ${withoutLine(error.message)}. Fix it before editing on the canvas.`,
    );
  }
  return parsed;
}

function applyChange(text: string, document: number, change: Change): string {
  const parsed = parseForEdit(text);
  const doc = parsed.documents[document];
  if (!doc) throw new EditError(`The design has no document ${document + 1}.`);
  if (change.type === 'delete') {
    // One anchor at a time, the earliest alias first: a moved anchor may hold another, whose
    // later aliases then read it in its new place instead of getting a copy of their own.
    const [move] = anchorsUsedOutside(doc, change.path);
    if (move) {
      const kept: Change = { type: 'set', path: move.aliasPath, value: move.value };
      return applyChanges(text, document, [kept, change]);
    }
  }
  const expected = cloneAlong(doc, change.path);
  applyToDocument(expected, change);
  const want = parsed.values.slice();
  want[document] = plainValue(expected);
  const style = detectStyle(text, doc);

  const splice = planSplice({ text, doc, expected, style }, change);
  if (splice) {
    const next = spliceText(text, splice);
    if (sameData(next, want)) return next;
  }
  const contents = doc.contents as Node | null;
  if (contents?.range) {
    const rendered = renderNode(expected.contents as Node, 'value', style, 0);
    let end = contents.range[1];
    while (end > contents.range[0] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    const next = spliceText(text, { from: contents.range[0], to: end, insert: rendered });
    if (sameData(next, want)) return next;
  }
  throw new EditError('This edit could not be applied without changing other parts of the YAML.');
}

/** The document's plain value; an alias left before its anchor (a move can do that) is an EditError. */
function plainValue(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const alias = err instanceof ReferenceError && /^Unresolved alias.*: (\S+)$/.exec(err.message);
    if (!alias) throw err;
    throw new EditError(
      `This edit would put the alias *${alias[1]} before its anchor; write the value out in the YAML first.`,
    );
  }
}

function spliceText(text: string, s: Splice): string {
  return text.slice(0, s.from) + s.insert + text.slice(s.to);
}

function sameData(text: string, want: unknown[]): boolean {
  const parsed = parseDesign(text);
  if (parsed.problems.some((p) => p.severity === 'error')) return false;
  return (
    parsed.values.length === want.length && parsed.values.every((v, i) => deepEqual(v, want[i]))
  );
}
