/**
 * `next`, with every part that equals the same part of `prev` replaced by `prev`'s. After an edit
 * most of the design is unchanged: keeping those objects identical lets selectors and memoised
 * components see "nothing changed" and skip their work (structural sharing). Plain data only
 * (objects, arrays, primitives), as parsed YAML values, views and diagnostics are.
 */
export function share<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) {
    return next;
  }
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(next)) {
    const before = prev as unknown[];
    const items = next.map((item, i) => share(before[i], item));
    const same = items.length === before.length && items.every((item, i) => item === before[i]);
    return (same ? prev : items) as T;
  }
  if (Object.getPrototypeOf(next) !== Object.prototype) return next; // Uint8Array, Map, …
  const before = prev as Record<string, unknown>;
  const keys = Object.keys(next);
  const out: Record<string, unknown> = {};
  let same = keys.length === Object.keys(before).length;
  for (const key of keys) {
    const value = share(
      Object.hasOwn(before, key) ? before[key] : undefined,
      (next as Record<string, unknown>)[key],
    );
    // A key named __proto__ is data (YAML allows it): define it, never assign it.
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    if (value !== before[key] || !Object.hasOwn(before, key)) same = false;
  }
  return (same ? prev : out) as T;
}
