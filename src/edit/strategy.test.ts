import { describe, expect, it } from 'vitest';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { intOrPercentProblem, parseIntOrPercent, setStrategyType } from './strategy.ts';

const js = (t: string) => parseDesign(t).values[0] as any;
const rolling = STARTER_YAML.replace(
  '  replicas: 1\n',
  '  replicas: 1\n  strategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxSurge: 25%\n',
);

describe('setStrategyType', () => {
  it('drops rollingUpdate for Recreate, which the API refuses beside it', () => {
    const out = setStrategyType(rolling, { document: 0, field: 'strategy', type: 'Recreate' });
    expect(js(out).spec.strategy).toEqual({ type: 'Recreate' });
  });

  it('keeps rollingUpdate for RollingUpdate and adds a type where there was none', () => {
    expect(
      setStrategyType(rolling, { document: 0, field: 'strategy', type: 'RollingUpdate' }),
    ).toBe(rolling);
    const out = setStrategyType(STARTER_YAML, {
      document: 0,
      field: 'updateStrategy',
      type: 'OnDelete',
    });
    expect(js(out).spec.updateStrategy).toEqual({ type: 'OnDelete' });
  });

  it('removes the type, and the strategy when nothing else is in it', () => {
    const typeOnly = setStrategyType(STARTER_YAML, {
      document: 0,
      field: 'strategy',
      type: 'Recreate',
    });
    expect(setStrategyType(typeOnly, { document: 0, field: 'strategy', type: undefined })).toBe(
      STARTER_YAML,
    );
    const out = setStrategyType(rolling, { document: 0, field: 'strategy', type: undefined });
    expect(js(out).spec.strategy).toEqual({ rollingUpdate: { maxSurge: '25%' } });
  });
});

describe('int or percent', () => {
  it('accepts counts and percentages', () => {
    expect(intOrPercentProblem('1')).toBeUndefined();
    expect(intOrPercentProblem('25%')).toBeUndefined();
    expect(intOrPercentProblem('25 %')).toMatch(/percentage/);
    expect(intOrPercentProblem('-1')).toMatch(/whole number/);
    expect(parseIntOrPercent('3')).toBe(3);
    expect(parseIntOrPercent('50%')).toBe('50%');
  });
});
