import { isMap, isPair, isSeq, visit, type Document, type Node } from 'yaml';

/** How a file is laid out, so inserted YAML looks like the user's own. */
export interface TextStyle {
  indent: number;
  /** `key:\n  - item` (true) or `key:\n- item` (false). */
  indentSeq: boolean;
  eol: '\n' | '\r\n';
  /** `{ a: 1 }` (true, as Prettier writes them) or `{a: 1}` in flow collections. */
  flowPadding: boolean;
}

const column = (text: string, offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);

/** Reads indentation width and sequence indentation from one parsed document; falls back to 2 / indented. */
export function detectStyle(text: string, doc: Document.Parsed): TextStyle {
  const indents = new Map<number, number>();
  const seqIndents = { yes: 0, no: 0 };
  const padding = { yes: 0, no: 0 };
  visit(doc, {
    Collection(_key, node) {
      if (!node.flow || !node.items.length || !node.range) return;
      if (text[node.range[0] + 1] === ' ') padding.yes++;
      else padding.no++;
    },
    Pair(_key, pair) {
      if (!isPair(pair)) return;
      const keyNode = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!keyNode?.range || !value?.range) return;
      if ((isMap(value) || isSeq(value)) && !value.flow && value.items.length > 0) {
        const keyCol = column(text, keyNode.range[0]);
        if (isMap(value)) {
          const first = value.items[0]?.key as Node | null;
          if (!first?.range) return;
          const d = column(text, first.range[0]) - keyCol;
          if (d > 0) indents.set(d, (indents.get(d) ?? 0) + 1);
        } else {
          // A block sequence's range starts at its first dash.
          if (column(text, value.range[0]) > keyCol) seqIndents.yes++;
          else seqIndents.no++;
        }
      }
    },
  });
  let indent = 2;
  let best = 0;
  for (const [d, n] of indents) if (n > best || (n === best && d < indent)) [indent, best] = [d, n];
  return {
    indent,
    indentSeq: seqIndents.yes >= seqIndents.no,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    flowPadding: padding.yes > padding.no,
  };
}
