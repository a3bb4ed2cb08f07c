import { isAlias, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import { MAX_ALIAS_COUNT, PARSE_OPTIONS, parseDesign, problemWords } from '../yaml/parse.ts';
import { jsonText, where } from './json-text.ts';

/** The design as one JSON `List`, for tools that read JSON. */
export interface JsonList {
  /** `{"apiVersion": "v1", "kind": "List", "items": […]}`, indented, ending with a newline. */
  json: string;
  /** How many documents became items. */
  items: number;
  /** What did not carry over into JSON exactly, one sentence each; empty when nothing was lost. */
  notes: string[];
}

export type JsonListResult = ({ ok: true } & JsonList) | { ok: false; message: string };

/** Notes past this many are summed up in one line: a dialog is not a log. */
const MAX_NOTES = 20;

/**
 * Every document of a design as an item of one `v1` `List`, in order — Kubernetes objects and
 * foreign documents alike, so nothing of the design is left behind. JSON has no comments, tags,
 * anchors, `.inf` or non-text keys: each such loss is named in `notes`. Empty documents have no
 * JSON form and are left out (noted too). Text that does not parse is refused: its meaning is
 * not known, so no JSON could be faithful to it.
 */
export function designToJsonList(text: string): JsonListResult {
  const error = parseDesign(text).problems.find((p) => p.severity === 'error');
  if (error?.ruleId === 'yaml-limit') {
    return { ok: false, message: `${error.message}. The YAML cannot be downloaded as JSON.` };
  }
  if (error) {
    const what = problemWords(error.ruleId);
    return {
      ok: false,
      message: `The YAML has ${what} at line ${error.line}: fix it to download JSON.`,
    };
  }
  const lineCounter = new LineCounter();
  // intAsBigInt: a 20-digit integer keeps every digit in the JSON text.
  const documents = parseAllDocuments(text, { ...PARSE_OPTIONS, intAsBigInt: true, lineCounter });
  const list = 'empty' in documents && documents.empty ? [] : [...documents];

  const notes: string[] = [];
  const items: string[] = [];
  const lost = { comments: false, aliases: false };
  list.forEach((doc, i) => {
    const label = list.length > 1 ? `Document ${i + 1}` : 'The document';
    const line = (offset: number) => lineCounter.linePos(offset).line;
    scan(doc, lost, (offset, tag) =>
      notes.push(
        `${label}, line ${line(offset)}: the tag ${tag} has no JSON form; its value is written without it.`,
      ),
    );
    const value: unknown = doc.toJS({ mapAsMap: true, maxAliasCount: MAX_ALIAS_COUNT });
    if (value === null || value === undefined) {
      notes.push(`${label} is empty: it has no JSON form and is left out.`);
      return;
    }
    const json = jsonText(value, (path, message) =>
      notes.push(`${label}, ${where(path)}: ${message}`),
    );
    items.push(json.replace(/\n/g, '\n    '));
    if (!isObject(value)) {
      notes.push(`${label} is not a map: it is kept as an item, but kubectl cannot apply it.`);
    } else if (!value.has('apiVersion') || !value.has('kind')) {
      notes.push(
        `${label} is not a Kubernetes object (no apiVersion or kind): it is kept as an item, but kubectl will refuse the List.`,
      );
    }
  });
  if (lost.aliases) notes.unshift('Aliases and merge keys (<<) are written out in full.');
  if (lost.comments) notes.unshift('Comments are not carried into JSON.');

  const body = items.length ? `[\n    ${items.join(',\n    ')}\n  ]` : '[]';
  const json = `{\n  "apiVersion": "v1",\n  "kind": "List",\n  "items": ${body}\n}\n`;
  const shown =
    notes.length > MAX_NOTES
      ? [...notes.slice(0, MAX_NOTES - 1), `… and ${notes.length - MAX_NOTES + 1} more like these.`]
      : notes;
  return { ok: true, json, items: items.length, notes: shown };
}

const isObject = (v: unknown): v is Map<unknown, unknown> => v instanceof Map;

/** Finds what JSON drops silently: comments, aliases and merge keys, tags it cannot carry. */
function scan(
  doc: Document.Parsed,
  lost: { comments: boolean; aliases: boolean },
  onTag: (offset: number, tag: string) => void,
): void {
  if (doc.commentBefore || doc.comment) lost.comments = true;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        lost.aliases = true;
        return;
      }
      if (node.commentBefore || node.comment) lost.comments = true;
      // Core tags (!!str, !!int, …) change the value itself, which the JSON shows; others do not.
      if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:'))
        onTag(node.range?.[0] ?? 0, node.tag);
    },
    Pair(_key, pair) {
      const key = pair.key as { value?: unknown } | null;
      if (key && typeof key === 'object' && key.value === '<<') lost.aliases = true;
    },
  });
}
