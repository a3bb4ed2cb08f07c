// A quick look at the shape of a YAML text before the YAML library reads it: how many documents,
// how deep maps and lists nest, how many anchors and aliases a document uses. One pass over the
// characters, line by line, stopping at the first limit passed. The library itself is much slower
// on exactly the texts this is for: 30,000 nested brackets take it seconds, a million minutes.
//
// It reads just enough YAML to count well: document markers, indentation and the `- `, `? `, `: `
// indicators of block collections, brackets of flow collections, quoted scalars (whose brackets
// do not count), comments and block scalars (`|`, `>`, whose lines are text). It is no parser: on
// odd input it may count a level more or less, which the limits' wide margins absorb.

/** The most of each thing scanShape accepts. */
export interface ShapeLimits {
  documents: number;
  depth: number;
  /** Anchors plus aliases, per document. */
  anchors: number;
}

/** The first limit passed, and the offset where the text passed it. */
export interface ShapeOver {
  limit: keyof ShapeLimits;
  offset: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const HASH = 0x23;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const DASH = 0x2d;
const DOT = 0x2e;
const QUESTION = 0x3f;
const PERCENT = 0x25;
const AMP = 0x26;
const STAR = 0x2a;
const BANG = 0x21;
const PIPE = 0x7c;
const GT = 0x3e;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const BOM = 0xfeff;

const isBlank = (c: number) => c === SPACE || c === TAB;
const isFlowIndicator = (c: number) =>
  c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;

/**
 * The first of `limits` that `text` passes, or `undefined`. Linear in the length of the text.
 * Depth counts nested maps and lists, block and flow alike; documents count explicit (`---`) and
 * implicit starts; anchors and aliases are counted per document.
 */
export function scanShape(text: string, limits: ShapeLimits): ShapeOver | undefined {
  // One closure rather than a class: this runs before every parse, on the app's startup path,
  // and local names minify where properties do not.
  const code = (i: number) => text.charCodeAt(i);
  let over: ShapeOver | undefined;
  let documents = 0;
  /** Inside a document (after its first content or its `---`, before `...`). */
  let open = false;
  let anchors = 0;
  /** Columns of the block collections that hold the current line, outermost first. */
  let stack: number[] = [];
  let flow = 0;
  /** The quote of a quoted scalar that goes on past the end of the line. */
  let quote = 0;
  /** While in a block scalar: lines indented more than this are its text. */
  let blockScalar: number | undefined;
  /** The next character that is not a space starts a node (so a quote or bracket opens one). */
  let nodeStart = false;
  /** The last character was a closing quote (JSON's `"key":value` has no space after `:`). */
  let afterQuote = false;

  const checkDepth = (offset: number) => {
    if (stack.length + flow > limits.depth) over = { limit: 'depth', offset };
  };
  const push = (column: number, offset: number) => {
    while (stack.length && stack[stack.length - 1]! >= column) stack.pop();
    stack.push(column);
    checkDepth(offset);
  };
  const openFlow = (offset: number) => {
    flow++;
    nodeStart = true;
    checkDepth(offset);
  };
  const startDocument = (offset: number) => {
    open = true;
    if (++documents > limits.documents) over = { limit: 'documents', offset };
  };
  const endsToken = (i: number, end: number, inFlow: boolean) =>
    i >= end || isBlank(code(i)) || (inFlow && isFlowIndicator(code(i)));
  /** `-`, `?` or `:` followed by a space or the end of the line: a block indicator. */
  const isIndicator = (i: number, end: number) => {
    const c = code(i);
    return (c === DASH || c === QUESTION || c === COLON) && endsToken(i + 1, end, false);
  };
  /** The offset of the quote closing a scalar opened by `q`, or -1 past the line's end. */
  const closing = (from: number, end: number, q: number) => {
    for (let i = from; i < end; i++) {
      const c = code(i);
      if (q === DQUOTE) {
        if (c === BACKSLASH) i++;
        else if (c === DQUOTE) return i;
      } else if (c === SQUOTE) {
        if (i + 1 < end && code(i + 1) === SQUOTE) i++;
        else return i;
      }
    }
    return -1;
  };
  /** Past an anchor, alias or tag name: up to a space or a flow indicator. */
  const endOfName = (i: number, end: number) => {
    while (i < end && !isBlank(code(i)) && !isFlowIndicator(code(i))) i++;
    return i;
  };
  /**
   * The indentation a block scalar's text must pass: that of the collection holding it. After
   * `key: ` that is the key's column; a scalar that is itself a list item (`- |`) belongs to the
   * list one level up.
   */
  const scalarParent = (column: number) => {
    const top = stack.length - 1;
    if (top < 0) return -1;
    return stack[top] === column ? (stack[top - 1] ?? -1) : stack[top]!;
  };

  /** Scans the rest of a line: quotes, brackets, anchors, aliases, tags, comments. */
  const inline = (from: number, end: number, lineStart: number) => {
    for (let i = from; i < end && !over; i++) {
      const c = code(i);
      if (isBlank(c)) continue;
      if (c === HASH && (i === lineStart || isBlank(code(i - 1)))) return;
      if (nodeStart) {
        if (c === DQUOTE || c === SQUOTE) {
          const close = closing(i + 1, end, c);
          if (close < 0) {
            quote = c;
            return;
          }
          i = close;
          nodeStart = false;
          afterQuote = true;
          continue;
        }
        if (c === LBRACKET || c === LBRACE) {
          openFlow(i);
          continue;
        }
        if (c === AMP || c === STAR) {
          if (++anchors > limits.anchors) over = { limit: 'anchors', offset: i };
          i = endOfName(i + 1, end) - 1;
          if (c === STAR) nodeStart = false;
          continue;
        }
        if (c === BANG) {
          i = endOfName(i + 1, end) - 1;
          continue;
        }
        if (flow === 0 && (c === PIPE || c === GT)) {
          blockScalar = scalarParent(i - lineStart);
          return;
        }
        if (isIndicator(i, end)) continue;
        nodeStart = false;
      }
      const quoted = afterQuote;
      afterQuote = false;
      if (flow > 0) {
        if (c === COMMA) nodeStart = true;
        else if (c === RBRACKET || c === RBRACE) flow--;
        else if (c === LBRACKET || c === LBRACE) openFlow(i);
        else if (c === COLON && (quoted || endsToken(i + 1, end, true))) nodeStart = true;
      } else if (c === COLON && endsToken(i + 1, end, false)) nodeStart = true;
    }
  };

  const line = (start: number, end: number) => {
    const first = code(start);
    // `---` or `...` at the start of a line, alone or before a space: a document marker, which
    // ends everything (nothing nests across documents).
    if (
      (first === DASH || first === DOT) &&
      end - start >= 3 &&
      code(start + 1) === first &&
      code(start + 2) === first &&
      (end - start === 3 || isBlank(code(start + 3)))
    ) {
      stack = [];
      flow = quote = anchors = 0;
      blockScalar = undefined;
      afterQuote = false;
      open = nodeStart = first === DASH;
      if (open) {
        startDocument(start);
        inline(start + 3, end, start);
      }
      return;
    }
    let p = start;
    while (p < end && code(p) === SPACE) p++;
    if (blockScalar !== undefined) {
      if (p === end || p - start > blockScalar) return;
      blockScalar = undefined;
    }
    if (quote) {
      const close = closing(start, end, quote);
      if (close < 0) return;
      quote = 0;
      nodeStart = false;
      afterQuote = true;
      inline(close + 1, end, start);
      return;
    }
    if (flow > 0) {
      inline(start, end, start);
      return;
    }
    if (p === end || code(p) === HASH) return; // a blank or comment line
    if (!open) {
      if (p === start && code(p) === PERCENT) return; // a directive (%YAML 1.2)
      startDocument(p);
    }
    // Block structure: the line's indentation, then each compact `- `, `? ` or `: ` nests once more.
    push(p - start, p);
    while (!over && isIndicator(p, end)) {
      p++;
      while (p < end && isBlank(code(p))) p++;
      if (p === end || code(p) === HASH) return;
      push(p - start, p);
    }
    nodeStart = true;
    inline(p, end, start);
  };

  let start = code(0) === BOM ? 1 : 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 ? text.length : newline;
    line(start, lineEnd > start && code(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd);
    if (over || newline === -1) return over;
    start = newline + 1;
  }
}
