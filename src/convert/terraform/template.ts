// Strings as the HCL parser hands them over: Terraform's JSON syntax, where every string is a
// template. A literal `${` or `%{` arrives still escaped (`$${`, `%%{`); anything else between
// `${` and its `}` is an expression the parser kept as source text (`var.ecr_url`,
// `kubernetes_namespace.app.metadata[0].name`, `yamldecode(<<-EOT … EOT)`).

/** A template read: its text with escapes undone and expressions kept as `${…}`, and those expressions. */
export interface TemplateRead {
  text: string;
  /** Raw source of each expression (`var.x`) or directive (`%{ if … }`), in order. */
  expressions: string[];
  /** The whole string is one `${…}` and nothing else. */
  whole: boolean;
}

/**
 * Where the `}` closing an interpolation that starts its body at `start` is, skipping quoted
 * strings (with their own templates), nested braces and heredocs; -1 when it never closes.
 */
function closing(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      i = afterQuoted(text, i + 1);
      continue;
    }
    if (ch === '<' && text.startsWith('<<', i)) {
      const heredoc = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(text.slice(i));
      if (heredoc) {
        i = afterHeredoc(text, i + heredoc[0].length, heredoc[1]!);
        continue;
      }
    }
    if (ch === '{') depth++;
    else if (ch === '}') {
      if (depth === 0) return i;
      depth--;
    }
    i++;
  }
  return -1;
}

/** Index after the closing quote of a quoted string whose body starts at `i`. */
function afterQuoted(text: string, i: number): number {
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\') i += 2;
    else if (ch === '"') return i + 1;
    else if ((ch === '$' || ch === '%') && text[i + 1] === '{') {
      const end = closing(text, i + 2);
      i = end < 0 ? text.length : end + 1;
    } else i++;
  }
  return text.length;
}

/** Index after the line that closes a heredoc (`marker` alone on its line) whose body starts at `i`. */
function afterHeredoc(text: string, i: number, marker: string): number {
  while (i < text.length) {
    const eol = text.indexOf('\n', i);
    const line = text.slice(i, eol < 0 ? text.length : eol);
    if (line.trim() === marker) return i + line.length;
    if (eol < 0) return text.length;
    i = eol + 1;
  }
  return text.length;
}

/**
 * Reads one string of the parser's output: `$${` → `${`, `%%{` → `%{`, and every `${…}` or `%{…}`
 * kept as it is (a visible placeholder) and listed by its raw source.
 */
export function readTemplate(value: string): TemplateRead {
  let text = '';
  const expressions: string[] = [];
  let i = 0;
  let whole = false;
  while (i < value.length) {
    const ch = value[i]!;
    const next = value[i + 1];
    if ((ch === '$' || ch === '%') && next === ch && value[i + 2] === '{') {
      text += `${ch}{`;
      i += 3;
      continue;
    }
    if ((ch === '$' || ch === '%') && next === '{') {
      const end = closing(value, i + 2);
      if (end >= 0) {
        const source = value.slice(i + 2, end);
        expressions.push(ch === '$' ? source.trim() : `%{${source}}`);
        whole = i === 0 && end === value.length - 1;
        text += value.slice(i, end + 1);
        i = end + 1;
        continue;
      }
    }
    text += ch;
    i++;
  }
  return { text, expressions, whole: whole && expressions.length === 1 };
}
