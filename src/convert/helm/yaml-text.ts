import { Document, isScalar, parse, visit } from 'yaml';

/**
 * Whether a one-line string can be written plain and still be read back as that string by both
 * YAML 1.2 (Podsmith, kubectl's newer readers) and YAML 1.1 (Helm and Kustomize read values
 * and manifests with go-yaml, where `on`, `y`, `0644`, `1_000` and `<<` are not strings).
 * Strings with a line break are left to the writer: its block and quoted forms are strings in both.
 */
function plainIsSafe(text: string): boolean {
  if (text.includes('\n')) return true;
  if (text === '<<') return false;
  try {
    const quiet = { logLevel: 'silent', prettyErrors: false } as const;
    return parse(text, quiet) === text && parse(text, { ...quiet, version: '1.1' }) === text;
  } catch {
    return false;
  }
}

/**
 * Plain data as YAML that YAML 1.1 and 1.2 readers read alike: every string either written as
 * the writer would write it, when that is safe for both, or double-quoted. With `quoteStrings`,
 * every string value is double-quoted (keys stay plain where safe), as in a values.yaml that
 * people edit by hand. Lines are never folded.
 */
export function yamlText(value: unknown, options: { quoteStrings?: boolean } = {}): string {
  return yamlDocument(value, options).toString({ lineWidth: 0 });
}

/** {@link yamlText} before it is written out, for comments to be added (write with lineWidth 0). */
export function yamlDocument(value: unknown, options: { quoteStrings?: boolean } = {}): Document {
  const doc = new Document(value);
  visit(doc, {
    Scalar(key, node) {
      if (typeof node.value !== 'string') return;
      const quote = (options.quoteStrings && key !== 'key') || !plainIsSafe(node.value);
      if (quote) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc;
}

/** Adds a comment above the top-level key `key` of a document made by `new Document`. */
export function commentKey(doc: Document, key: string, comment: string, space = true): void {
  const pair = (doc.contents as { items?: { key: unknown }[] } | null)?.items?.find(
    (item) => isScalar(item.key) && item.key.value === key,
  );
  if (pair && isScalar(pair.key)) {
    pair.key.commentBefore = comment;
    pair.key.spaceBefore = space;
  }
}
