import { describe, expect, it } from 'vitest';
import { appendDocument, removeDocument } from './documents.ts';
import { EditError } from './errors.ts';

const config = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { k: 'v' } };

describe('appendDocument', () => {
  it('adds the document after a separator, writing it in the style of the first document', () => {
    const text = 'a:\n    b:\n        - 1\n';
    expect(appendDocument(text, { list: [1], map: { x: 'v' } })).toBe(
      `${text}---\nlist:\n    - 1\nmap:\n    x: v\n`,
    );
    const crlf = 'a: 1\r\nb:\r\n  - 1\r\n';
    expect(appendDocument(crlf, { ...config, list: ['x'] })).toBe(
      `${crlf}---\r\napiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: c\r\ndata:\r\n  k: v\r\nlist:\r\n  - x\r\n`,
    );
  });

  it('ends an unterminated last line first, and needs no separator in an empty text', () => {
    expect(appendDocument('a: 1', { b: 2 })).toBe('a: 1\n---\nb: 2\n');
    expect(appendDocument('', { b: 2 })).toBe('b: 2\n');
    expect(appendDocument('  \n', { b: 2 })).toBe('b: 2\n');
  });

  it('quotes strings that would read as something else', () => {
    const out = appendDocument('a: 1\n', { s: 'yes', num: '1.0', h: '#x', e: '' });
    expect(out).toBe(`a: 1\n---\ns: "yes"\nnum: "1.0"\nh: "#x"\ne: ""\n`);
  });
});

describe('removeDocument', () => {
  const three = '# one\na: 1\n---\n# two\nb: 2\n---\nc: 3 # three\n';

  it('removes a middle or last document with its separator and leading comments', () => {
    expect(removeDocument(three, 1)).toBe('# one\na: 1\n---\nc: 3 # three\n');
    expect(removeDocument(three, 2)).toBe('# one\na: 1\n---\n# two\nb: 2\n');
  });

  it('removes the first document, and the separator the next one no longer needs', () => {
    expect(removeDocument(three, 0)).toBe('# two\nb: 2\n---\nc: 3 # three\n');
    expect(removeDocument('---\na: 1\n---\r\nb: 2\n', 0)).toBe('b: 2\n');
  });

  it('undoes appendDocument exactly', () => {
    for (const text of [three, 'a: 1', 'a: 1\r\n']) {
      const two = appendDocument(text, config);
      const count = two.split(/^---/m).length - 1;
      expect(removeDocument(two, count)).toBe(text.endsWith('1') ? `${text}\n` : text);
    }
  });

  it('refuses a document that is not there, and text that does not parse', () => {
    expect(() => removeDocument(three, 3)).toThrow(EditError);
    expect(() => removeDocument('a: [1\n', 0)).toThrow(EditError);
  });
});
