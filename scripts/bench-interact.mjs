// The interaction figures of `npm run bench`: a keystroke in a form field, pasting a 100-container
// pod and a 1 MB design, each timed in the page from the key press to the frame that shows the
// result. Reported, never asserted.
import { lintWorkload } from './lint-workload.mjs';

export const FRAME_MS = 1000 / 60;
const KEYSTROKES = 20;
/** lint-workload's documents per app: a ConfigMap, a Deployment and a Service. */
const DOCS_PER_APP = 3;

/** A Deployment whose pod runs `count` containers, each as a team would write it. */
export function podWithContainers(count) {
  const containers = Array.from(
    { length: count },
    (_, i) => `        - name: part-${i}
          image: registry.example.com/shop/part-${i}:1.4.${i}
          ports:
            - name: http-${i}
              containerPort: ${8000 + i}
          env:
            - name: PART
              value: "${i}"
          resources:
            requests: { cpu: 50m, memory: 64Mi }
            limits: { cpu: 200m, memory: 128Mi }
          readinessProbe:
            httpGet: { path: /ready, port: http-${i} }
          volumeMounts:
            - name: shared
              mountPath: /shared
`,
  ).join('');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: parts
spec:
  replicas: 2
  selector:
    matchLabels: { app: parts }
  template:
    metadata:
      labels: { app: parts }
    spec:
      containers:
${containers}      volumes:
        - name: shared
          emptyDir: {}
`;
}

/** A multi-document design of about `bytes` bytes (whole apps of lint-workload). */
export function designOfSize(bytes) {
  const perApp = lintWorkload(DOCS_PER_APP).length;
  return lintWorkload(Math.max(1, Math.round(bytes / perApp)) * DOCS_PER_APP);
}

/**
 * Runs in the page: from each Enter (or Ctrl+V) key press, the time to the first frame after the
 * editor's problem count changed, and after a card named `cardName` showed, when one is given.
 */
function watch() {
  const state = { runs: [], current: null };
  Object.defineProperty(window, '__podsmithInteract', { value: state });
  // The first frame after the card showed; the frame after the problem count last changed (a
  // large design changes it twice: blank while it is read, then its diagnostics).
  const frame = (key) => {
    const run = state.current;
    if (!run || (key === 'card' && run.card !== undefined)) return;
    if (key === 'card') run.card = -1;
    requestAnimationFrame(() => {
      run[key] = performance.now() - run.start;
      run[`${key}At`] = performance.now();
    });
  };
  document.addEventListener(
    'keydown',
    (e) => {
      const paste = e.key.toLowerCase() === 'v' && (e.ctrlKey || e.metaKey);
      if (e.key !== 'Enter' && !paste) return;
      state.current = { start: performance.now(), cardName: state.cardName };
      state.runs.push(state.current);
    },
    true,
  );
  new MutationObserver((records) => {
    const run = state.current;
    if (!run) return;
    for (const r of records) {
      const el = r.target instanceof Element ? r.target : r.target.parentElement;
      if (el?.closest('.pill')) {
        // When the page holds the new YAML and diagnostics (React committed them), then the frame.
        run.updated ??= performance.now() - run.start;
        frame('diagnostics');
      }
    }
    if (run.cardName && document.querySelector(`[aria-label="${run.cardName}"]`)) frame('card');
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function openWith(browser, url, text) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(watch);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'podsmith' in window);
  await page.evaluate(
    (t) => window.podsmith.whenEditorReady().then(() => window.podsmith.setYaml(t)),
    text,
  );
  return { context, page };
}

/** Waits until `key` was seen and has not changed for `quietMs`. */
const settled = (page, key, quietMs = 0) =>
  page.waitForFunction(
    ([k, quiet]) => {
      const run = window.__podsmithInteract.current;
      return run && run[k] > 0 && performance.now() - run[`${k}At`] >= quiet;
    },
    [key, quietMs],
    { timeout: 120_000 },
  );

/**
 * Enter in the Image field of one container of a `count`-container pod, the image alternating
 * between a pinned tag and `:latest` so the diagnostics change every time.
 * @returns {Promise<{ updated: number, frame: number }[]>} milliseconds from the key press to the
 *   page holding the new YAML and problem count, and to the first frame after it
 */
export async function keystrokeTimes(browser, url, count) {
  const { context, page } = await openWith(browser, url, podWithContainers(count));
  try {
    const middle = Math.floor(count / 2);
    await page.getByRole('group', { name: `part-${middle}, sidecar`, exact: true }).click();
    const image = page.getByRole('textbox', { name: 'Image', exact: true });
    const times = [];
    for (let i = 0; i < KEYSTROKES + 2; i++) {
      // The first run turns the pinned tag into :latest: every run changes the problem count.
      const tag = i % 2 ? `1.27.${i}` : 'latest';
      await image.fill(`registry.example.com/shop/part-${middle}:${tag}`);
      await image.press('Enter');
      await settled(page, 'diagnostics');
      const run = await page.evaluate(() => window.__podsmithInteract.current);
      if (i >= 2) times.push({ updated: run.updated, frame: run.diagnostics }); // two warm up
    }
    return times;
  } finally {
    await context.close();
  }
}

/**
 * Pastes `text` over the editor's text, timing until the card named `cardName` is drawn.
 * @returns {Promise<{ card: number, diagnostics: number, bytes: number }>}
 */
export async function pasteTimes(browser, url, text, cardName = 'app, main container') {
  const { context, page } = await openWith(browser, url, 'apiVersion: v1\nkind: Pod\n');
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    const editor = page.getByRole('region', { name: 'YAML editor' }).locator('.monaco-editor');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.evaluate((name) => (window.__podsmithInteract.cardName = name), cardName);
    await page.keyboard.press('ControlOrMeta+V');
    await settled(page, 'card');
    await settled(page, 'diagnostics', 2000);
    const run = await page.evaluate(() => window.__podsmithInteract.current);
    return { card: run.card, diagnostics: run.diagnostics, bytes: text.length };
  } finally {
    await context.close();
  }
}

/** Rows for the bench table. */
export async function interactionRows(browser, url) {
  const rows = [];
  for (const count of [10, 30]) {
    const runs = await keystrokeTimes(browser, url, count);
    const row = (metric, times, budget) => {
      const m = median(times);
      return {
        metric,
        value: `${m.toFixed(1)} ms`,
        budget,
        ratio: `${(m / FRAME_MS).toFixed(2)} frames`,
        note: `median of ${times.length}; min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}`,
      };
    };
    rows.push(
      row(
        `form keystroke → YAML + diagnostics updated, ${count} containers`,
        runs.map((r) => r.updated),
        count === 10 ? `≤ ${FRAME_MS.toFixed(1)} ms` : undefined,
      ),
      row(
        `form keystroke → next frame (editor drawn), ${count} containers`,
        runs.map((r) => r.frame),
      ),
    );
  }
  // The last of 100 cards drawn: the whole diagram of a large pod, from the paste.
  const hundred = await pasteTimes(browser, url, podWithContainers(100), 'part-99, sidecar');
  rows.push({
    metric: 'paste 100 containers → first diagram drawn',
    value: `${Math.round(hundred.card)} ms`,
    note: `${(hundred.bytes / 1e3).toFixed(0)} kB, one Deployment; to the frame with its last card`,
  });
  const paste = await pasteTimes(browser, url, designOfSize(1_000_000));
  rows.push(
    {
      metric: 'paste 1 MB → canvas shows it',
      value: `${Math.round(paste.card)} ms`,
      note: `${(paste.bytes / 1e6).toFixed(2)} MB multi-document design`,
    },
    { metric: 'paste 1 MB → diagnostics shown', value: `${Math.round(paste.diagnostics)} ms` },
  );
  return rows;
}
