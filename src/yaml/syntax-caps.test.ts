import { describe, expect, it } from 'vitest';
import { LineCounter } from 'yaml';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from './parse.ts';
import { atLine, libraryText, MAX_MESSAGE, withoutLine } from './syntax-line.ts';
import { MAX_EXCERPT, syntaxWords } from './syntax-words.ts';

// The detail beside the words, the caps on both, and a fuzz of broken texts (the words for each
// library code are in syntax-words.test.ts).

const TERRAFORM = `resource "kubernetes_deployment" "x" {
  metadata {
    name = "x"
  }
}
`;
const LONG = 'x'.repeat(700);

describe('syntax problems: detail and caps', () => {
  it("keeps the library's words as the detail, and points at what the words name", () => {
    const [deeper] = parseDesign('metadata:\n  name: web\n    labels: x\n').problems;
    expect(deeper).toMatchObject({
      ruleId: 'yaml-syntax',
      line: 3,
      column: 5,
      detail: 'Nested mappings are not allowed in compact mappings',
    });
    const [quote] = parseDesign('a:\n  b: "open\n  c: d\n').problems;
    expect(quote).toMatchObject({ line: 2, column: 6, detail: 'Missing closing "quote' });
    const [dup] = parseDesign('a: 1\na: 2\n').problems;
    expect(dup).toMatchObject({ ruleId: 'yaml-duplicate-key', detail: 'Map keys must be unique' });
  });

  it('says a tag it cannot apply as a warning', () => {
    expect(parseDesign('level: !level 3\n').problems).toEqual([
      expect.objectContaining({
        ruleId: 'yaml-syntax',
        severity: 'warning',
        message:
          'line 1: YAML cannot apply the tag !level here, so the value is read as plain text; remove the tag',
        detail: 'Unresolved tag: !level',
      }),
    ]);
  });

  it('never echoes a pasted block: the quoted source in the detail is cut short', () => {
    // The library put the whole Terraform block, escaped, into its message.
    const [brace, block] = parseDesign(`metadata:\n  name: x\n}\n${TERRAFORM.repeat(8)}`).problems;
    expect(brace!.message).toBe(
      "line 3: this '}' closes nothing; remove it or add the opening '{'",
    );
    expect(block!.message).toMatch(/^line 4: this looks like Terraform \(HCL\), not YAML; /);
    expect(block!.detail).toBe(
      'Unexpected scalar token in YAML stream: "resource \\"kubernetes_deployment\\" \\"x\\…"',
    );
  });

  it("an unknown code gets the library's text, cleaned and capped", () => {
    const text = `a: ${LONG}\n`;
    const lines = new LineCounter();
    lines.addNewLine(0);
    const message = `Something new about ${JSON.stringify(LONG)} and ${LONG}\nsecond line`;
    const words = syntaxWords(text, { code: 'NEW_CODE', message, pos: [3, 4] }, lines);
    const quoted = `"${'x'.repeat(MAX_EXCERPT - 1)}…"`;
    const bare = `${'x'.repeat(MAX_EXCERPT - 1)}…`;
    expect(words).toEqual({
      message: `line 1: something new about ${quoted} and ${bare}`,
      detail: `Something new about ${quoted} and ${bare}`,
      offset: 3,
      stray: false,
    });
  });

  it('caps every message and detail', () => {
    expect(atLine(12, 'y'.repeat(500))).toHaveLength(MAX_MESSAGE);
    expect(atLine(12, 'y'.repeat(500)).endsWith('…')).toBe(true);
    expect(libraryText('z '.repeat(300))).toHaveLength(MAX_MESSAGE);
    expect(withoutLine('line 12: a tab')).toBe('a tab');
    expect(withoutLine('The text is 6 MB')).toBe('The text is 6 MB');
  });

  it('any broken text: every message names its own line, is capped, and never throws', () => {
    // A fixed-seed shuffle of the starter design: characters that matter to YAML put in and taken
    // out at random.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const marks = [
      ':',
      '-',
      ' ',
      '  ',
      '\t',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      '#',
      '|',
      '&',
      '*',
      '!',
    ];
    let count = 0;
    for (let round = 0; round < 300; round++) {
      let text = STARTER_YAML;
      for (let k = 0; k < 3; k++) {
        const at = random(text.length);
        text =
          random(2) === 0
            ? text.slice(0, at) + marks[random(marks.length)]! + text.slice(at)
            : text.slice(0, at) + text.slice(at + 1 + random(3));
      }
      for (const p of parseDesign(text).problems) {
        if (p.ruleId === 'yaml-limit') continue;
        count++;
        expect(p.message, text).toMatch(new RegExp(`^line ${p.line}: \\S`));
        expect(p.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
        expect((p.detail ?? '').length).toBeLessThanOrEqual(MAX_MESSAGE);
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});
