/** One step into a YAML document: a map key or a sequence index. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

const SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;

/**
 * Formats a path the way kubectl prints field paths: `spec.template.spec.containers[1].ports[0]`.
 * Keys that are not plain identifiers are bracketed: `metadata.annotations["app.kubernetes.io/name"]`.
 */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (SIMPLE_KEY.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Parses a path written by {@link formatPath}. Throws on malformed input. */
export function parsePath(text: string): PathSegment[] {
  const out: PathSegment[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '.') {
      i++;
      continue;
    }
    if (ch === '[') {
      const close = findClose(text, i);
      const inner = text.slice(i + 1, close);
      if (/^\d+$/.test(inner)) out.push(Number(inner));
      else if (inner.startsWith('"')) out.push(JSON.parse(inner) as string);
      else throw new Error(`Bad path segment "[${inner}]" in ${text}`);
      i = close + 1;
      continue;
    }
    const m = /^[^.[]+/.exec(text.slice(i));
    if (!m) throw new Error(`Bad path: ${text}`);
    out.push(m[0]);
    i += m[0].length;
  }
  return out;
}

function findClose(text: string, open: number): number {
  let inString = false;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === ']') return i;
  }
  throw new Error(`Unclosed "[" in path: ${text}`);
}

/** True when `prefix` is a leading part of `path` (or equal to it). */
export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}
