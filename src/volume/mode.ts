/**
 * File modes of configMap, secret, projected and downwardAPI volumes. The API stores them as
 * integers (YAML has no octal a person would recognise: 0644 is written as 420), while people
 * think in octal, so forms show and accept octal text.
 */

/** The largest mode the API accepts: 0777. */
export const MAX_FILE_MODE = 0o777;

const OCTAL = /^(?:0o?)?([0-7]{1,4})$/i;

/** Why `raw` is not an octal file mode between 0000 and 0777, or `undefined` when it is. */
export function fileModeProblem(raw: string): string | undefined {
  const match = OCTAL.exec(raw.trim());
  if (!match) return 'Enter an octal mode like 0644 (digits 0 to 7).';
  if (parseInt(match[1]!, 8) > MAX_FILE_MODE) return 'Enter a mode between 0000 and 0777.';
  return undefined;
}

/**
 * The integer the API stores for octal text: `"0644"`, `"644"` and `"0o644"` are all 420.
 * @throws Error when the text is not a valid mode (check {@link fileModeProblem} first).
 */
export function parseFileMode(raw: string): number {
  const problem = fileModeProblem(raw);
  if (problem) throw new Error(problem);
  return parseInt(OCTAL.exec(raw.trim())![1]!, 8);
}

/**
 * Octal text for a stored mode: 420 is `"0644"`. Anything that is not a mode the API accepts is
 * shown as it is, so the form never hides what the YAML holds.
 */
export function formatFileMode(value: unknown): string {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_FILE_MODE)
    return `0${value.toString(8).padStart(3, '0')}`;
  return String(value);
}
