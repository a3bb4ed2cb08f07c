// What the API server does with a quantity (k8s.io/apimachinery/pkg/api/resource): which strings
// fail to decode and with which message, how two quantities compare, and how it prints one back
// (`String()`, the "canonical form" its messages quote). Values are exact (BigInt), rounded up to
// nano units the way ParseQuantity rounds them, so "1000m" equals "1" and "1Gi" equals "1024Mi".

import {
  exactValue,
  isBinarySuffix,
  parseQuantity,
  type ExactValue,
  type Quantity,
} from './quantity.ts';

/** The decode error for a string that does not match the quantity grammar at all. */
export const QUANTITY_FORMAT_MESSAGE =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
/** The decode error for a well-formed string with an unknown suffix (`1Mii`, `5k2`). */
export const QUANTITY_SUFFIX_MESSAGE = "unable to parse quantity's suffix";

const SUFFIX_CHARS = 'eEinumkKMGTP';
const KNOWN_SUFFIXES = new Set(['n', 'u', 'm', '', 'k', 'M', 'G', 'T', 'P', 'E']);
const DECIMAL_SUFFIX: Record<number, string> = {
  [-9]: 'n',
  [-6]: 'u',
  [-3]: 'm',
  0: '',
  3: 'k',
  6: 'M',
  9: 'G',
  12: 'T',
  15: 'P',
  18: 'E',
};
const BINARY_SUFFIX = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * The API server's decode error for a quantity (the whole object is refused with HTTP 400), or
 * `undefined` when it decodes. Follows `ParseQuantity`'s scanner, so the message is the one it
 * gives: `quantities must match …` for a malformed string ("512MB", "1.5 cores", "1gi"),
 * `unable to parse quantity's suffix` for a well-formed one with an unknown suffix ("1Mii").
 * YAML numbers always decode. Other types (booleans, maps) are the schema's to report: `undefined`.
 */
export function quantityDecodeError(input: unknown): string | undefined {
  if (typeof input === 'number')
    return Number.isFinite(input) ? undefined : QUANTITY_FORMAT_MESSAGE;
  if (typeof input !== 'string') return undefined;
  const suffix = scanSuffix(input);
  if (suffix === undefined) return QUANTITY_FORMAT_MESSAGE;
  return knownSuffix(suffix) ? undefined : QUANTITY_SUFFIX_MESSAGE;
}

/** The suffix `ParseQuantity` would split off, or `undefined` when the string is malformed. */
function scanSuffix(str: string): string | undefined {
  if (str === '') return undefined;
  const end = str.length;
  let pos = str[0] === '-' || str[0] === '+' ? 1 : 0;
  while (pos < end && str[pos] === '0') pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos < end && str[pos] === '.') {
    pos++;
    while (pos < end && isDigit(str[pos])) pos++;
  }
  const start = pos;
  while (pos < end && SUFFIX_CHARS.includes(str[pos]!)) pos++;
  if (pos < end && (str[pos] === '-' || str[pos] === '+')) pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  return pos < end ? undefined : str.slice(start);
}

function knownSuffix(suffix: string): boolean {
  if (KNOWN_SUFFIXES.has(suffix) || isBinarySuffix(suffix)) return true;
  return /^[eE][+-]?\d+$/.test(suffix);
}

/**
 * The value the API server keeps for a quantity: exact, with anything finer than 1n rounded up
 * (away from zero), as `ParseQuantity` does so that a tiny request still asks for something.
 */
export function quantityValue(q: Quantity): ExactValue {
  const { digits, exponent } = exactValue(q);
  if (exponent >= -9 || digits === 0n) return { digits, exponent };
  const factor = 10n ** BigInt(-9 - exponent);
  const magnitude = digits < 0n ? -digits : digits;
  const up = (magnitude + factor - 1n) / factor;
  return { digits: digits < 0n ? -up : up, exponent: -9 };
}

