import { describe, expect, it } from 'vitest';
import { lintWorkload } from '../../scripts/lint-workload.mjs';
import { TEMPLATES } from '../templates/gallery.ts';
import { documentStarts } from '../yaml/document-starts.ts';
import { parseDesign } from '../yaml/parse.ts';
import { setField } from './fields.ts';
import { editOneDocument } from './one-document.ts';

const SHAPES = `# the file's own header
apiVersion: v1
kind: ConfigMap
metadata: { name: one } # flow
data:
  a: "1"
# a comment between documents
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: two
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
...
---
# above the third
kind: Service
apiVersion: v1
metadata:
  name: three
`;

/** The same field set through one document alone and through the whole text. */
function bothWays(text: string, document: number, path: (string | number)[], value: unknown) {
  const starts = documentStarts(parseDesign(text))!;
  const alone = editOneDocument(text, starts, document, (doc) =>
    setField(doc, { document: 0, path, value }),
  );
  return { alone, whole: setField(text, { document, path, value }) };
}

describe('editing one document of a text on its own', () => {
  it('gives the text an edit of the whole gives, for the first, a middle and the last document', () => {
    for (const [document, path] of [
      [0, ['data', 'b']],
      [1, ['spec', 'template', 'spec', 'containers', 0, 'image']],
      [2, ['spec', 'type']],
    ] as const) {
      const { alone, whole } = bothWays(SHAPES, document, [...path], 'x-y');
      expect(alone?.text).toBe(whole);
      expect(alone?.starts).toEqual(documentStarts(parseDesign(whole)));
    }
  });

  it('keeps CRLF line endings and the other documents byte for byte', () => {
    const crlf = SHAPES.replace(/\n/g, '\r\n');
    const { alone, whole } = bothWays(crlf, 1, ['metadata', 'labels'], { app: 'two' });
    expect(alone?.text).toBe(whole);
    expect(alone?.text.startsWith(crlf.slice(0, crlf.indexOf('---')))).toBe(true);
  });

  it('agrees with whole-text edits on every template and a 12-document design', () => {
    const texts = [...TEMPLATES.map((t) => t.yaml), lintWorkload(12)];
    for (const text of texts) {
      const parsed = parseDesign(text);
      parsed.values.forEach((_, document) => {
        const { alone, whole } = bothWays(text, document, ['metadata', 'annotations'], {
          note: 'edited alone',
        });
        expect(alone?.text, `document ${document}`).toBe(whole);
        expect(alone?.value).toEqual(parseDesign(whole).values[document]);
      });
    }
  }, 30_000);

  it('declines what cannot stand alone: a text with directives, a document with an error', () => {
    expect(documentStarts(parseDesign(`%YAML 1.2\n---\na: 1\n`))).toBeNull();
    expect(documentStarts(parseDesign(`a: [\n`))).toBeNull();
    // Starts that do not cut the text at documents (a stale list) are declined, not trusted.
    expect(editOneDocument(SHAPES, [0, 5], 0, (doc) => doc)).toBeUndefined();
  });

  it('refuses an edit that turns the document into two', () => {
    const starts = documentStarts(parseDesign(SHAPES))!;
    expect(() => editOneDocument(SHAPES, starts, 0, (doc) => `${doc}---\nb: 2\n`)).toThrow(
      /split the document/,
    );
  });
});
