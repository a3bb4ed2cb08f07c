import { describe, expect, it } from 'vitest';
import { analyseDesign } from '../analysis/inspect.ts';
import { designView } from '../pod/view.ts';
import { validateDesign } from '../validate/index.ts';
import {
  ALIAS_EXPANSION_MESSAGE,
  MAX_ANCHORS,
  MAX_DEPTH,
  MAX_DOCUMENTS,
  MAX_TEXT_BYTES,
} from './limits.ts';
import { billionLaughs, POD } from './hostile-samples.ts';
import { parseDesign, parsedOk, type ParsedDesign } from './parse.ts';

// Hostile and broken texts through the whole core: parse, pod view, validation and analysis. Each
// gets a clear problem (or none, when the text is fine), nothing throws and nothing freezes.

/** Parses and runs everything downstream, with the time it all took. */
function throughCore(text: string) {
  const start = performance.now();
  const parsed = parseDesign(text);
  const view = designView(parsed);
  const diagnostics = validateDesign(parsed);
  const analysis = analyseDesign(parsed, {});
  return { parsed, view, diagnostics, analysis, ms: performance.now() - start };
}

/** The one problem of a text Podsmith refuses to parse. */
function refusedWith(parsed: ParsedDesign) {
  expect(parsedOk(parsed)).toBe(false);
  expect(parsed.documents).toEqual([]);
  expect(parsed.values).toEqual([]);
  expect(parsed.problems).toHaveLength(1);
  return parsed.problems[0]!;
}

