import type { ParsedDesign } from './parse.ts';

/** How many recent texts are remembered: the text before an edit, the one after, and a spare. */
const ENTRIES = 4;
/** Texts longer than this are not kept: a few of them would hold hundreds of megabytes of nodes. */
const MAX_CACHED_LENGTH = 1_000_000;

const recent = new Map<string, ParsedDesign>();

/**
 * Returns the parse of `text`, from the last few parses when it is one of them. The values are
 * frozen before they are shared, so code that mutated a parse would fail loudly instead of
 * changing what the next caller reads.
 */
export function cachedParse(text: string, parse: (text: string) => ParsedDesign): ParsedDesign {
  const hit = recent.get(text);
  if (hit) {
    recent.delete(text); // re-insert: a Map iterates oldest first
    recent.set(text, hit);
    return hit;
  }
  const parsed = parse(text);
  if (text.length > MAX_CACHED_LENGTH) return parsed;
  parsed.values.forEach(deepFreeze);
  recent.set(text, parsed);
  if (recent.size > ENTRIES) recent.delete(recent.keys().next().value as string);
  return parsed;
}

/** Forgets every remembered parse (the wording of their problems changed). */
export function forgetParses(): void {
  recent.clear();
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  if (ArrayBuffer.isView(value)) return; // `!!binary` bytes: typed arrays cannot be frozen
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
