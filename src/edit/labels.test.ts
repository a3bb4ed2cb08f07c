import { describe, expect, it } from 'vitest';
import { podView } from '../pod/view.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import {
  editPodLabel,
  removeMapEntry,
  selectorFromPodLabels,
  selectorProblem,
  setMapEntry,
} from './labels.ts';
import { convertKind } from './workload.ts';

// A copy: parses are shared and frozen, and some tests change the value they read.
const js = (t: string, i = 0) => structuredClone(parseDesign(t).values[i]) as any;
const problem = (t: string) => selectorProblem(js(t), podView(js(t), 0)!);
const NAME = 'app.kubernetes.io/name';

describe('map entries (labels, annotations)', () => {
  it('adds, changes and renames in place, touching one line', () => {
    const added = setMapEntry(STARTER_YAML, {
      document: 0,
      path: ['metadata', 'labels'],
      key: 'tier',
      value: 'web',
    });
    expect(added).toBe(
      STARTER_YAML.replace(`    ${NAME}: web\nspec:`, `    ${NAME}: web\n    tier: web\nspec:`),
    );
    const renamed = setMapEntry(added, {
      document: 0,
      path: ['metadata', 'labels'],
      oldKey: NAME,
      key: 'app',
      value: 'shop',
    });
    expect(Object.keys(js(renamed).metadata.labels)).toEqual(['app', 'tier']);
    expect(renamed.split('\n').filter((l, i) => l !== added.split('\n')[i])).toEqual([
      '    app: shop',
    ]);
  });

  it('writes values as strings, so "1" stays a string label', () => {
    const out = setMapEntry(STARTER_YAML, {
      document: 0,
      path: ['metadata', 'annotations'],
      key: 'revision',
      value: '1',
    });
    expect(js(out).metadata.annotations).toEqual({ revision: '1' });
  });

  it('refuses a key the map already has', () => {
    expect(() =>
      setMapEntry(STARTER_YAML, {
        document: 0,
        path: ['metadata', 'labels'],
        key: NAME,
        value: 'x',
      }),
    ).toThrow(`There is already a key "${NAME}".`);
  });

  it('removes an entry and the map it empties, keeping metadata', () => {
    const out = removeMapEntry(STARTER_YAML, {
      document: 0,
      path: ['metadata', 'labels'],
      key: NAME,
      keepDepth: 1,
    });
    expect(js(out).metadata).toEqual({ name: 'web' });
  });
});

describe('pod labels and the selector', () => {
  it('renames a label in the template and the selector together', () => {
    const out = editPodLabel(STARTER_YAML, {
      document: 0,
      oldKey: NAME,
      key: 'app',
      value: 'web',
      followSelector: true,
    });
    const o = js(out);
    expect(o.spec.template.metadata.labels).toEqual({ app: 'web' });
    expect(o.spec.selector.matchLabels).toEqual({ app: 'web' });
    expect(o.metadata.labels).toEqual({ [NAME]: 'web' }); // the workload's own labels stay
    expect(problem(out)).toBeUndefined();
  });

  it('leaves the selector alone when asked to, and says why it no longer matches', () => {
    const out = editPodLabel(STARTER_YAML, {
      document: 0,
      oldKey: NAME,
      key: NAME,
      value: 'shop',
      followSelector: false,
    });
    expect(js(out).spec.selector.matchLabels).toEqual({ [NAME]: 'web' });
    expect(problem(out)).toBe(`The selector wants ${NAME}=web, the pods have ${NAME}=shop.`);
    const fixed = selectorFromPodLabels(out, 0);
    expect(js(fixed).spec.selector.matchLabels).toEqual({ [NAME]: 'shop' });
    expect(problem(fixed)).toBeUndefined();
  });

  it('adds a label without touching the selector, and removes it again', () => {
    const out = editPodLabel(STARTER_YAML, {
      document: 0,
      key: 'tier',
      value: 'frontend',
      followSelector: true,
    });
    expect(js(out).spec.template.metadata.labels).toEqual({ [NAME]: 'web', tier: 'frontend' });
    expect(js(out).spec.selector.matchLabels).toEqual({ [NAME]: 'web' });
    const back = editPodLabel(out, { document: 0, oldKey: 'tier', followSelector: true });
    expect(back).toBe(STARTER_YAML);
  });

  it('refuses to empty the selector, and lets a label go once another one is selected', () => {
    expect(() =>
      editPodLabel(STARTER_YAML, { document: 0, oldKey: NAME, followSelector: true }),
    ).toThrow(/add another pod label/);
    let out = editPodLabel(STARTER_YAML, {
      document: 0,
      key: 'app',
      value: 'web',
      followSelector: true,
    });
    out = selectorFromPodLabels(out, 0);
    out = editPodLabel(out, { document: 0, oldKey: NAME, followSelector: true });
    expect(js(out).spec.selector.matchLabels).toEqual({ app: 'web' });
    expect(js(out).spec.template.metadata.labels).toEqual({ app: 'web' });
  });

  it('edits a bare Pod’s own labels, which have no selector', () => {
    const pod = convertKind(STARTER_YAML, 0, 'Pod');
    const out = editPodLabel(pod, {
      document: 0,
      oldKey: NAME,
      key: 'app',
      value: 'web',
      followSelector: true,
    });
    expect(js(out).metadata.labels).toEqual({ app: 'web' });
    expect(problem(out)).toBeUndefined();
    expect(() => selectorFromPodLabels(out, 0)).toThrow('A Pod has no selector.');
  });

  it('follows a CronJob’s pod labels deep in its job template', () => {
    const cron = convertKind(STARTER_YAML, 0, 'CronJob');
    const out = editPodLabel(cron, {
      document: 0,
      key: 'tier',
      value: 'batch',
      followSelector: true,
    });
    expect(js(out).spec.jobTemplate.spec.template.metadata.labels.tier).toBe('batch');
    expect(problem(out)).toBeUndefined();
  });

  it('checks matchExpressions and a missing selector', () => {
    const withExpr = STARTER_YAML.replace(
      `    matchLabels:\n      ${NAME}: web\n`,
      `    matchExpressions:\n      - key: ${NAME}\n        operator: In\n        values: [web, shop]\n`,
    );
    expect(problem(withExpr)).toBeUndefined();
    expect(problem(withExpr.replace('[web, shop]', '[shop]'))).toMatch(/matchExpressions/);
    const noSelector = js(STARTER_YAML);
    delete noSelector.spec.selector;
    expect(selectorProblem(noSelector, podView(noSelector, 0)!)).toBe(
      'A Deployment needs spec.selector.',
    );
  });
});
