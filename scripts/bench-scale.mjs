// The `scale` figures of `npm run bench`: designs of 100 kB, 500 kB and 1 MB loaded with
// window.podsmith.setYaml, one form edit in the 1 MB design, and a 100-container pod pasted into
// the editor. Timed in the page (scripts/bench-page.mjs); reported, never asserted.
import { designOfSize, podWithContainers } from './bench-interact.mjs';
import { arm, imageFieldOf, openWith, timingRow, waitFor } from './bench-page.mjs';

/** A design with no card and a problem count that any real design changes. */
const EMPTY = 'apiVersion: v1\nkind: Pod\n';
/** The card of the first workload of designOfSize (lint-workload's app container). */
const MAIN = 'app, main container';
/** A large design's problem count changes twice (blank while it is read, then the count). */
const QUIET_MS = 2000;
const SIZES = [100_000, 500_000, 1_000_000];

const sizeName = (bytes) => (bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} kB`);

/** Waits until the problem count has been still for QUIET_MS: the page is done with the design. */
async function settle(page) {
  await page.evaluate(() => {
    window.__bench.arm({ pill: true });
    window.__bench.begin(performance.now());
  });
  await waitFor(page, [], { timeout: 120_000, quiet: QUIET_MS });
}

/**
 * `setYaml(text)` in a fresh page each run, from the call to the first frame with the first
 * workload's card and to the frame after the problem count's last change.
 */
async function loadTimes(browser, url, text, runs) {
  const card = [];
  const diagnostics = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await openWith(browser, url, EMPTY);
    try {
      await settle(page);
      await page.evaluate(
        ([t, main]) => {
          window.__bench.arm({ card: main, pill: true });
          window.__bench.begin(performance.now());
          window.podsmith.setYaml(t);
        },
        [text, MAIN],
      );
      const run = await waitFor(page, ['cardFrame', 'pillLastFrame'], {
        timeout: 120_000,
        quiet: QUIET_MS,
      });
      if (run.t.cardFrame !== undefined) card.push(run.t.cardFrame);
      if (run.t.pillLastFrame !== undefined) diagnostics.push(run.t.pillLastFrame);
    } finally {
      await context.close();
    }
  }
  return { card, diagnostics };
}

/**
 * A new Image for the first workload's main container in the 1 MB design, then Enter; one edit
 * to warm up, then `runs` timed. Timed from Enter, or from the value's input event when the
 * design already held it at Enter (a live form); to the first frame after Monaco, the card and
 * the problem count (its last change) showed it.
 */
async function bigEditTimes(browser, url, runs) {
  const { context, page } = await openWith(browser, url, designOfSize(1_000_000));
  const result = { editor: [], canvas: [], diagnostics: [], startedBy: new Set() };
  try {
    const image = await imageFieldOf(page, MAIN, '/shop-000:');
    await settle(page);
    for (let i = 0; i <= runs; i++) {
      const value = `registry.example.com/shop/shop-000:${i % 2 ? `1.27.${i}` : 'latest'}`;
      const line = `image: ${value}`;
      await arm(page, {
        key: 'Enter',
        fromInput: true,
        storeLine: `${line}\n`,
        line,
        canvas: { label: MAIN, text: value },
        pill: true,
      });
      await image.fill(value);
      await image.press('Enter');
      const run = await waitFor(page, ['lineFrame', 'canvasFrame', 'pillLastFrame'], {
        timeout: 60_000,
        quiet: QUIET_MS,
      });
      if (i === 0) continue;
      result.startedBy.add(run.startedBy);
      if (run.t.lineFrame !== undefined) result.editor.push(run.t.lineFrame);
      if (run.t.canvasFrame !== undefined) result.canvas.push(run.t.canvasFrame);
      if (run.t.pillLastFrame !== undefined) result.diagnostics.push(run.t.pillLastFrame);
    }
  } finally {
    await context.close();
  }
  return result;
}

/**
 * Pastes a 100-container pod over the editor's text (fresh page each run), from the Ctrl+V
 * keydown to the first frame with its last card.
 */
async function pasteTimes(browser, url, runs) {
  const text = podWithContainers(100);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await openWith(browser, url, EMPTY);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      const editor = page.getByRole('region', { name: 'YAML editor' }).locator('.monaco-editor');
      await editor.click();
      await page.keyboard.press('ControlOrMeta+A');
      await arm(page, { key: 'v', ctrl: true, card: 'part-99, sidecar' });
      await page.keyboard.press('ControlOrMeta+V');
      const run = await waitFor(page, ['cardFrame'], { timeout: 60_000 });
      if (run.t.cardFrame !== undefined) times.push(run.t.cardFrame);
    } finally {
      await context.close();
    }
  }
  return { times, bytes: text.length };
}

/** Rows for the bench table; `runs` loads (and edits, and pastes) per figure. */
export async function scaleRows(browser, url, runs) {
  const rows = [];
  for (const bytes of SIZES) {
    const text = designOfSize(bytes);
    const docs = text.split('\n---\n').length;
    const r = await loadTimes(browser, url, text, runs);
    const about = `${(text.length / 1e6).toFixed(2)} MB, ${docs} documents, set by podsmith.setYaml`;
    rows.push(
      timingRow(`load a ${sizeName(bytes)} design → canvas shows it`, r.card, {
        note: `${about}; first frame with its first card`,
      }),
      timingRow(`load a ${sizeName(bytes)} design → diagnostics shown`, r.diagnostics, {
        note: `frame after the problem count's last change (${QUIET_MS / 1000} s still after)`,
      }),
    );
  }
  const edit = await bigEditTimes(browser, url, runs);
  const from = `from ${[...edit.startedBy].join(' or ')}`;
  rows.push(
    timingRow('form edit in the 1 MB design → Monaco shows it', edit.editor, {
      note: `new Image of its first container + Enter, timed ${from}`,
    }),
    timingRow('form edit in the 1 MB design → canvas shows it', edit.canvas, {
      budget: '≤ 150 ms',
      note: "first frame with the card's new image",
    }),
    timingRow('form edit in the 1 MB design → diagnostics shown', edit.diagnostics),
  );
  const paste = await pasteTimes(browser, url, runs);
  rows.push(
    timingRow('paste 100 containers → first diagram drawn', paste.times, {
      note: `${(paste.bytes / 1e3).toFixed(0)} kB, one Deployment, Ctrl+V in the editor → first frame with its last card`,
    }),
  );
  return rows;
}
