import fc from 'fast-check';

// Damage done to a manifest the way it happens: a line lost or doubled in a merge, lines swapped,
// a tab or stray bytes typed in, a file cut short, indentation shifted, and values replaced by
// what a careless or hostile hand writes where a number or a name goes.

/** One change to a text. Positions are picked modulo what the text holds, so any applies to any text. */
export type Mutation =
  | { kind: 'delete-line' | 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; other: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'reindent'; at: number; by: number }
  | { kind: 'scalar' | 'key'; at: number; value: string };

/** Values that go where a number, a name or a quantity is expected. */
export const ODD_VALUES = [
  '99999999999999999999999999999',
  '1e400',
  '-1',
  '-2147483649',
  '0x7FFFFFFF',
  '0o777',
  '.inf',
  '-.nan',
  '1_000',
  '12:30:00',
  '2001-12-14',
  'eighty',
  '"8080"',
  '__proto__',
  'constructor',
  'prototype',
  '',
  '~',
  'null',
  '[]',
  '{}',
  '[1, [2, [3]]]',
  '"☸ 🚀 ünïcödé"',
  '"\\u0000\\u202E"',
  "'it''s'",
  '*no-such-anchor',
  '&anchor value',
  '!!binary aGVsbG8=',
  '!custom x',
  '!!int nope',
  '|',
  '>-',
  '"unterminated',
  'a: b: c',
  '- x',
  'yes',
  '1.5',
  '-0',
  '1Gi',
  '1.5.5m',
  '1constructor',
  '2toString',
  'x'.repeat(300),
] as const;

const insertion = fc.oneof(
  fc.constantFrom(
    '\t',
    '  ',
    '\u0000',
    '\uFFFD',
    '\uFEFF',
    '\uD800',
    '\r',
    ':',
    '- ',
    '#',
    '"',
    "'",
    '{',
    ']',
    '&a ',
    '*a',
    '<<: *a\n',
    '? ',
    '%YAML 1.1\n',
    '---\n',
    '...\n',
    '__proto__: {}\n',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const),
    at: fc.nat(),
  }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertion }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('reindent' as const),
    at: fc.nat(),
    by: fc.integer({ min: -3, max: 3 }),
  }),
  fc.record({
    kind: fc.constantFrom('scalar' as const, 'key' as const),
    at: fc.nat(),
    value: fc.constantFrom(...ODD_VALUES),
  }),
);

/** Lines with their line ends (`\n` or `\r\n`) kept, so joining them gives the text back. */
const linesOf = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** A `key: value` line (maybe in a `- ` item): indent, key, gap, plain or quoted value, the rest. */
const ENTRY =
  /^([ \t]*(?:- )*)([^\s#:-][^:#]*?):( +)([^\s#{[|>&*!][^#\r\n]*?)([ \t]*(?:#[^\r\n]*)?\r?\n?)$/;

/** `text` with `m` applied. */
export function applyMutation(text: string, m: Mutation): string {
  const lines = linesOf(text);
  const n = lines.length;
  if (m.kind === 'insert')
    return text.slice(0, m.at % (text.length + 1)) + m.text + text.slice(m.at % (text.length + 1));
  if (m.kind === 'truncate') return text.slice(0, m.at % (text.length + 1));
  if (!n) return text;
  const i = m.at % n;
  switch (m.kind) {
    case 'delete-line':
      lines.splice(i, 1);
      break;
    case 'duplicate-line':
      lines.splice(i, 0, lines[i]!);
      break;
    case 'swap-lines': {
      const j = m.other % n;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      break;
    }
    case 'reindent':
      lines[i] =
        m.by > 0
          ? ' '.repeat(m.by) + lines[i]
          : lines[i]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
      break;
    case 'scalar':
    case 'key': {
      const entries = lines.flatMap((line, k) => (ENTRY.test(line) ? [k] : []));
      if (!entries.length) return text;
      const k = entries[m.at % entries.length]!;
      lines[k] = lines[k]!.replace(
        ENTRY,
        (_, lead: string, key: string, gap: string, value: string, end: string) =>
          m.kind === 'key'
            ? `${lead}${m.value}:${gap}${value}${end}`
            : `${lead}${key}:${gap}${m.value}${end}`,
      );
      break;
    }
  }
  return lines.join('');
}

/** `text` with one to four mutations applied in turn, and the mutations (for failure messages). */
export function mutated(text: fc.Arbitrary<string>) {
  return fc
    .tuple(text, fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([original, mutations]) => ({
      original,
      mutations,
      text: mutations.reduce(applyMutation, original),
    }));
}
