// Characters YAML does not allow anywhere in a text: the C0 and C1 control characters except tab,
// line feed, carriage return and NEL, DEL, unpaired surrogates and U+FFFE/U+FFFF (YAML 1.2,
// c-printable). kubectl refuses a file holding one ("control characters are not allowed"); the
// YAML library reads them as text. They mostly come from binary data or a broken copy.

// With the `u` flag a surrogate range matches unpaired surrogates only. Control characters are
// the point of this expression.
// eslint-disable-next-line no-control-regex
const NOT_ALLOWED = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** A character YAML does not allow, where it is and why (parseDesign puts the line first). */
export interface BadCharacter {
  offset: number;
  message: string;
}

/** The first character YAML does not allow in `text`, or `undefined`. */
export function findBadCharacter(text: string): BadCharacter | undefined {
  const match = NOT_ALLOWED.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const what =
    code >= 0xd800 && code <= 0xdfff
      ? `a broken character (${hex}, half of a UTF-16 pair)`
      : code >= 0xfffe
        ? `the noncharacter ${hex}`
        : `the control character ${hex}`;
  return {
    offset: match.index,
    message: `the text holds ${what}, which YAML does not allow and kubectl refuses: remove it (a binary file is not a design)`,
  };
}
