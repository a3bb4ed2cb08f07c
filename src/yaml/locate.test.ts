import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offsetAt, pathAt, spanOf } from './locate.ts';
import { parseDesign } from './parse.ts';
import { formatPath, parsePath } from './path.ts';

const text = readFileSync(
  new URL('../edit/__fixtures__/commented-anchored.yaml', import.meta.url),
  'utf8',
);
const parsed = parseDesign(text);

describe('paths', () => {
  it('format the way kubectl prints them and parse back', () => {
    const path = ['spec', 'template', 'spec', 'containers', 1, 'ports', 0];
    expect(formatPath(path)).toBe('spec.template.spec.containers[1].ports[0]');
    expect(parsePath('spec.template.spec.containers[1].ports[0]')).toEqual(path);
    const odd = ['metadata', 'annotations', 'kubectl.kubernetes.io/default-container'];
    expect(formatPath(odd)).toBe('metadata.annotations["kubectl.kubernetes.io/default-container"]');
    expect(parsePath(formatPath(odd))).toEqual(odd);
  });

  it('reject malformed text', () => {
    expect(() => parsePath('a[1')).toThrow();
    expect(() => parsePath('a[x]')).toThrow();
  });
});

describe('spanOf / pathAt', () => {
  it('maps a path to its line and column in the right document', () => {
    const span = spanOf(parsed, 1, parsePath('spec.template.spec.containers[1].image'))!;
    expect(text.slice(span.start, span.end)).toBe('fluent/fluent-bit:3.1');
    expect(text.split('\n')[span.line - 1]).toBe('        image: fluent/fluent-bit:3.1');
    expect(span.column).toBe(16);
  });

  it('points at the key when asked, as kubectl messages do', () => {
    const span = spanOf(parsed, 1, ['spec', 'replicas'], { key: true })!;
    expect(text.slice(span.start, span.end)).toBe('replicas');
  });

  it('falls back to the nearest existing parent for a missing field', () => {
    const span = spanOf(parsed, 2, ['spec', 'ports', 0, 'name'])!;
    expect(text.slice(span.start, span.start + 5)).toBe('port:');
  });

  it('maps a line and column back to the path', () => {
    const span = spanOf(parsed, 1, parsePath('spec.template.spec.containers[1].image'))!;
    const back = pathAt(parsed, offsetAt(parsed, span.line, span.column + 3));
    expect(back).toEqual({
      document: 1,
      path: ['spec', 'template', 'spec', 'containers', 1, 'image'],
    });
  });

  it('round-trips every scalar of the file', () => {
    const doc = parsed.documents[1]!;
    const paths: (string | number)[][] = [
      ['spec', 'template', 'spec', 'containers', 0, 'args', 2],
      ['spec', 'template', 'spec', 'containers', 0, 'env', 0, 'value'],
      ['spec', 'template', 'spec', 'volumes', 0, 'name'],
      ['metadata', 'labels', 'team'],
    ];
    for (const p of paths) {
      expect(doc.getIn(p)).toBeDefined();
      const span = spanOf(parsed, 1, p)!;
      expect(pathAt(parsed, span.start)).toEqual({ document: 1, path: p });
    }
  });

  it('maps a key position to its entry', () => {
    const span = spanOf(parsed, 2, ['spec', 'selector'], { key: true })!;
    expect(pathAt(parsed, span.start)).toEqual({ document: 2, path: ['spec', 'selector'] });
  });
});
