// Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource): a decimal number and a
// suffix, e.g. "250m", "0.5", "512Mi", "1e3". Arithmetic is done on decimal digit strings with
// BigInt so that converting "1Pi" or "0.001" never picks up a floating-point error.

/** A quantity split as written: `number` is the decimal part, `suffix` the rest ("", "m", "Mi", "e3"). */
export interface Quantity {
  number: string;
  suffix: string;
}

const BINARY: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const EXPONENT = /^[eE][+-]?\d+$/;

/**
 * Splits a quantity into its number and suffix, or returns `undefined` when Kubernetes would
 * refuse it. YAML numbers (`cpu: 2`, `cpu: 0.5`) are quantities too.
 */
export function parseQuantity(input: unknown): Quantity | undefined {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return undefined;
    text = numberText(input);
  } else if (typeof input === 'string') text = input;
  else return undefined;
  const m = /^([+-]?[0-9.]+)(.*)$/.exec(text);
  if (!m) return undefined;
  const [, number, suffix] = m as unknown as [string, string, string];
  if (!NUMBER.test(number)) return undefined;
  // Own keys only: `1constructor` must not find what every object inherits.
  if (!(Object.hasOwn(BINARY, suffix) || Object.hasOwn(DECIMAL, suffix) || EXPONENT.test(suffix)))
    return undefined;
  return { number, suffix };
}

/** Why `input` is not a quantity a resource request or limit accepts, or `undefined`. */
export function quantityProblem(input: unknown): string | undefined {
  const q = parseQuantity(input);
  if (!q) return 'Not a Kubernetes quantity (e.g. "250m", "0.5", "512Mi", "1Gi").';
  if (q.number.startsWith('-') && !isZero(q.number))
    return 'A resource quantity cannot be negative.';
  return undefined;
}

/** Why `raw` is not a plain non-negative decimal number for a unit picker's number box, or `undefined`. */
export function amountProblem(raw: string): string | undefined {
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(raw)) return 'Enter a number such as 250 or 0.5.';
  return undefined;
}

/** The suffixes a unit picker offers, and how they read. */
export interface Unit {
  suffix: string;
  label: string;
}

/** CPU: whole or fractional cores, or millicores. */
export const CPU_UNITS: readonly Unit[] = [
  { suffix: '', label: 'cores' },
  { suffix: 'm', label: 'm' },
];

/** Memory and ephemeral storage: binary and decimal multiples of a byte. */
export const BYTE_UNITS: readonly Unit[] = [
  { suffix: 'Mi', label: 'Mi' },
  { suffix: 'Gi', label: 'Gi' },
  { suffix: 'Ki', label: 'Ki' },
  { suffix: 'Ti', label: 'Ti' },
  { suffix: 'M', label: 'M' },
  { suffix: 'G', label: 'G' },
  { suffix: '', label: 'bytes' },
];

/** The units a picker offers for a resource name (`cpu` in cores, everything else in bytes). */
export function unitsFor(resource: string): readonly Unit[] {
  return resource === 'cpu' ? CPU_UNITS : BYTE_UNITS;
}

/**
 * Splits a quantity for a number box and a unit picker offering `units`. A suffix the picker does
 * not offer ("1e3", "2k", "1Pi") is converted exactly to the base unit (cores or bytes), which every
 * picker offers. `undefined` when `input` is not a valid quantity.
 */
export function splitQuantity(
  input: unknown,
  units: readonly Unit[],
): { amount: string; suffix: string } | undefined {
  const q = parseQuantity(input);
  if (!q) return undefined;
  if (units.some((u) => u.suffix === q.suffix)) {
    return { amount: normalizeNumber(q.number), suffix: q.suffix };
  }
  return { amount: toBaseUnits(q), suffix: '' };
}

