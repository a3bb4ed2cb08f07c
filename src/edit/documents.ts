import { stringify } from 'yaml';
import { parseForEdit } from './apply.ts';
import { EditError } from './errors.ts';
import { detectStyle } from './style.ts';

/** Appends a new document (`---` then the value) at the end of the text, in the file's style. */
export function appendDocument(text: string, value: Record<string, unknown>): string {
  const parsed = parseForEdit(text);
  const first = parsed.documents[0];
  const style = first
    ? detectStyle(text, first)
    : { indent: 2, indentSeq: true, eol: '\n' as const, flowPadding: false };
  const body = stringify(value, {
    // Quotes `yes`, `off`, … which Kubernetes (YAML 1.1) would read as booleans; see render.ts.
    version: '1.1',
    aliasDuplicateObjects: false,
    indent: style.indent,
    indentSeq: style.indentSeq,
    lineWidth: 0,
    flowCollectionPadding: style.flowPadding,
  });
  const lines = body.split('\n').join(style.eol);
  if (text.trim() === '') return lines;
  const sep = text.endsWith('\n') ? '' : style.eol;
  return `${text}${sep}---${style.eol}${lines}`;
}

/** Removes one document with its separator and leading comments. */
export function removeDocument(text: string, document: number): string {
  const { documents } = parseForEdit(text);
  const doc = documents[document];
  if (!doc) throw new EditError(`The design has no document ${document + 1}.`);
  const start = document === 0 ? 0 : documents[document - 1]!.range[2];
  let out = text.slice(0, start) + text.slice(doc.range[2]);
  // The first document needs no separator of its own.
  if (document === 0) out = out.replace(/^---[ \t]*\r?\n/, '');
  return out;
}