describe('texts past a limit get one yaml-limit problem, fast', () => {
  it('a billion-laughs alias bomb', () => {
    const { parsed, view, diagnostics, ms } = throughCore(billionLaughs());
    expect(parsed.problems).toEqual([
      expect.objectContaining({ ruleId: 'yaml-limit', message: ALIAS_EXPANSION_MESSAGE, line: 1 }),
    ]);
    expect(ALIAS_EXPANSION_MESSAGE).toMatch(/^Aliases \(\*name\) expand to more than 1,000 copies/);
    expect(view).toEqual({ workloads: [], objects: [] });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['yaml-limit']);
    expect(ms).toBeLessThan(2000);
  });

  it('thousands of anchors and aliases, which the YAML library looks up in quadratic time', () => {
    // 8,000 pairs took the library 7 seconds to resolve; 32,000 over a minute.
    const text = Array.from({ length: 8000 }, (_, i) => `- &a${i} x\n- *a${i}\n`).join('');
    const { parsed, ms } = throughCore(text);
    expect(refusedWith(parsed)).toMatchObject({
      ruleId: 'yaml-limit',
      line: MAX_ANCHORS + 1, // one mark a line: the 1,001st
      column: 3,
    });
    expect(ms).toBeLessThan(1000);
  });

  it('a 10 MB file', () => {
    const text = POD + `  annotations:\n    big: "${'x'.repeat(10 * 1024 * 1024)}"\n`;
    const { parsed, view, ms } = throughCore(text);
    expect(refusedWith(parsed)).toMatchObject({
      ruleId: 'yaml-limit',
      message:
        'The text is 10.0 MB, more than the 5 MB Podsmith reads: split it into smaller files',
      line: 1,
      column: 1,
    });
    expect(view.workloads).toEqual([]);
    expect(ms).toBeLessThan(2000);
  });

  it('5,000 documents', () => {
    const text = Array(5000).fill(POD).join('---\n');
    expect(text.length).toBeLessThan(MAX_TEXT_BYTES);
    const { parsed, ms } = throughCore(text);
    expect(refusedWith(parsed)).toMatchObject({
      ruleId: 'yaml-limit',
      message: expect.stringMatching(/more than 1,000 YAML documents/),
      line: MAX_DOCUMENTS * 9, // the --- of the 1,001st (9 lines a document)
    });
    expect(ms).toBeLessThan(1000);
  });

  it('deep nesting of every kind, which overflowed the stack or took minutes', () => {
    const shapes = {
      brackets: 'a: ' + '['.repeat(1_000_000),
      braces: '{a: '.repeat(200_000),
      dashes: '- '.repeat(1_000_000) + 'x',
      keys: Array.from({ length: 2000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n'),
      json: '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
    };
    for (const [shape, text] of Object.entries(shapes)) {
      const { parsed, ms } = throughCore(text);
      expect(refusedWith(parsed), shape).toMatchObject({
        ruleId: 'yaml-limit',
        message: expect.stringMatching(/nest more than 100 levels deep/),
      });
      expect(ms, shape).toBeLessThan(1000);
    }
  });
});

describe('texts within the limits parse and validate', () => {
  it('100 levels of nesting, through every step', () => {
    let nested = 'leaf: 1';
    for (let i = 1; i < MAX_DEPTH - 3; i++) nested = `n${i}:\n  ${nested.replace(/\n/g, '\n  ')}`;
    const text = POD.replace('metadata:\n', `metadata:\n  annotations: {}\n`).replace(
      'spec:\n',
      `spec:\n  deep:\n    ${nested.replace(/\n/g, '\n    ')}\n`,
    );
    const { parsed, view, diagnostics } = throughCore(text);
    expect(parsed.problems).toEqual([]);
    expect(view.workloads).toHaveLength(1);
    expect(diagnostics.map((d) => d.ruleId)).toContain('schema-unknown-field');
  });

  it('a map of 40,000 keys parses in linear time and still finds a duplicate key', () => {
    // The YAML library's own duplicate check compared every key with every other: 17 seconds
    // for 20,000 keys, minutes for 60,000.
    const keys = Array.from({ length: 40_000 }, (_, i) => `  k${i}: v`).join('\n');
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n${keys}\n  k7: again\n`;
    const start = performance.now();
    const parsed = parseDesign(text);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        ruleId: 'yaml-duplicate-key',
        message: 'line 40006: the key "k7" is already in this map; a key may appear only once',
        detail: 'Map keys must be unique',
        line: 40_006,
        column: 3,
      }),
    ]);
  }, 30_000);

  it('keeps the duplicate-key rules of the YAML library', () => {
    const dupes = (text: string) => parseDesign(text).problems.map((p) => `${p.ruleId}@${p.line}`);
    expect(dupes('a: 1\nb: 2\na: 3\n')).toEqual(['yaml-duplicate-key@3']);
    expect(dupes('{a: 1, a: 2}\n')).toEqual(['yaml-duplicate-key@1']);
    expect(dupes('1: a\n"1": b\ntrue: c\n"true": d\n')).toEqual([]); // different types
    expect(dupes('b: &b {x: 1}\nm:\n  <<: *b\n  <<: *b\n')).toEqual([]); // merge keys repeat
    expect(dupes('~: a\nnull: b\n')).toEqual(['yaml-duplicate-key@2']); // both null
    expect(dupes('a: 1\n---\na: 2\n')).toEqual([]);
    expect(parseDesign('a: 1\na: 2\n').values).toEqual([undefined]);
  });
});

describe('characters YAML does not allow', () => {
  it('binary garbage says what it is and where, and is not parsed', () => {
    const png = '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR';
    expect(refusedWith(parseDesign(png))).toEqual({
      ruleId: 'yaml-syntax',
      severity: 'error',
      message:
        'line 2: the text holds the control character U+001A, which YAML does not allow and kubectl refuses: remove it (a binary file is not a design)',
      document: 0,
      offset: 6,
      line: 2,
      column: 1,
    });
  });

  it('a NUL, an escape, a C1 control, a broken surrogate and a noncharacter', () => {
    const cases: [string, RegExp][] = [
      ['a: b\u0000\n', /control character U\+0000/],
      ['a: "\u001b[31mred"\n', /control character U\+001B/],
      ['a: \u0090\n', /control character U\+0090/],
      ['a: \uD83D\n', /broken character \(U\+D83D, half of a UTF-16 pair\)/],
      ['a: \uFFFF\n', /noncharacter U\+FFFF/],
    ];
    for (const [text, message] of cases) {
      expect(refusedWith(parseDesign(text)), text).toMatchObject({ line: 1, message });
    }
  });

  it('allows tab, CR, NEL, emoji and the replacement character that lenient decoders leave', () => {
    const text = 'a: "x\ty"\r\nb: "\u0085"\nc: 😀 \uFFFD\n';
    expect(parseDesign(text).problems).toEqual([]);
  });
});

describe('broken and unusual texts that parse', () => {
  it('tabs as indentation: the problem says to indent with spaces', () => {
    const { parsed, diagnostics } = throughCore(
      'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: a\n',
    );
    expect(parsed.problems[0]).toMatchObject({
      ruleId: 'yaml-syntax',
      message: 'line 4: indented with a tab, which YAML does not allow; indent with spaces',
      detail: 'Tabs are not allowed as indentation',
      line: 4,
      column: 1,
    });
    expect(diagnostics[0]?.message).toBe(parsed.problems[0]!.message);
  });

  it('a byte order mark and CRLF line ends: the pod is read, positions are right', () => {
    const text = '\uFEFF' + POD.replace('nginx:1.27', 'nginx').replace(/\n/g, '\r\n');
    const { parsed, view, diagnostics } = throughCore(text);
    expect(parsed.problems).toEqual([]);
    expect(view.workloads[0]).toMatchObject({ kind: 'Pod', name: 'web' });
    expect(view.workloads[0]!.containers.map((c) => c.name)).toEqual(['app']);
    const untagged = diagnostics.find((d) => d.ruleId === 'container-image-latest-or-untagged');
    expect(untagged).toMatchObject({ line: 8, column: 7 }); // the `image` key
  });

  it('documents that are scalars or lists are kept as foreign objects, with no finding', () => {
    const text = `${POD}---\njust a sentence\n---\n42\n---\n- a\n- b\n---\n`;
    const { parsed, view, diagnostics, analysis } = throughCore(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.values.slice(1)).toEqual(['just a sentence', 42, ['a', 'b'], null]);
    expect(view.workloads).toHaveLength(1);
    expect(view.objects).toEqual([{ document: 1 }, { document: 2 }, { document: 3 }]);
    expect(diagnostics.filter((d) => d.document > 0)).toEqual([]);
    expect(analysis.workloads).toHaveLength(1);
  });

  it('a text that is only a list or only a scalar', () => {
    for (const text of ['- a\n- b\n', 'hello\n', '[1, 2]', '"x"', '~', '---\n---\n']) {
      const { view, diagnostics } = throughCore(text);
      expect(view.workloads, text).toEqual([]);
      // JSON is named as such (an info: Podsmith reads it, but it holds no Kubernetes object).
      const expected = text === '[1, 2]' ? [['text-format', 'info']] : [];
      expect(
        diagnostics.map((d) => [d.ruleId, d.severity]),
        text,
      ).toEqual(expected);
    }
  });
});

describe('Kubernetes lists and custom resources', () => {
  it('a List is kept and listed; an info says its items are not checked, no kind-unknown', () => {
    const items = POD.replace(/^/gm, '    ').replace('    apiVersion', '  - apiVersion');
    const text = `apiVersion: v1\nkind: List\nitems:\n${items}`;
    const { parsed, view, diagnostics } = throughCore(text);
    expect(parsed.problems).toEqual([]);
    expect(view.objects).toEqual([{ document: 0, apiVersion: 'v1', kind: 'List' }]);
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      [
        'list-items-not-checked',
        'info',
        'items: 1 object in this List is kept but not shown on the canvas or checked: give each its own YAML document (separated by ---) to design and check it',
      ],
    ]);
  });

  it('custom resources are kept and listed as objects, with no finding at all', () => {
    const text = `${POD}---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata: {name: Web_Monitor}
spec: {anything: [goes, here]}
---
apiVersion: apps/v2
kind: Deployment2
metadata: {name: x}
`;
    const { view, diagnostics } = throughCore(text);
    expect(view.objects).toEqual([
      {
        document: 1,
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'ServiceMonitor',
        name: 'Web_Monitor',
      },
      { document: 2, apiVersion: 'apps/v2', kind: 'Deployment2', name: 'x' },
    ]);
    expect(diagnostics.filter((d) => d.document > 0)).toEqual([]);
  });
});

describe('__proto__ and constructor as map keys', () => {
  it('become own keys of the values, and pollute nothing', () => {
    const text = '__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\n';
    const { parsed } = throughCore(text);
    const value = parsed.values[0] as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('as keys of a Kubernetes object: reported as unknown fields, not followed', () => {
    const text = POD.replace('spec:\n', 'spec:\n  __proto__: {hostNetwork: true}\n');
    const { parsed, view, diagnostics } = throughCore(text);
    expect(parsed.problems).toEqual([]);
    expect(view.workloads[0]!.namespaces.hostNetwork).toBe(false);
    expect(diagnostics.find((d) => d.ruleId === 'schema-unknown-field')?.message).toMatch(
      /__proto__/,
    );
  });
});