/**
 * The quantity string for a number typed in a number box and a unit picked beside it:
 * `formatQuantity("250", "m")` is "250m", `formatQuantity("02.50", "")` is "2.5". Always a string,
 * so the YAML holds what Kubernetes would print (a pure integer like "2" is quoted by the YAML
 * writer). Throws on a number {@link amountProblem} refuses.
 */
export function formatQuantity(amount: string, suffix: string): string {
  const problem = amountProblem(amount);
  if (problem) throw new Error(problem);
  return `${normalizeNumber(amount)}${suffix}`;
}

/** Drops leading zeros, trailing fraction zeros and a bare ".": "007.50" is "7.5", ".5" is "0.5". */
export function normalizeNumber(number: string): string {
  const sign = number.startsWith('-') ? '-' : '';
  const unsigned = number.replace(/^[+-]/, '');
  const [int = '', frac = ''] = unsigned.split('.');
  const i = int.replace(/^0+(?=\d)/, '') || '0';
  const f = frac.replace(/0+$/, '');
  const out = f ? `${i}.${f}` : i;
  return sign && !isZero(out) ? sign + out : out;
}

/** An exact decimal value: `digits × 10^exponent`. */
export interface ExactValue {
  digits: bigint;
  exponent: number;
}

/** The exact value of a quantity in base units (cores or bytes), binary suffixes multiplied out. */
export function exactValue(q: Quantity): ExactValue {
  const sign = q.number.startsWith('-') ? -1n : 1n;
  const [int = '', frac = ''] = q.number.replace(/^[+-]/, '').split('.');
  let digits = BigInt((int + frac).replace(/^0+(?=\d)/, '') || '0') * sign;
  let exponent = -frac.length;
  if (Object.hasOwn(BINARY, q.suffix)) digits *= 1024n ** BigInt(BINARY[q.suffix]!);
  else if (Object.hasOwn(DECIMAL, q.suffix)) exponent += DECIMAL[q.suffix]!;
  else exponent += Number(q.suffix.slice(1));
  return { digits, exponent };
}

/** True when the suffix is a power of 1024 (`Ki` … `Ei`): the API prints such a quantity in them. */
export function isBinarySuffix(suffix: string): boolean {
  return Object.hasOwn(BINARY, suffix);
}

/** The value of a quantity in base units (cores or bytes) as an exact decimal string. */
export function toBaseUnits(q: Quantity): string {
  const { digits, exponent } = exactValue(q);
  return decimalText(digits, exponent);
}

/** `digits × 10^exponent` written as a plain decimal number. */
function decimalText(digits: bigint, exponent: number): string {
  const negative = digits < 0n;
  let text = (negative ? -digits : digits).toString();
  if (exponent >= 0) text += '0'.repeat(exponent);
  else {
    const point = text.length + exponent;
    text =
      point > 0 ? `${text.slice(0, point)}.${text.slice(point)}` : `0.${'0'.repeat(-point)}${text}`;
  }
  return normalizeNumber((negative ? '-' : '') + text);
}

function isZero(number: string): boolean {
  return !/[1-9]/.test(number);
}

/** A JavaScript number as plain decimal digits (no exponent), as YAML gave it. */
function numberText(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  const [mantissa = '', exp = '0'] = text.split(/e/i);
  const q = parseQuantity(`${mantissa}e${Number(exp)}`);
  return q ? toBaseUnits(q) : text;
}

/**
 * A warning for a valid quantity the API server accepts but changes or flags, or `undefined`:
 * fractional bytes draw a warning, CPU finer than 1m is rounded up.
 */
export function quantityNote(resource: string, input: unknown): string | undefined {
  const q = parseQuantity(input);
  if (!q) return undefined;
  const base = toBaseUnits(q);
  const fraction = base.split('.')[1] ?? '';
  if (resource === 'cpu') {
    return fraction.length > 3
      ? 'CPU is counted in whole millicores: this is rounded up.'
      : undefined;
  }
  return fraction ? 'Not a whole number of bytes: the API server warns about this.' : undefined;
}
