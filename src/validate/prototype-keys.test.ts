import { describe, expect, it } from 'vitest';
import { analyseDesign } from '../analysis/inspect.ts';
import { selectorProblem, setMapEntry } from '../edit/labels.ts';
import { parseQuantity } from '../pod/quantity.ts';
import { getPath, podView } from '../pod/view.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { validateDesign } from './index.ts';
import { neverExits } from './rules/running.ts';

// Found by the fuzz properties: names from the YAML that every JavaScript object has as an
// inherited property (`constructor`, `toString`, `__proto__`) were looked up in tables and maps
// with `[]` or `in`, and found there: validation threw ("kind.template is not iterable",
// "Cannot convert function Object() to a BigInt"), or a rule or an edit saw what is not there.

const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

const object = (apiVersion: string, kind: string) =>
  STARTER_YAML.replace('apps/v1', apiVersion).replace('Deployment', kind);

describe('names from the YAML that every JavaScript object inherits', () => {
  it('are kinds no API serves, and validate without throwing', () => {
    for (const kind of INHERITED) {
      for (const apiVersion of ['v1', 'apps/v1', 'example.com/v1']) {
        const ids = validateDesign(parseDesign(object(apiVersion, kind))).map((d) => d.ruleId);
        expect(ids, `${apiVersion} ${kind}`).toEqual(
          apiVersion === 'example.com/v1' ? [] : ['kind-unknown'],
        );
      }
    }
  });

  it('are no quantity suffixes: the amount is refused, not computed', () => {
    const pod = (cpu: string) => parseDesign(STARTER_YAML.replace('cpu: 100m', `cpu: ${cpu}`));
    for (const name of INHERITED) {
      expect(parseQuantity(`1${name}`), name).toBeUndefined();
      const ids = validateDesign(pod(`1${name}`)).map((d) => d.ruleId);
      expect(ids, name).toContain('resource-quantity-invalid');
      expect(analyseDesign(pod(`1${name}`)).workloads[0]!.resources.requests.cpu).toBe('0');
    }
  });

  it('are not taken for agents that run until stopped', () => {
    for (const image of INHERITED) expect(neverExits({ image }), image).toBeUndefined();
    expect(neverExits({ image: 'fluent/fluent-bit:3.1' })?.why).toMatch(/runs until/);
  });

  it('are keys a map has only when it has them', () => {
    const labels = ['metadata', 'labels'];
    for (const key of INHERITED) {
      expect(getPath({ metadata: { labels: {} } }, [...labels, key]), key).toBeUndefined();
      const added = setMapEntry(STARTER_YAML, { document: 0, path: labels, key, value: 'x' });
      expect(getPath(parseDesign(added).values[0], [...labels, key]), key).toBe('x');
      const value = structuredClone(parseDesign(STARTER_YAML).values[0]) as any;
      // A computed key is an own property, `__proto__` too.
      value.spec.selector.matchLabels = { ...value.spec.selector.matchLabels, [key]: 'x' };
      expect(selectorProblem(value, podView(value, 0)!), key).toMatch(/pods do not have/);
    }
  });
});