/** `a + b`, exactly. */
export function addValues(a: ExactValue, b: ExactValue): ExactValue {
  const exponent = Math.min(a.exponent, b.exponent);
  return { digits: scaled(a, exponent) + scaled(b, exponent), exponent };
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compareValues(a: ExactValue, b: ExactValue): -1 | 0 | 1 {
  const exponent = Math.min(a.exponent, b.exponent);
  const x = scaled(a, exponent);
  const y = scaled(b, exponent);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** -1, 0 or 1 as quantity `a` is less than, equal to or greater than `b` ("1" equals "1000m"). */
export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
  return compareValues(quantityValue(a), quantityValue(b));
}

function scaled(v: ExactValue, exponent: number): bigint {
  return v.digits * 10n ** BigInt(v.exponent - exponent);
}

/** True when the quantity is a whole number of base units (bytes, cores). */
export function isWholeQuantity(q: Quantity): boolean {
  const { digits, exponent } = quantityValue(q);
  return exponent >= 0 || digits % 10n ** BigInt(-exponent) === 0n;
}

/**
 * A quantity as the API server prints it back (`Quantity.String()`), which its messages quote:
 * the suffix family stays (binary, decimal or exponent) and the suffix is the largest that keeps
 * the number whole: "1000m" → "1", "0.5" → "500m", "1.5Gi" → "1536Mi", "1000" → "1k". A binary
 * quantity below 1Ki or not a whole number is printed in decimal ("0.5Ki" → "512").
 * Returns `undefined` for a value that is not a quantity.
 */
export function canonicalQuantity(input: unknown): string | undefined {
  const q = parseQuantity(input);
  if (!q) return undefined;
  return printValue(quantityValue(q), quantityFormat(q));
}

/** How the API prints a quantity: the suffix family it was written in (`Quantity.Format`). */
export type QuantityFormat = 'binary' | 'decimal' | 'exponent';

/** The suffix family of a quantity: `Ki`… binary, `e3`/`E3` exponent, `m`, `k`… `E` decimal. */
export function quantityFormat(q: Quantity): QuantityFormat {
  if (isBinarySuffix(q.suffix)) return 'binary';
  return q.suffix.length > 1 && /^[eE]/.test(q.suffix) ? 'exponent' : 'decimal';
}

/**
 * An exact value (base units, at most nano precision as {@link quantityValue} keeps it) printed
 * the way the API prints a quantity of `format`: the largest suffix of the family that keeps the
 * number whole. A binary value below 1Ki or not a whole number falls back to decimal, as the API
 * does. `printValue(1110m, 'decimal')` is "1110m"; `printValue(660 × 2^20, 'binary')` is "660Mi".
 */
export function printValue(value: ExactValue, format: QuantityFormat): string {
  if (value.digits === 0n) return '0';
  const whole = value.exponent >= 0 || value.digits % 10n ** BigInt(-value.exponent) === 0n;
  if (format === 'binary' && whole) {
    let n = value.exponent >= 0 ? scaled(value, 0) : value.digits / 10n ** BigInt(-value.exponent);
    if (n >= 1024n || n <= -1024n) {
      let power = 0;
      while (power < BINARY_SUFFIX.length - 1 && n % 1024n === 0n) {
        n /= 1024n;
        power++;
      }
      return `${n}${BINARY_SUFFIX[power]}`;
    }
  }
  let { digits, exponent } = value;
  while (digits % 10n === 0n) {
    digits /= 10n;
    exponent++;
  }
  const down = ((exponent % 3) + 3) % 3;
  digits *= 10n ** BigInt(down);
  exponent -= down;
  if (format === 'exponent') return exponent === 0 ? `${digits}` : `${digits}e${exponent}`;
  if (exponent > 18) {
    digits *= 10n ** BigInt(exponent - 18);
    exponent = 18;
  }
  return `${digits}${DECIMAL_SUFFIX[exponent]}`;
}

/**
 * A pod's total of a resource as Kubernetes prints it (`kubectl describe`, quota status): CPU in
 * decimal units, so whole cores ("2") or millicores ("1110m"); bytes (memory, ephemeral-storage)
 * in the largest binary unit that is exact ("660Mi", "1Gi"), and in decimal units when none is
 * ("500M", "1k"), as a sum of decimal quantities prints.
 */
export function printResource(resource: string, value: ExactValue): string {
  if (resource === 'cpu') return printValue(value, 'decimal');
  const binary = printValue(value, 'binary');
  // A byte count with no exact binary unit reads better as "500M" than as "500000000".
  return /i$/.test(binary) ? binary : printValue(value, 'decimal');
}

/** The larger of `a` and `b` (`a` when equal). */
export function maxValue(a: ExactValue, b: ExactValue): ExactValue {
  return compareValues(b, a) > 0 ? b : a;
}

/** Zero, as an exact value. */
export const ZERO_VALUE: ExactValue = { digits: 0n, exponent: 0 };
