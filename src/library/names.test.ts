import { describe, expect, it } from 'vitest';
import { parseDesign } from '../yaml/parse.ts';
import { designView } from '../pod/view.ts';
import { defaultName, designKind, distinctName, duplicateName, nameProblem } from './names.ts';

describe('design names', () => {
  it('numbers copies from 2, skipping names in use', () => {
    expect(duplicateName('web', [])).toBe('web (2)');
    expect(duplicateName('web', ['web', 'web (2)'])).toBe('web (3)');
    expect(duplicateName('web', ['web (2)', 'web (4)'])).toBe('web (3)');
  });

  it('numbers a copy of a copy from the original name', () => {
    expect(duplicateName('web (2)', ['web', 'web (2)'])).toBe('web (3)');
    expect(duplicateName('web (10)', ['web (2)'])).toBe('web (3)');
  });

  it('keeps brackets that are not a copy number', () => {
    expect(duplicateName('web (beta)', [])).toBe('web (beta) (2)');
    expect(duplicateName('(2)', [])).toBe('(2) (2)');
  });

  it('tells a name apart from the names other designs have, keeping a name still free', () => {
    expect(distinctName('django', [])).toBe('django');
    expect(distinctName('django', ['django'])).toBe('django (2)');
    expect(distinctName('django', ['django', 'django (2)'])).toBe('django (3)');
    expect(distinctName('django', ['django'], 'django (4)')).toBe('django (4)');
    expect(distinctName('django', ['django (4)'], 'django (4)')).toBe('django');
    expect(distinctName('flask', ['flask'], 'django (2)')).toBe('flask (2)');
    expect(distinctName('  ', [])).toBe('Untitled design');
  });

  it('refuses empty and over-long names', () => {
    expect(nameProblem('  ')).toBe('Give the design a name.');
    expect(nameProblem('x'.repeat(121))).toMatch(/at most 120/);
    expect(nameProblem(' api gateway ')).toBeNull();
  });
});

describe('what a design is called and what it is', () => {
  const view = (text: string) => designView(parseDesign(text));

  it('uses the first workload, then the first object', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: front\n---\n' +
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  template:\n    spec:\n      containers: []\n';
    expect(defaultName(view(text))).toBe('migrate');
    expect(designKind(view(text))).toBe('Job');
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: front\n';
    expect(defaultName(view(service))).toBe('front');
    expect(designKind(view(service))).toBe('Service');
  });

  it('names a design with nothing named "Untitled design"', () => {
    expect(defaultName(view(''))).toBe('Untitled design');
    expect(designKind(view(''))).toBe('');
    expect(defaultName(view('just: text\n'))).toBe('Untitled design');
  });
});
