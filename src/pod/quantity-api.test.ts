import { describe, expect, it } from 'vitest';
import { parseQuantity, type Quantity } from './quantity.ts';
import {
  addValues,
  canonicalQuantity,
  compareQuantities,
  compareValues,
  isWholeQuantity,
  maxValue,
  printResource,
  printValue,
  QUANTITY_FORMAT_MESSAGE,
  QUANTITY_SUFFIX_MESSAGE,
  quantityDecodeError,
  quantityFormat,
  quantityValue,
} from './quantity-api.ts';

const q = (text: string | number): Quantity => {
  const parsed = parseQuantity(text);
  if (!parsed) throw new Error(`not a quantity: ${text}`);
  return parsed;
};

describe('quantityDecodeError', () => {
  it.each(['250m', '0.5', '1Gi', '1e3', '1E-2', '+1k', '1.', '0', '128974848', '2E', 2, 0.25])(
    'decodes %s',
    (input) => {
      expect(quantityDecodeError(input)).toBeUndefined();
    },
  );

  it.each(['512MB', '1GB', '1.5 cores', '1gi', '', ' 1', '1KI', '1.2.3', 'abc', '1Gi '])(
    'refuses %j as malformed',
    (input) => {
      expect(quantityDecodeError(input)).toBe(QUANTITY_FORMAT_MESSAGE);
    },
  );

  it.each(['1Mii', '5k2', '1e', '1mi', '2iK'])('refuses %j for its suffix', (input) => {
    expect(quantityDecodeError(input)).toBe(QUANTITY_SUFFIX_MESSAGE);
  });

  it('leaves other types to the schema, and refuses numbers JSON cannot hold', () => {
    expect(quantityDecodeError(true)).toBeUndefined();
    expect(quantityDecodeError({ cpu: 1 })).toBeUndefined();
    expect(quantityDecodeError(Number.POSITIVE_INFINITY)).toBe(QUANTITY_FORMAT_MESSAGE);
  });
});

describe('comparing quantities', () => {
  it.each([
    ['1', '1000m', 0],
    ['1Gi', '1024Mi', 0],
    ['1G', '1Gi', -1],
    ['1500m', '1', 1],
    ['0.5', '500m', 0],
    ['1e3', '1k', 0],
    ['2', '1.999', 1],
    ['129M', '123Mi', 1],
    ['100m', '0.1', 0],
    ['-1', '0', -1],
  ] as const)('%s vs %s is %d', (a, b, order) => {
    expect(compareQuantities(q(a), q(b))).toBe(order);
    expect(compareQuantities(q(b), q(a))).toBe(-order || 0);
  });

  it('rounds finer than a nano unit up, as the API does', () => {
    expect(compareQuantities(q('0.0000000001'), q('1n'))).toBe(0);
    expect(compareQuantities(q('1.5n'), q('2n'))).toBe(0);
    expect(quantityValue(q('-1.5n'))).toEqual({ digits: -2n, exponent: -9 });
  });

  it('adds exactly', () => {
    const sum = addValues(quantityValue(q('100m')), quantityValue(q('0.9')));
    expect(compareValues(sum, quantityValue(q('1')))).toBe(0);
    const bytes = addValues(quantityValue(q('512Mi')), quantityValue(q('0.5Gi')));
    expect(compareValues(bytes, quantityValue(q('1Gi')))).toBe(0);
  });

  it('tells whole numbers from fractions', () => {
    expect(isWholeQuantity(q('512Mi'))).toBe(true);
    expect(isWholeQuantity(q('1000m'))).toBe(true);
    expect(isWholeQuantity(q('512m'))).toBe(false);
    expect(isWholeQuantity(q('0.5'))).toBe(false);
    expect(isWholeQuantity(q('1e-3'))).toBe(false);
  });
});

describe('canonicalQuantity', () => {
  it.each([
    ['1000m', '1'],
    ['0.5', '500m'],
    ['1500m', '1500m'],
    ['1.5', '1500m'],
    ['100m', '100m'],
    ['1000', '1k'],
    ['2', '2'],
    ['128Mi', '128Mi'],
    ['1024Mi', '1Gi'],
    ['1.5Gi', '1536Mi'],
    ['0.5Ki', '512'],
    ['2000Mi', '2000Mi'],
    ['512m', '512m'],
    ['1e3', '1e3'],
    ['10e2', '1e3'],
    ['1e1', '10'],
    ['0', '0'],
    ['0Mi', '0'],
    ['-1Gi', '-1Gi'],
    ['0.0000000001', '1n'],
    ['1000000E', '1000000E'],
    ['1e21', '1e21'],
  ])('prints %s as %s', (input, printed) => {
    expect(canonicalQuantity(input)).toBe(printed);
  });

  it('prints YAML numbers and refuses non-quantities', () => {
    expect(canonicalQuantity(0.25)).toBe('250m');
    expect(canonicalQuantity(4)).toBe('4');
    expect(canonicalQuantity('512MB')).toBeUndefined();
  });

  it('keeps the suffix family: E (exa) is decimal, e3 an exponent', () => {
    expect(quantityFormat(q('1Gi'))).toBe('binary');
    expect(quantityFormat(q('1E'))).toBe('decimal');
    expect(quantityFormat(q('1e3'))).toBe('exponent');
    expect(quantityFormat(q('1E3'))).toBe('exponent');
    expect(canonicalQuantity('2E')).toBe('2E');
  });
});

describe('printResource', () => {
  const sum = (...texts: string[]) =>
    texts.map((t) => quantityValue(q(t))).reduce((a, b) => addValues(a, b));

  it.each([
    ['cpu', ['250m', '100m', '50m'], '400m'],
    ['cpu', ['500m', '0.5'], '1'],
    ['cpu', ['1', '100m', '10m'], '1110m'],
    ['cpu', ['1', '1'], '2'],
    ['cpu', ['0.0005'], '500u'],
    ['memory', ['256Mi', '128Mi', '64Mi'], '448Mi'],
    ['memory', ['512Mi', '128Mi', '20Mi'], '660Mi'],
    ['memory', ['512Mi', '512Mi'], '1Gi'],
    ['memory', ['1Gi', '512Mi'], '1536Mi'],
    ['memory', ['500M', '500M'], '1G'],
    ['memory', ['1000'], '1k'],
    ['memory', ['100'], '100'],
    ['memory', ['1Gi', '1000'], '1073742824'],
    ['memory', ['1Gi', '1'], '1073741825'],
    ['ephemeral-storage', ['1Gi', '1Gi'], '2Gi'],
  ])('prints %s %j summed as %s', (resource, texts, printed) => {
    expect(printResource(resource, sum(...texts))).toBe(printed);
  });

  it('prints zero as 0', () => {
    expect(printResource('cpu', quantityValue(q('0m')))).toBe('0');
    expect(printResource('memory', quantityValue(q('0Mi')))).toBe('0');
  });
});

describe('printValue and maxValue', () => {
  it('keeps the family asked for', () => {
    const v = quantityValue(q('1536Mi'));
    expect(printValue(v, 'binary')).toBe('1536Mi');
    expect(printValue(v, 'decimal')).toBe('1610612736');
    expect(printValue(quantityValue(q('2e3')), 'exponent')).toBe('2e3');
  });

  it('picks the larger value, exactly', () => {
    const a = quantityValue(q('1'));
    const b = quantityValue(q('1001m'));
    expect(maxValue(a, b)).toBe(b);
    expect(maxValue(b, a)).toBe(b);
    expect(maxValue(a, quantityValue(q('1000m')))).toBe(a);
  });
});
