const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;

/**
 * When a design was last edited, in words: "just now", "5 minutes ago", "3 hours ago",
 * "yesterday", "4 days ago", then the date ("12 Mar 2025"). A time in the future (another clock)
 * reads "just now"; an unknown time (0) reads "a long time ago".
 */
export function editedWords(updatedAt: number, now: number): string {
  if (updatedAt <= 0) return 'a long time ago';
  const ago = now - updatedAt;
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return plural(Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return plural(Math.floor(ago / HOUR), 'hour');
  if (ago < 2 * DAY) return 'yesterday';
  if (ago < 7 * DAY) return plural(Math.floor(ago / DAY), 'day');
  const d = new Date(updatedAt);
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}
