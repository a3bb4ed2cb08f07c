import { describe, expect, it } from 'vitest';
import {
  amountProblem,
  BYTE_UNITS,
  CPU_UNITS,
  formatQuantity,
  normalizeNumber,
  parseQuantity,
  quantityNote,
  quantityProblem,
  splitQuantity,
  toBaseUnits,
  unitsFor,
} from './quantity.ts';

describe('parseQuantity', () => {
  it.each([
    ['500m', '500', 'm'],
    ['0.5', '0.5', ''],
    ['1Gi', '1', 'Gi'],
    ['1e3', '1', 'e3'],
    ['1E-2', '1', 'E-2'],
    ['.5', '.5', ''],
    ['2.', '2.', ''],
    ['+1k', '+1', 'k'],
    ['128974848', '128974848', ''],
    ['129M', '129', 'M'],
    ['100u', '100', 'u'],
  ])('splits %s', (text, number, suffix) => {
    expect(parseQuantity(text)).toEqual({ number, suffix });
  });

  it('reads YAML numbers', () => {
    expect(parseQuantity(2)).toEqual({ number: '2', suffix: '' });
    expect(parseQuantity(0.25)).toEqual({ number: '0.25', suffix: '' });
    expect(parseQuantity(1e21)).toEqual({ number: '1000000000000000000000', suffix: '' });
  });

  it.each([
    '',
    'abc',
    '1 Gi',
    '1gi',
    '1GB',
    '1..2',
    'm',
    '1e',
    '1e3Mi',
    '1Mi2',
    'Infinity',
    '0x10',
  ])('refuses %j', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });

  it('refuses what is not a string or number', () => {
    expect(parseQuantity(null)).toBeUndefined();
    expect(parseQuantity({})).toBeUndefined();
    expect(parseQuantity(Number.NaN)).toBeUndefined();
  });
});

describe('quantityProblem', () => {
  it('accepts valid quantities', () => {
    expect(quantityProblem('250m')).toBeUndefined();
    expect(quantityProblem(1)).toBeUndefined();
    expect(quantityProblem('-0')).toBeUndefined();
  });
  it('refuses garbage and negatives', () => {
    expect(quantityProblem('lots')).toMatch(/Not a Kubernetes quantity/);
    expect(quantityProblem('-1Gi')).toMatch(/negative/);
  });
});

describe('amountProblem', () => {
  it('accepts plain non-negative decimals', () => {
    for (const ok of ['0', '250', '0.5', '.5', '2.']) expect(amountProblem(ok)).toBeUndefined();
  });
  it('refuses anything else', () => {
    for (const bad of ['', '-1', '1e3', '1Gi', 'abc', '1,5', ' 1'])
      expect(amountProblem(bad)).toBeDefined();
  });
});

describe('toBaseUnits', () => {
  it.each([
    ['1Gi', '1073741824'],
    ['0.5Gi', '536870912'],
    ['1.5Ki', '1536'],
    ['250m', '0.25'],
    ['1e3', '1000'],
    ['12e-2', '0.12'],
    ['2k', '2000'],
    ['100u', '0.0001'],
    ['1Ei', '1152921504606846976'],
    ['-1.5', '-1.5'],
  ])('%s is %s', (text, base) => {
    expect(toBaseUnits(parseQuantity(text)!)).toBe(base);
  });
});

describe('splitQuantity', () => {
  it('keeps a suffix the picker offers', () => {
    expect(splitQuantity('250m', CPU_UNITS)).toEqual({ amount: '250', suffix: 'm' });
    expect(splitQuantity('512Mi', BYTE_UNITS)).toEqual({ amount: '512', suffix: 'Mi' });
    expect(splitQuantity(2, CPU_UNITS)).toEqual({ amount: '2', suffix: '' });
    expect(splitQuantity('0.50', CPU_UNITS)).toEqual({ amount: '0.5', suffix: '' });
  });
  it('converts other suffixes exactly to the base unit', () => {
    expect(splitQuantity('1e3', CPU_UNITS)).toEqual({ amount: '1000', suffix: '' });
    expect(splitQuantity('1Gi', CPU_UNITS)).toEqual({ amount: '1073741824', suffix: '' });
    expect(splitQuantity('2k', BYTE_UNITS)).toEqual({ amount: '2000', suffix: '' });
    expect(splitQuantity('1Pi', BYTE_UNITS)).toEqual({ amount: '1125899906842624', suffix: '' });
  });
  it('returns undefined for garbage', () => {
    expect(splitQuantity('lots', BYTE_UNITS)).toBeUndefined();
  });
});

describe('formatQuantity', () => {
  it('joins a normalized number and a suffix, always as a string', () => {
    expect(formatQuantity('250', 'm')).toBe('250m');
    expect(formatQuantity('2', '')).toBe('2');
    expect(formatQuantity('02.50', 'Gi')).toBe('2.5Gi');
    expect(formatQuantity('.5', '')).toBe('0.5');
  });
  it('throws on numbers the number box refuses', () => {
    expect(() => formatQuantity('1e3', '')).toThrow();
    expect(() => formatQuantity('-1', 'Mi')).toThrow();
  });
  it('round-trips with splitQuantity', () => {
    for (const units of [CPU_UNITS, BYTE_UNITS])
      for (const u of units) {
        const text = formatQuantity('1.25', u.suffix);
        expect(splitQuantity(text, units)).toEqual({ amount: '1.25', suffix: u.suffix });
      }
  });
});

describe('normalizeNumber', () => {
  it.each([
    ['007', '7'],
    ['0', '0'],
    ['000.000', '0'],
    ['1.50', '1.5'],
    ['2.', '2'],
    ['-0.0', '0'],
    ['+3', '3'],
  ])('%s is %s', (input, out) => {
    expect(normalizeNumber(input)).toBe(out);
  });
});

describe('quantityNote', () => {
  it('warns about fractional bytes and sub-millicore CPU', () => {
    expect(quantityNote('memory', '0.5')).toMatch(/bytes/);
    expect(quantityNote('memory', '0.5Ki')).toBeUndefined();
    expect(quantityNote('cpu', '0.0001')).toMatch(/rounded up/);
    expect(quantityNote('cpu', '0.001')).toBeUndefined();
    expect(quantityNote('cpu', 'junk')).toBeUndefined();
  });
});

describe('unitsFor', () => {
  it('offers cores for cpu and bytes for the rest', () => {
    expect(unitsFor('cpu')).toBe(CPU_UNITS);
    expect(unitsFor('memory')).toBe(BYTE_UNITS);
    expect(unitsFor('ephemeral-storage')).toBe(BYTE_UNITS);
  });
});
