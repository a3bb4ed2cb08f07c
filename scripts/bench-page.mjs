// What the timing benches of `npm run bench` share: the probe each page runs to time an action
// from inside the page (so Playwright's round trips add nothing), opening Podsmith with a design,
// and turning samples into table rows (median, p90, n).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutablePath, missingChromiumHint } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

export const FRAME_MS = 1000 / 60;

/**
 * Runs in the page before its own scripts. `__bench.arm(spec)` names the action's start and what
 * to wait for; the run starts at the keydown of `spec.key` (its event timeStamp, so time the key
 * waited for a busy main thread counts) or at `__bench.begin(performance.now())`. For each sight
 * the spec names, `run.t` gets, in ms from the start: `<sight>` when the DOM first shows it (a
 * MutationObserver), `<sight>Frame` at the frame that draws it (the change's own frame when a
 * requestAnimationFrame callback made it, as Monaco does, else the next one), and `<sight>Paint`
 * in the task after that frame, which runs once the frame has been rendered (style, layout,
 * paint).
 * Sights: `line`, a line of Monaco's rendered text (`.view-lines` in the "YAML editor" region)
 * equal to `spec.line` once trimmed; `card`, an element whose aria-label is `spec.card`;
 * `canvas`, the card `spec.canvas.label` whose image reads `spec.canvas.text`; with `spec.pill`,
 * `pillFirst` and `pillLast` for the first and the latest change of the problem count beside the
 * editor. A sight already true at the start is no change: `run.atStart[sight]` says so.
 * With `spec.storeLine`, `run.storeHad` says whether the design already held that text at the
 * keydown (a live form committed it before Enter). With `spec.fromInput`, a run starts at each
 * `input` event and is kept when the design holds `storeLine` by Enter (`startedBy: 'input'`);
 * otherwise Enter starts it afresh.
 */
export function probe() {
  const state = { armed: null, run: null };
  Object.defineProperty(window, '__bench', { value: state });
  const editorLines = () =>
    document
      .querySelector('[aria-label="YAML editor"]')
      ?.querySelectorAll('.monaco-editor .view-lines .view-line') ?? [];
  const labelled = (label) =>
    [...document.querySelectorAll('[aria-label]')].find(
      (el) => el.getAttribute('aria-label') === label,
    );
  const tests = {
    // Monaco draws spaces as no-break spaces.
    line: (want) =>
      [...editorLines()].some((el) => el.textContent.replace(/\u00a0/g, ' ').trim() === want),
    card: (label) => labelled(label) !== undefined,
    canvas: ({ label, text }) =>
      labelled(label)?.querySelector('.card-image')?.textContent === text,
  };
  const now = () => performance.now();
  const eventTime = (e) => Math.min(e.timeStamp || Infinity, now());

  // Whether a frame is being made now: set by the first requestAnimationFrame callback of each
  // frame (this loop registers before anything the page asks for in the same frame) and cleared
  // by a task posted from there, which runs once that frame has been rendered, or by an input
  // event (a task, so no frame is being made while it runs) that comes before that task.
  let frameOpen = false;
  const RUN_FRAMES_MS = 15_000;
  let looping = false;
  const frameLoop = () => {
    frameOpen = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (frameOpen = false);
    channel.port2.postMessage(null);
    const running = state.run && now() - state.run.start < RUN_FRAMES_MS;
    if (state.armed || running) requestAnimationFrame(frameLoop);
    else looping = false;
  };
  const loopFrames = () => {
    if (looping) return;
    looping = true;
    requestAnimationFrame(frameLoop);
  };

  /**
   * The frame that draws a sight, and the task after that frame was rendered; only for its
   * latest change. A change made in a frame's callbacks (Monaco draws its lines there) is drawn
   * by that frame; a change made in a task, by the next one.
   */
  const after = (run, name) => {
    const at = now();
    run.lastAt[name] = at;
    const drawn = (frameAt) => {
      if (run.lastAt[name] !== at) return; // a later change of the same sight took over
      run.t[`${name}Frame`] = frameAt - run.start;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (run.lastAt[name] === at) run.t[`${name}Paint`] = now() - run.start;
      };
      channel.port2.postMessage(null);
    };
    if (frameOpen) drawn(at);
    else requestAnimationFrame(() => drawn(now()));
  };
  const see = (run, name) => {
    if (run.t[name] !== undefined) return;
    run.t[name] = now() - run.start;
    after(run, name);
  };
  const check = (records) => {
    const run = state.run;
    if (!run) return;
    for (const [name, test] of Object.entries(tests)) {
      const want = run.spec[name];
      if (want !== undefined && !run.atStart[name] && run.t[name] === undefined && test(want)) {
        see(run, name);
      }
    }
    if (!run.spec.pill) return;
    for (const r of records) {
      const el = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!el?.closest('[aria-label="YAML editor"] .pill')) continue;
      see(run, 'pillFirst');
      after(run, 'pillLast');
      break;
    }
  };

  const holds = (text) => window.podsmith.getYaml().includes(text);
  const start = (spec, at, startedBy) => {
    const run = { spec, start: at, startedBy, atStart: {}, t: {}, lastAt: {} };
    for (const [name, test] of Object.entries(tests)) {
      if (spec[name] !== undefined) run.atStart[name] = test(spec[name]);
    }
    state.run = run;
    return run;
  };
  state.arm = (spec) => {
    state.armed = spec;
    state.run = null;
    loopFrames();
  };
  state.begin = (at) => {
    if (state.armed) start(state.armed, at, 'call');
    state.armed = null;
  };
  window.addEventListener(
    'input',
    (e) => {
      frameOpen = false;
      // A live form may take the value now: time it from here until Enter says otherwise.
      if (state.armed?.fromInput) start(state.armed, eventTime(e), 'input');
    },
    true,
  );
  window.addEventListener(
    'keydown',
    (e) => {
      frameOpen = false;
      const spec = state.armed;
      if (!spec || Boolean(spec.ctrl) !== (e.ctrlKey || e.metaKey)) return;
      // With Ctrl held, the key may come as `V` or `v`.
      if (spec.ctrl ? e.key.toLowerCase() !== spec.key : e.key !== spec.key) return;
      const at = eventTime(e);
      state.armed = null;
      const early = spec.storeLine !== undefined && holds(spec.storeLine);
      if (spec.fromInput && early && state.run?.startedBy === 'input') {
        state.run.enterAt = at - state.run.start; // the design took the value before Enter
        return;
      }
      start(spec, at, spec.key).storeHad = early;
    },
    true,
  );
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });
}

