// What Go's decoders say about bytes a manifest carries inside a string: base64 for Secret
// `data` and ConfigMap `binaryData` (encoding/base64 StdEncoding, as encoding/json decodes a
// []byte), and JSON for the docker config Secrets and the tolerations annotation
// (encoding/json's scanner). Ported from the Go standard library (Go 1.24, which builds
// Kubernetes 1.34) so the messages are the API server's words.

/** The bytes of a string as Go sees it (UTF-8). */
export function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c.charCodeAt(0), i]));
const PAD = 61; // '='
const isNewline = (c: number | undefined) => c === 10 || c === 13;

/**
 * `base64.StdEncoding.Decode`: the decoded bytes, or Go's `CorruptInputError` message
 * (`illegal base64 data at input byte 4`). Newlines are skipped, padding is required.
 */
export function decodeBase64(text: string): { bytes: Uint8Array } | { error: string } {
  const src = utf8Bytes(text);
  const out: number[] = [];
  const corrupt = (at: number) => ({ error: `illegal base64 data at input byte ${at}` });
  let si = 0;
  while (si < src.length) {
    // decodeQuantum
    const dbuf = [0, 0, 0, 0];
    let dlen = 4;
    let j = 0;
    for (; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return { bytes: Uint8Array.from(out) };
        return corrupt(si - j);
      }
      const c = src[si]!;
      si++;
      const v = B64_INDEX.get(c);
      if (v !== undefined) {
        dbuf[j] = v;
        continue;
      }
      if (isNewline(c)) {
        j--;
        continue;
      }
      if (c !== PAD || j < 2) return corrupt(si - 1);
      if (j === 2) {
        // "==" is expected: the first '=' is consumed, skip newlines to the second.
        while (si < src.length && isNewline(src[si])) si++;
        if (si === src.length) return corrupt(src.length);
        if (src[si] !== PAD) return corrupt(si - 1);
        si++;
      }
      while (si < src.length && isNewline(src[si])) si++;
      if (si < src.length) return corrupt(si);
      dlen = j;
      break;
    }
    const val = (dbuf[0]! << 18) | (dbuf[1]! << 12) | (dbuf[2]! << 6) | dbuf[3]!;
    const bytes = [(val >> 16) & 0xff, (val >> 8) & 0xff, val & 0xff];
    out.push(...bytes.slice(0, dlen - 1));
  }
  return { bytes: Uint8Array.from(out) };
}

/** encoding/json's `quoteChar`: a byte as its error messages show it. */
function quoteChar(c: number): string {
  if (c === 0x27) return "'\\''";
  if (c === 0x22) return `'"'`;
  const escapes: Record<number, string> = {
    7: '\\a',
    8: '\\b',
    9: '\\t',
    10: '\\n',
    11: '\\v',
    12: '\\f',
    13: '\\r',
    0x5c: '\\\\',
  };
  if (escapes[c]) return `'${escapes[c]}'`;
  if (c < 0x20 || c === 0x7f) return `'\\x${c.toString(16).padStart(2, '0')}'`;
  if ((c >= 0x80 && c <= 0xa0) || c === 0xad) return `'\\u00${c.toString(16)}'`;
  return `'${String.fromCharCode(c)}'`;
}

class SyntaxError extends Error {}

/**
 * encoding/json's `checkValid`: Go's syntax error message for `data`, or `undefined` when it is
 * one well-formed JSON value. At the end of input the scanner is fed a space, as Go's does.
 */
