import { describe, expect, it } from 'vitest';
import { parseDesign, parseDesignUncached } from './parse.ts';

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n';

describe('parseDesign cache', () => {
  it('gives the same parse for the same text, equal to a fresh one', () => {
    const text = `${POD}# cache test ${Math.random()}\n`;
    const first = parseDesign(text);
    expect(parseDesign(text)).toBe(first);
    expect(first.values).toEqual(parseDesignUncached(text).values);
  });

  it('freezes shared values, so a caller that mutates one fails instead of corrupting the next', () => {
    const parsed = parseDesign(`${POD}# freeze test\n`);
    const value = parsed.values[0] as { spec: { containers: { name: string }[] } };
    expect(() => {
      value.spec.containers[0]!.name = 'changed';
    }).toThrow(TypeError);
    expect(() => value.spec.containers.push({ name: 'x' })).toThrow(TypeError);
  });

  it('forgets old texts: an edit sequence holds a handful of parses, not all of them', () => {
    const first = parseDesign(`${POD}# oldest\n`);
    for (let i = 0; i < 10; i++) parseDesign(`${POD}# later ${i}\n`);
    expect(parseDesign(`${POD}# oldest\n`)).not.toBe(first);
  });

  it('does not keep very large texts', () => {
    const big = `${POD}# ${'x'.repeat(1_100_000)}\n`;
    expect(parseDesign(big)).not.toBe(parseDesign(big));
  });
});
