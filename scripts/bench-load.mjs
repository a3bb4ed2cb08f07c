// The first-visit figures of `npm run bench`: cold loads (of Podsmith, or of any app at a URL, so
// it can be compared with a peer) and the bytes a first visit moves. Each load in a fresh
// browser context, so nothing comes from a cache. Reported, never asserted.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSize } from './size.mjs';
import { launch, timingRow, withSite } from './bench-page.mjs';
import { missingChromiumHint } from './chromium.mjs';

/** After Monaco shows the YAML, requests are still counted until none came for this long. */
const QUIET_MS = 3000;

/**
 * Runs in the page before its own scripts: notes, on the first animation frame after each moment,
 * how long after navigation start (performance.now()) it came. Without `selector`, Podsmith's
 * two: the Pod canvas first showing a container card, and Monaco first showing text; with it, the
 * first element matching `selector` that is laid out (has a box). Measured in the page, so
 * Playwright's polling adds nothing.
 * @param {string | null} selector
 */
function recordMilestones(selector) {
  const marks = {};
  Object.defineProperty(window, '__podsmithBench', { value: marks });
  const nameOf = (el) => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const ids = el.getAttribute('aria-labelledby');
    if (!ids) return '';
    return ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  };
  const region = (name) =>
    [...document.querySelectorAll('[aria-label], [aria-labelledby]')].find(
      (el) => nameOf(el) === name,
    );
  const shown = (el) => el && el.getClientRects().length > 0;
  const CARD = /, (main container|sidecar|native sidecar|init container)$/;
  const podsmith = {
    card: () => {
      const canvas = region('Pod canvas');
      const cards = canvas ? canvas.querySelectorAll('[aria-label], [aria-labelledby]') : [];
      return [...cards].some((el) => CARD.test(nameOf(el)) && shown(el));
    },
    editor: () =>
      shown(region('YAML editor')?.querySelector('.monaco-editor .view-lines .view-line')),
  };
  const tests = selector
    ? { ready: () => [...document.querySelectorAll(selector)].some(shown) }
    : podsmith;
  const check = () => {
    for (const [key, test] of Object.entries(tests)) {
      if (marks[key] || !test()) continue;
      marks[key] = -1;
      requestAnimationFrame(() => (marks[key] = performance.now()));
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
  });
}

/**
 * Loads `url` in a fresh context and waits for the milestones; the caller closes the context.
 * @returns {Promise<{ marks: Record<string, number>, context: import('@playwright/test').BrowserContext }>}
 */
async function loadCold(browser, url, selector) {
  const context = await browser.newContext();
  await context.addInitScript(recordMilestones, selector);
  const page = await context.newPage();
  await page.goto(url);
  const keys = selector ? ['ready'] : ['card', 'editor'];
  const marks = await page.waitForFunction(
    (wanted) => {
      const m = /** @type {any} */ (window).__podsmithBench;
      return wanted.every((k) => m[k] > 0) && m;
    },
    keys,
    { timeout: 60_000, polling: 50 },
  );
  return { marks: await marks.jsonValue(), context };
}

/** The milestones of `runs` cold loads, one fresh context each. */
async function coldLoads(browser, url, selector, runs) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const { marks, context } = await loadCold(browser, url, selector);
    all.push(marks);
    await context.close();
  }
  return all;
}

/**
 * Cold loads: `runs` fresh contexts, from navigation start to the first frame after the first
 * container card on the canvas and after Monaco's text; or, with `url`, of any served app to the
 * first frame after `ready` (a CSS selector) matches a laid-out element.
 * @returns {Promise<import('./bench.mjs').Row[]>}
 */
export async function coldLoadRows({ dist, runs, url, ready }) {
  if (url) {
    const hint = missingChromiumHint();
    if (hint) return [{ metric: 'cold load', value: 'skipped', note: hint.split('\n')[0] }];
    const browser = await launch();
    try {
      const loads = await coldLoads(browser, url, ready, runs);
      return [
        timingRow(
          `cold load → ${ready} shown`,
          loads.map((m) => m.ready),
          {
            note: `${url}; navigation start → first frame after it matched; fresh context each`,
          },
        ),
      ];
    } finally {
      await browser.close();
    }
  }
  return withSite(dist, 'cold load', async (browser, siteUrl) => {
    const loads = await coldLoads(browser, siteUrl, null, runs);
    const note = 'navigation start → first frame after it; fresh context each';
    return [
      timingRow(
        'cold load → first card on the canvas',
        loads.map((m) => m.card),
        { note },
      ),
      timingRow(
        'cold load → Monaco shows the YAML',
        loads.map((m) => m.editor),
        { note },
      ),
    ];
  });
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * What one first visit moves: every request the static server answered from navigation until
 * Monaco shows the YAML and then QUIET_MS pass without one (workers included: Chromium fetches
 * them from the same server). Raw bytes as served; gzip at zlib's default level, as a static
 * server that compresses would send them.
 * @returns {Promise<import('./bench.mjs').Row[]>}
 */
export async function bytesRows({ dist }) {
  return withSite(dist, 'first visit bytes', async (browser, siteUrl, server) => {
    const from = server.log.length;
    const { context } = await loadCold(browser, siteUrl, null);
    let seen;
    do {
      seen = server.log.length;
      await new Promise((done) => setTimeout(done, QUIET_MS));
    } while (server.log.length !== seen);
    await context.close();
    const served = server.log.slice(from);
    const gzipOf = new Map();
    const files = served
      .filter((r) => r.file)
      .map((r) => {
        const file = /** @type {string} */ (r.file);
        if (!gzipOf.has(file)) gzipOf.set(file, gzipSize(fs.readFileSync(file)));
        return { name: path.relative(dist, file), bytes: r.bytes, gzip: gzipOf.get(file) };
      });
    const raw = served.reduce((sum, r) => sum + r.bytes, 0);
    const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
    const failed = served.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url}`);
    const top = [...files]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 5)
      .map((f) => `${f.name} ${kB(f.gzip)}`);
    return [
      {
        metric: 'first visit → requests',
        value: String(served.length),
        note: `navigation → Monaco shows the YAML + ${QUIET_MS / 1000} s quiet; workers included${failed.length ? `; failed: ${failed.join(', ')}` : ''}`,
      },
      { metric: 'first visit → bytes served (raw)', value: kB(raw) },
      {
        metric: 'first visit → bytes served (gzip)',
        value: kB(gzip),
        note: `zlib default level, per file; top 5: ${top.join(', ')}`,
      },
    ];
  });
}