export function goJsonSyntaxError(data: Uint8Array): string | undefined {
  let i = 0;
  const SPACE = 0x20;
  const peek = () => (i < data.length ? data[i]! : undefined);
  const fail = (c: number | undefined, context: string): never => {
    if (c === undefined) throw new SyntaxError('unexpected end of JSON input');
    throw new SyntaxError(`invalid character ${quoteChar(c)} ${context}`);
  };
  const ws = () => {
    while (i < data.length && [0x20, 0x09, 0x0a, 0x0d].includes(data[i]!)) i++;
  };
  // Inside a number or literal the end of input reads as a space, so its error is the space's.
  const next = () => (i < data.length ? data[i++]! : SPACE);
  const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;
  const isHex = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

  const literal = (word: string) => {
    for (const ch of word.slice(1)) {
      const c = next();
      if (c !== ch.charCodeAt(0)) fail(c, `in literal ${word} (expecting '${ch}')`);
    }
  };
  const digits = () => {
    while (isDigit(peek())) i++;
  };
  const number = () => {
    let c = next();
    if (c === 0x2d) {
      c = next();
      if (!isDigit(c)) fail(c, 'in numeric literal');
    }
    if (c !== 0x30) digits();
    if (peek() === 0x2e) {
      i++;
      const d = next();
      if (!isDigit(d)) fail(d, 'after decimal point in numeric literal');
      digits();
    }
    if (peek() === 0x65 || peek() === 0x45) {
      i++;
      let e = next();
      if (e === 0x2b || e === 0x2d) e = next();
      if (!isDigit(e)) fail(e, 'in exponent of numeric literal');
      digits();
    }
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      const c = peek();
      if (c === undefined) return fail(c, '');
      i++;
      if (c === 0x22) return;
      if (c === 0x5c) {
        const e = next();
        if (e === 0x75) {
          for (let k = 0; k < 4; k++) {
            const h = next();
            if (!isHex(h)) fail(h, 'in \\u hexadecimal character escape');
          }
        } else if (!'"\\/bfnrt'.includes(String.fromCharCode(e))) fail(e, 'in string escape code');
      } else if (c < 0x20) fail(c, 'in string literal');
    }
  };
  const value = (): void => {
    ws();
    const c = peek();
    if (c === 0x7b) {
      i++;
      ws();
      if (peek() === 0x7d) {
        i++;
        return;
      }
      for (;;) {
        if (peek() !== 0x22) fail(peek(), 'looking for beginning of object key string');
        string();
        ws();
        if (peek() !== 0x3a) fail(peek(), 'after object key');
        i++;
        value();
        ws();
        const d = peek();
        if (d === 0x7d) {
          i++;
          return;
        }
        if (d !== 0x2c) fail(d, 'after object key:value pair');
        i++;
        ws();
      }
    }
    if (c === 0x5b) {
      i++;
      ws();
      if (peek() === 0x5d) {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        const d = peek();
        if (d === 0x5d) {
          i++;
          return;
        }
        if (d !== 0x2c) fail(d, 'after array element');
        i++;
      }
    }
    if (c === 0x22) return string();
    if (c === 0x2d || isDigit(c)) return number();
    if (c === 0x74) return (i++, literal('true'));
    if (c === 0x66) return (i++, literal('false'));
    if (c === 0x6e) return (i++, literal('null'));
    fail(c, 'looking for beginning of value');
  };
  try {
    value();
    ws();
    if (i < data.length) fail(data[i], 'after top-level value');
    return undefined;
  } catch (e) {
    if (e instanceof SyntaxError) return e.message;
    throw e;
  }
}

/** The JSON kind Go names in an `UnmarshalTypeError` (`object`, `array`, `string`, …). */
export function goJsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'bool';
  return typeof value === 'number' ? 'number' : typeof value;
}

/**
 * `json.Unmarshal` into a `map[string]interface{}`: Go's error message, or `undefined`. JSON
 * `null` leaves the map nil, which is no error.
 */
export function unmarshalObjectError(data: Uint8Array): string | undefined {
  const syntax = goJsonSyntaxError(data);
  if (syntax) return syntax;
  const value: unknown = JSON.parse(new TextDecoder().decode(data));
  if (value === null || goJsonKind(value) === 'object') return undefined;
  return `json: cannot unmarshal ${goJsonKind(value)} into Go value of type map[string]interface {}`;
}
