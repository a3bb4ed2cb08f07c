const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new design id: the time in base 36 (so ids sort roughly by creation) and ten random
 * characters, enough that two tabs creating designs in the same millisecond do not collide.
 */
export function newDesignId(now: number, random: () => number): string {
  let tail = '';
  for (let i = 0; i < 10; i++) tail += ALPHABET[Math.floor(random() * ALPHABET.length) % 36];
  return `${Math.max(0, Math.floor(now)).toString(36)}-${tail}`;
}
