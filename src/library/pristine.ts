/**
 * A short fingerprint of a text: its length and a 32-bit FNV-1a hash of its UTF-16 code units.
 * Enough to recognise a stock template's text without shipping every template with the page.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

/**
 * Fingerprints of the starter and every gallery template (src/templates). pristine.test.ts fails
 * and prints the new list whenever a template changes.
 */
export const STOCK_FINGERPRINTS: readonly string[] = [
  '1061:a90c5fa8',
  '110:47637062',
  '1183:ea3405bd',
  '1248:a3f725a3',
  '1257:4cb62cdc',
  '2105:8cac9e69',
  '555:fd66b9f7',
  '994:b1fd019c',
];

/**
 * True when `text` is a stock template unchanged: nothing the user wrote would be lost by
 * replacing it, so opening a link or a file over it need not ask.
 */
export function isStockText(text: string): boolean {
  return STOCK_FINGERPRINTS.includes(fingerprint(text));
}