export const launch = () =>
  chromium.launch({ executablePath: chromiumExecutablePath(), args: CHROMIUM_ARGS });

/**
 * Serves the build folder `dist`, launches Chromium, runs `fn(browser, url, server)` and closes
 * both; without a Chromium, one row saying why `what` was skipped.
 * @returns {Promise<import('./bench.mjs').Row[]>}
 */
export async function withSite(dist, what, fn) {
  const hint = missingChromiumHint();
  if (hint) return [{ metric: what, value: 'skipped', note: hint.split('\n')[0] }];
  const server = await serveStatic({ root: dist, base: '/' });
  const browser = await launch();
  try {
    return await fn(browser, server.url, server);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A fresh context (empty cache) on Podsmith with the probe, holding `text` once Monaco is up. */
export async function openWith(browser, url, text) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(probe);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'podsmith' in window);
  await page.evaluate(
    (t) => window.podsmith.whenEditorReady().then(() => window.podsmith.setYaml(t)),
    text,
  );
  return { context, page };
}

/** Names the next action's start and sights (see `probe`). */
export const arm = (page, spec) => page.evaluate((s) => window.__bench.arm(s), spec);

/**
 * Waits until the run has every time in `marks`, or until there is nothing to wait for (a sight
 * already there at the start; with `unlessStoreHad`, the design held the change already), or
 * `timeout` ms; `quiet` ms: also until the problem count has not changed for that long (or, if it
 * never changed, since the start). Returns
 * the run as it is then, so a caller sees what was missed; never throws on a timeout.
 */
export async function waitFor(page, marks, { timeout, quiet = 0, unlessStoreHad = false }) {
  try {
    await page.waitForFunction(
      ([wanted, quietMs, storeHad]) => {
        const run = window.__bench.run;
        if (!run) return false;
        if (Object.values(run.atStart).some(Boolean) || (storeHad && run.storeHad)) return true;
        const lastChange = run.lastAt.pillLast ?? run.start;
        const calm = !quietMs || performance.now() - lastChange >= quietMs;
        return calm && wanted.every((m) => run.t[m] !== undefined);
      },
      [marks, quiet, unlessStoreHad],
      { timeout, polling: 50 },
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
  }
  // A run that never started (its key never came) has seen nothing.
  return page.evaluate(
    () => window.__bench.run ?? { t: {}, atStart: {}, lastAt: {}, startedBy: 'nothing' },
  );
}

/** Waits out what is left of `ms` since `since` (Date.now()): keys are spaced, not bunched. */
export async function spaced(since, ms) {
  const left = since + ms - Date.now();
  if (left > 0) await new Promise((done) => setTimeout(done, left));
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** The 90th percentile, nearest rank: of 20 samples the 18th smallest, of 5 the largest. */
export const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(0.9 * xs.length) - 1];

export const formatMs = (x) => (x < 100 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);

/**
 * A timing row: median as the value, p90 and n beside it, the samples kept for .bench/latest.json.
 * `frames`: the ratio column gives the median in 60 Hz frames.
 * @returns {import('./bench.mjs').Row}
 */
export function timingRow(metric, samples, { budget, note, frames = false } = {}) {
  if (!samples.length) return { metric, value: 'n/a', n: '0', budget, note };
  const m = median(samples);
  return {
    metric,
    value: formatMs(m),
    p90: formatMs(p90(samples)),
    n: String(samples.length),
    budget,
    ratio: frames ? `${(m / FRAME_MS).toFixed(2)} frames` : undefined,
    note,
    samples: samples.map((x) => Math.round(x * 10) / 10),
  };
}

/**
 * The inspector's Image field for the card `label`, whose image contains `imageHas`. Clicks the
 * card until it is so: a click on a card that is already shown deselects it.
 */
export async function imageFieldOf(page, label, imageHas) {
  const image = page.getByRole('textbox', { name: 'Image', exact: true });
  const shows = async () =>
    (await image.isVisible()) && (await image.inputValue()).includes(imageHas);
  for (let tries = 0; tries < 3 && !(await shows()); tries++) {
    await page.getByRole('group', { name: label, exact: true }).click({ timeout: 120_000 });
    await image.waitFor({ timeout: 2000 }).catch(() => undefined);
  }
  if (!(await shows())) throw new Error(`the inspector does not show the Image of ${label}`);
  return image;
}
