// The `interaction` figures of `npm run bench`, each timed in the page from the key's keydown
// (scripts/bench-page.mjs): a keystroke in the inspector's Image field (live, before any Enter),
// Enter in that field, and a keystroke in the YAML editor until the canvas redraws the card.
// Reported, never asserted.
import { lintWorkload } from './lint-workload.mjs';
import {
  arm,
  FRAME_MS,
  imageFieldOf,
  openWith,
  spaced,
  timingRow,
  waitFor,
} from './bench-page.mjs';

/** Keys timed per pod size, after WARM_UP keys that are dropped. */
const KEYS = 20;
const WARM_UP = 2;
/** A form keystroke that has not changed Monaco's text after this long did not change the YAML. */
const LIVE_WAIT_MS = 1000;
/** With no change after this many keys, the form is not live: the rest would only wait. */
const GIVE_UP_AFTER = 6;
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

/** The card of container `i` of podWithContainers: the first is the main container. */
const cardOf = (i) => `part-${i}, ${i === 0 ? 'main container' : 'sidecar'}`;

/** Shows the middle container of the pod in the inspector; its index and Image field. */
async function middleImageField(page, count) {
  const middle = Math.floor(count / 2);
  return { middle, image: await imageFieldOf(page, cardOf(middle), `/part-${middle}:`) };
}

/**
 * One character at a time into the Image field of the middle container, never Enter: a digit
 * appended to the tag, then Backspace, and so on, so each key changes the value. Each key waits
 * until Monaco's text shows the new `image:` line and the frame that drew it was rendered, or
 * LIVE_WAIT_MS (then the YAML did not follow that key); keys are at least 150 ms apart.
 * @returns {Promise<{ keys: number, shown: number[], painted: number[], refocused: number }>}
 *   `keys` typed (warm-up included) and, for the timed keys that changed the YAML, ms from the
 *   keydown to the frame that drew Monaco's new line and to the task after that frame
 */
