// Which Chromium the e2e tests and the bench drive. Shared by playwright.config.ts and scripts/*.mjs.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Flags for every launch. --no-sandbox because CI runs as root; the two network flags keep
 * Chromium itself from calling home, so the offline checks only see the page's own requests.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Debian's Chromium (`apt-get install chromium`). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** `$CHROMIUM_PATH`, else Playwright's own Chromium if it is installed, else Debian's. */
export function chromiumExecutablePath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser registry entry; fall through to the system one.
  }
  return bundled && fs.existsSync(bundled) ? bundled : SYSTEM_CHROMIUM;
}

/** A hint for humans when the chosen Chromium is not on disk, else `undefined`. */
export function missingChromiumHint() {
  const path = chromiumExecutablePath();
  if (fs.existsSync(path)) return undefined;
  return [
    `No Chromium at ${path}. The e2e tests need one of:`,
    "  npx playwright install chromium      (Playwright's own build, where downloads work)",
    '  apt-get install chromium             (Debian/Ubuntu system Chromium)',
    '  CHROMIUM_PATH=/path/to/chrome        (any other Chromium or Chrome)',
  ].join('\n');
}
