import { describe, expect, it } from 'vitest';
import { cronScheduleProblem } from './schedule.ts';

describe('cronScheduleProblem', () => {
  it.each([
    '0 * * * *',
    '*/5 * * * *',
    '0 3 * * 1-5',
    '30 2 1,15 * *',
    '0 0 ? JAN-MAR MON',
    '0-30/10 8-18 * * *',
    '@hourly',
    '@daily',
    '@every 1h30m',
  ])('accepts %s', (s) => expect(cronScheduleProblem(s)).toBeUndefined());

  it.each([
    ['', /needs a schedule/],
    ['* * * *', /five fields .* not 4/],
    ['* * * * * *', /not 6/],
    ['60 * * * *', /minute/],
    ['0 24 * * *', /hour/],
    ['0 0 0 * *', /day of month/],
    ['0 0 * 13 *', /month/],
    ['0 0 * * 7', /day of week/],
    ['*/0 * * * *', /step/],
    ['30-10 * * * *', /backwards/],
    ['? * * * *', /minute/],
    ['@often', /Unknown/],
    ['TZ=UTC 0 * * * *', /timeZone/],
    ['a b c d e', /minute/],
  ])('refuses "%s"', (s, message) => expect(cronScheduleProblem(s)).toMatch(message));
});
