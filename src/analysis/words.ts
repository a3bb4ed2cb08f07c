/** Names as a sentence lists them: `a`, `a and b`, `a, b and c`. */
export function listWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** `one` for a single item, else `many`: `plural(1, 'sidecar', 'sidecars')`. */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
