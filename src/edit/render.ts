import {
  Document,
  isMap,
  isNode,
  isPair,
  isSeq,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Node,
} from 'yaml';
import type { TextStyle } from './style.ts';

/**
 * What a rendered node is wrapped in: a `key: value` entry (written with `key`, the key node it
 * replaces, to keep how it was written: `'containers':`), a `- item`, the bare value, or the bare
 * value as an entry of a flow collection holds it (`flow`: no block scalars or block collections,
 * and quoted where `,[]{}` would end it).
 */
export type Wrap = { pair: string; key?: Node } | 'item' | 'value' | 'flow';

/**
 * Renders a node as YAML text to be spliced in at column `col`: the first line carries no indent
 * (the splice point has it), later lines are indented by `col`. No trailing newline.
 * The node's own leading and trailing comments are left out: in the text they sit outside the
 * replaced range, so rendering them would duplicate them.
 */
export function renderNode(node: Node, wrap: Wrap, style: TextStyle, col: number): string {
  const copy = node.clone() as Node;
  copy.commentBefore = undefined;
  copy.comment = undefined;
  copy.spaceBefore = false;
  // A block collection's range starts at its first entry, after that entry's leading comments,
  // so a collection written in place of its own range leaves those out too.
  if (wrap === 'value' && (isMap(copy) || isSeq(copy)) && !copy.flow) {
    const first = copy.items[0];
    const lead = isPair(first) ? first.key : first;
    if (isNode(lead)) {
      lead.commentBefore = undefined;
      lead.spaceBefore = false;
    }
  }
  // Kubernetes reads YAML 1.1 (sigs.k8s.io/yaml): rendering with its schema quotes strings such as
  // `yes`, `off` or `1_000` that it would otherwise read as booleans or numbers.
  const doc = new Document(null, { version: '1.1' });
  if (wrap === 'value') doc.contents = copy;
  else if (wrap === 'flow') {
    // Written as the one item of a flow sequence, whose brackets are then cut off.
    const seq = new YAMLSeq();
    seq.flow = true;
    seq.items.push(copy);
    doc.contents = seq;
  } else if (wrap === 'item') {
    const seq = new YAMLSeq();
    seq.items.push(copy);
    doc.contents = seq;
  } else {
    const map = new YAMLMap();
    const key = wrap.key ? (wrap.key.clone() as Node) : new Scalar(wrap.pair);
    key.commentBefore = undefined;
    key.comment = undefined;
    key.spaceBefore = false;
    map.items.push(new Pair(key, copy));
    doc.contents = map;
  }
  let out = doc.toString({
    indent: style.indent,
    indentSeq: style.indentSeq,
    lineWidth: 0,
    // No folding (lineWidth 0), but `!!binary` values are cut into lines of this many characters
    // whatever lineWidth says, and 0 makes the yaml library throw.
    minContentWidth: 76,
    flowCollectionPadding: style.flowPadding,
    // A rendered node may use aliases whose anchors sit elsewhere in the file.
    verifyAliasOrder: false,
  });
  if (out.endsWith('\n')) out = out.slice(0, -1);
  if (wrap === 'flow') out = unwrapFlowItem(out, style);
  const pad = ' '.repeat(col);
  const lines = out.split('\n').map((line, i) => (i === 0 || line === '' ? line : pad + line));
  return lines.join(style.eol);
}

/** The one item of a rendered flow sequence: `[ item ]`, or `[`, the item's lines indented, `]`. */
function unwrapFlowItem(out: string, style: TextStyle): string {
  if (!out.startsWith('[\n'))
    return out.slice(style.flowPadding ? 2 : 1, style.flowPadding ? -2 : -1);
  const lines = out.split('\n').slice(1, -1);
  return lines
    .map((line) => line.slice(Math.min(style.indent, /^ */.exec(line)![0].length)))
    .join('\n');
}