export async function formKeystrokes(browser, url, count) {
  const { context, page } = await openWith(browser, url, podWithContainers(count));
  try {
    const { image } = await middleImageField(page, count);
    const focus = async () => {
      await image.focus();
      await page.keyboard.press('End');
    };
    await focus();
    let value = await image.inputValue();
    const result = { keys: 0, shown: [], painted: [], refocused: 0 };
    let changed = 0;
    for (let i = 0; i < KEYS + WARM_UP; i++) {
      if (i >= GIVE_UP_AFTER && changed === 0) break;
      const key = i % 2 ? 'Backspace' : String((i / 2) % 10);
      const next = key === 'Backspace' ? value.slice(0, -1) : value + key;
      if (!(await image.evaluate((el) => el === document.activeElement))) {
        result.refocused += 1;
        await focus();
      }
      const pressed = Date.now();
      await arm(page, { key, line: `image: ${next}` });
      await page.keyboard.press(key);
      const run = await waitFor(page, ['linePaint'], { timeout: LIVE_WAIT_MS });
      value = next; // the field holds it, whether the YAML followed or not
      result.keys += 1;
      if (run?.t.linePaint !== undefined) {
        changed += 1;
        if (i >= WARM_UP) {
          result.shown.push(run.t.lineFrame);
          result.painted.push(run.t.linePaint);
        }
      }
      await spaced(pressed, 150);
    }
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Enter in the Image field of the middle container after a new value was filled in, the image
 * alternating between a pinned tag and `:latest` so the problem count changes every time. A run
 * where the design held the value before Enter (a live form) is left out and counted.
 * @returns {Promise<{ updated: number[], frame: number[], shown: number[], early: number,
 *   missed: number }>} ms from the Enter keydown to the page holding the new problem count (React
 *   committed the new YAML's diagnostics), to the frame that drew that, and to the frame that
 *   drew Monaco's new line; `missed`: runs that did not show both within 10 s
 */
export async function formEnters(browser, url, count) {
  const { context, page } = await openWith(browser, url, podWithContainers(count));
  try {
    const { middle, image } = await middleImageField(page, count);
    const result = { updated: [], frame: [], shown: [], early: 0, missed: 0 };
    for (let i = 0; i < KEYS + WARM_UP; i++) {
      // The first run turns the pinned tag into :latest: every run changes the problem count.
      const value = `registry.example.com/shop/part-${middle}:${i % 2 ? `1.27.${i}` : 'latest'}`;
      await image.fill(value);
      const line = `image: ${value}`;
      await arm(page, { key: 'Enter', pill: true, line, storeLine: `${line}\n` });
      await image.press('Enter');
      const run = await waitFor(page, ['pillFirstFrame', 'lineFrame'], {
        timeout: 10_000,
        unlessStoreHad: true,
      });
      if (run?.storeHad) result.early += 1;
      else if (run?.t.pillFirstFrame === undefined || run.t.lineFrame === undefined) {
        result.missed += 1;
      } else if (i >= WARM_UP) {
        result.updated.push(run.t.pillFirst);
        result.frame.push(run.t.pillFirstFrame);
        result.shown.push(run.t.lineFrame);
      }
    }
    return result;
  } finally {
    await context.close();
  }
}

/**
 * One letter typed at the end of the `- name: part-0` line in Monaco, until the frame that draws
 * the card under its new name. Keys 450 ms apart, so a pause the app waits for
 * before it reads the editor's text (200 ms when this was written) passes between them.
 * @returns {Promise<{ card: number[], missed: number }>}
 */
export async function editorKeystrokes(browser, url, count) {
  const { context, page } = await openWith(browser, url, podWithContainers(count));
  try {
    await page.getByRole('group', { name: cardOf(0), exact: true }).waitFor();
    const editor = page.getByRole('region', { name: 'YAML editor' }).locator('.monaco-editor');
    await editor.locator('.view-lines').click();
    // Monaco's "go to line" (Ctrl+G), then End: the caret sits after `part-0`. (A click on the
    // drawn line can land on the sticky headers above it, which move the caret elsewhere.)
    const text = podWithContainers(count);
    const line = text.split('\n').findIndex((l) => l.trim() === '- name: part-0') + 1;
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    const result = { card: [], missed: 0 };
    let name = 'part-0';
    for (let i = 0; i < KEYS + WARM_UP; i++) {
      const letter = String.fromCharCode(97 + (i % 26));
      name += letter;
      const pressed = Date.now();
      await arm(page, { key: letter, card: `${name}, main container` });
      await page.keyboard.press(letter);
      const run = await waitFor(page, ['cardFrame'], { timeout: 5000 });
      if (run?.t.cardFrame === undefined) result.missed += 1;
      else if (i >= WARM_UP) result.card.push(run.t.cardFrame);
      await spaced(pressed, 450);
    }
    return result;
  } finally {
    await context.close();
  }
}

const targetFor = {
  10: `≤ ${FRAME_MS.toFixed(1)} ms (p90 ≤ 33)`,
  100: '≤ 33 ms',
};

/** Rows for the bench table. */
export async function interactionRows(browser, url) {
  const rows = [];
  for (const count of [1, 10, 30, 100]) {
    const r = await formKeystrokes(browser, url, count);
    const pod = `${count} container${count === 1 ? '' : 's'}`;
    const names = [
      `form keystroke (live) → Monaco shows it, ${pod}`,
      `form keystroke (live) → next painted frame, ${pod}`,
    ];
    if (r.shown.length === 0) {
      const note = `0 of ${r.keys} keys changed the YAML before Enter (${LIVE_WAIT_MS} ms wait each)`;
      rows.push(...names.map((metric) => ({ metric, value: 'not live', n: '0', note })));
      continue;
    }
    const missed = r.keys - WARM_UP - r.shown.length;
    const also = [
      missed
        ? `${missed} of ${r.keys - WARM_UP} keys did not change it within ${LIVE_WAIT_MS} ms`
        : '',
      r.refocused ? `focus left the field ${r.refocused}×` : '',
    ].filter(Boolean);
    rows.push(
      timingRow(names[0], r.shown, {
        budget: targetFor[count],
        frames: true,
        note: ["keydown → the frame that drew Monaco's new line", ...also].join('; '),
      }),
      timingRow(names[1], r.painted, {
        frames: true,
        note: 'that frame rendered: the first task after it',
      }),
    );
  }
  for (const count of [10, 30]) {
    const r = await formEnters(browser, url, count);
    const early = [
      r.early ? `${r.early} Enter(s) left out: the YAML had the value before` : '',
      r.missed ? `${r.missed} Enter(s) showed no change within 10 s` : '',
    ]
      .filter(Boolean)
      .map((s) => `; ${s}`)
      .join('');
    rows.push(
      timingRow(`form Enter → YAML + problem count updated, ${count} containers`, r.updated, {
        frames: true,
        note: `Enter in Image → React committed the new diagnostics${early}`,
      }),
      timingRow(`form Enter → next frame, ${count} containers`, r.frame, { frames: true }),
      timingRow(`form Enter → Monaco shows it, ${count} containers`, r.shown, {
        frames: true,
        note: "the frame that drew Monaco's new image line",
      }),
    );
  }
  for (const count of [1, 10]) {
    const r = await editorKeystrokes(browser, url, count);
    rows.push(
      timingRow(
        `editor keystroke → card drawn, ${count} container${count === 1 ? '' : 's'}`,
        r.card,
        {
          budget: count === 10 ? '≤ 50 ms' : undefined,
          frames: true,
          note: `a letter typed into the container's name in Monaco → the frame that drew the renamed card${r.missed ? `; ${r.missed} key(s) never reached the canvas within 5 s` : ''}`,
        },
      ),
    );
  }
  return rows;
}
