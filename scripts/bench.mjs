#!/usr/bin/env node
// `npm run bench`: builds the app (always, so the numbers are about the code as it is now; pass
// --no-build to measure an existing dist/ and dist-cli/), then prints one table. Byte budgets are
// checked by e2e/budget.spec.ts; here every figure, and every timing, is only reported.
// To add a measurement, add a function to `benches` that returns rows.
// `--only lint` (or sizes, cold-load, interaction; comma-separated) runs some of them; `--lint-breakdown`
// times each rule family (printed anyway when linting costs more than twice the parse).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutablePath, missingChromiumHint } from './chromium.mjs';
import { interactionRows } from './bench-interact.mjs';
import { lintWorkload } from './lint-workload.mjs';
import { INITIAL_JS_BUDGET_GZIP, measureDist, measureInitialJs } from './size.mjs';
import { serveStatic } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const RUNS = 5;
const LINT_DOCUMENTS = 1000;
const LINT_RUNS = 7;
const LINT_RATIO_TARGET = 2;

/**
 * @typedef {{ metric: string, value: string, budget?: string, ratio?: string, note?: string }} Row
 */

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (n) => `${Math.round(n)} ms`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** @returns {Row[]} */
function sizes() {
  const initial = measureInitialJs(dist);
  const all = measureDist(dist);
  return [
    {
      metric: 'initial JS before the editor (gzip)',
      value: kB(initial.gzip),
      budget: kB(INITIAL_JS_BUDGET_GZIP),
      ratio: `${((100 * initial.gzip) / INITIAL_JS_BUDGET_GZIP).toFixed(0)}%`,
      note: `${initial.files.length} file(s): ${initial.files.map((f) => path.basename(f.file)).join(', ')}`,
    },
    { metric: 'initial JS before the editor (raw)', value: kB(initial.bytes) },
    { metric: 'dist/ total size', value: kB(all.bytes) },
    { metric: 'dist/ files', value: String(all.files) },
  ];
}

/**
 * Runs in the page before its own scripts: notes, on the first animation frame after each moment,
 * how long after navigation start (performance.now()) the Pod canvas first showed a container card
 * and Monaco first showed text. Measured in the page, so Playwright's polling adds nothing.
 */
function recordMilestones() {
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
  const check = () => {
    if (!marks.card) {
      const canvas = region('Pod canvas');
      const cards = canvas ? canvas.querySelectorAll('[aria-label], [aria-labelledby]') : [];
      if ([...cards].some((el) => CARD.test(nameOf(el)) && shown(el))) marks.card = -1;
    }
    if (
      !marks.editor &&
      shown(region('YAML editor')?.querySelector('.monaco-editor .view-lines .view-line'))
    ) {
      marks.editor = -1;
    }
    for (const key of ['card', 'editor']) {
      if (marks[key] === -1) {
        marks[key] = -2;
        requestAnimationFrame(() => (marks[key] = performance.now()));
      }
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
  });
}

/**
 * Cold loads in headless Chromium: a fresh browser context (empty cache) per run; time from
 * navigation start to the first container card in the "Pod canvas" region, and to Monaco text.
 * @returns {Promise<Row[]>}
 */
async function coldLoad() {
  const hint = missingChromiumHint();
  if (hint) {
    return [{ metric: 'cold load', value: 'skipped', note: hint.split('\n')[0] }];
  }
  const server = await serveStatic({ root: dist, base: '/' });
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: CHROMIUM_ARGS,
  });
  const toCard = [];
  const toEditor = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      await context.addInitScript(recordMilestones);
      const page = await context.newPage();
      await page.goto(server.url);
      const marks = await page.waitForFunction(
        () => {
          const m = /** @type {any} */ (window).__podsmithBench;
          return m.card > 0 && m.editor > 0 && m;
        },
        undefined,
        { timeout: 60_000 },
      );
      const { card, editor } = await marks.jsonValue();
      toCard.push(card);
      toEditor.push(editor);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const spread = (xs) =>
    `median of ${xs.length}; min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}`;
  return [
    {
      metric: 'cold load → first card on the canvas',
      value: ms(median(toCard)),
      note: spread(toCard),
    },
    {
      metric: 'cold load → Monaco shows the YAML',
      value: ms(median(toEditor)),
      note: spread(toEditor),
    },
  ];
}

/**
 * Lint throughput: the CLI bundle's measureLint (the same src/ code, built by vite.cli.config.ts)
 * on a generated 1,000-document design (scripts/lint-workload.mjs), against parsing it alone.
 * @returns {Promise<Row[]>}
 */
async function lintSpeed() {
  const bundle = path.join(root, 'dist-cli', 'podsmith.mjs');
  if (!fs.existsSync(bundle)) {
    return [{ metric: 'lint', value: 'skipped', note: 'no dist-cli/podsmith.mjs: npm run build' }];
  }
  const { measureLint } = await import(pathToFileURL(bundle).href);
  const text = lintWorkload(LINT_DOCUMENTS);
  const wanted = process.argv.includes('--lint-breakdown');
  let t = measureLint(text, { runs: LINT_RUNS, breakdown: wanted });
  // Over the target: say where the time goes (measured again, with a timer around each family).
  if (!wanted && t.ratio > LINT_RATIO_TARGET) {
    t = measureLint(text, { runs: LINT_RUNS, breakdown: true });
  }
  const docs = `${t.documents.toLocaleString('en-US')} documents`;
  const perSecond = (msTaken) =>
    `${Math.round((t.documents * 1000) / msTaken).toLocaleString('en-US')} documents/s`;
  const { error, warning, info } = t.findings;
  const rows = [
    {
      metric: `YAML parse, ${docs}`,
      value: ms(t.parseMs),
      note: `${kB(t.bytes)}; fastest of ${t.runs}; ${perSecond(t.parseMs)}`,
    },
    {
      metric: `lint (parse + rules), ${docs}`,
      value: ms(t.lintMs),
      budget: `≤ ${LINT_RATIO_TARGET}× parse`,
      ratio: `${t.ratio.toFixed(2)}×`,
      note: `${perSecond(t.lintMs)}; findings: ${error} errors, ${warning} warnings, ${info} info`,
    },
  ];
  const validateMs = (t.breakdown ?? []).reduce((sum, part) => sum + part.ms, 0);
  for (const part of t.breakdown ?? []) {
    rows.push({
      metric: `  lint: ${part.part}`,
      value: `${part.ms.toFixed(1)} ms`,
      note: `${((100 * part.ms) / validateMs).toFixed(0)}% of validateDesign (mean of ${t.runs})`,
    });
  }
  return rows;
}

/**
 * A keystroke in a form field (10 and 30 containers) and a 1 MB paste, in headless Chromium.
 * @returns {Promise<Row[]>}
 */
async function interaction() {
  const hint = missingChromiumHint();
  if (hint) return [{ metric: 'interaction', value: 'skipped', note: hint.split('\n')[0] }];
  const server = await serveStatic({ root: dist, base: '/' });
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: CHROMIUM_ARGS,
  });
  try {
    return await interactionRows(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}

const benches = { sizes, 'cold-load': coldLoad, interaction, lint: lintSpeed };

/** The benches `--only a,b` names (all of them without it). */
function selected() {
  const i = process.argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return Object.keys(benches);
  const arg = process.argv[i];
  const list = (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : process.argv[i + 1]) ?? '';
  const names = list.split(',').filter(Boolean);
  const unknown = names.filter((n) => !(n in benches));
  if (unknown.length || !names.length) {
    throw new Error(`--only takes some of: ${Object.keys(benches).join(', ')}`);
  }
  return names;
}

function printTable(rows) {
  const head = { metric: 'metric', value: 'value', budget: 'budget', ratio: 'ratio', note: 'note' };
  const cols = /** @type {(keyof Row)[]} */ (['metric', 'value', 'budget', 'ratio', 'note']);
  const all = [head, ...rows];
  const width = Object.fromEntries(
    cols.map((c) => [c, Math.max(...all.map((r) => (r[c] ?? '').length))]),
  );
  const line = (r) =>
    cols
      .map((c) =>
        c === 'value' || c === 'ratio'
          ? (r[c] ?? '').padStart(width[c])
          : (r[c] ?? '').padEnd(width[c]),
      )
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(cols.map((c) => '-'.repeat(width[c])).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main() {
  const names = selected();
  const needsSite = names.some((n) => n !== 'lint');
  if (!process.argv.includes('--no-build')) {
    // The same two builds as `npm run build`: the site, then the CLI bundle the lint bench runs.
    const builds = [
      ...(needsSite ? [['vite', 'build', '--logLevel', 'warn']] : []),
      ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'],
    ];
    for (const args of builds) {
      const build = spawnSync('npx', args, {
        cwd: root,
        stdio: 'inherit',
        shell: process.platform === 'win32',
      });
      if (build.status !== 0) throw new Error(`${args.join(' ')} failed`);
    }
  } else if (needsSite && !fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error('--no-build, but dist/index.html does not exist');
  }
  const rows = [];
  for (const name of names) rows.push(...(await benches[name]()));
  console.log('');
  printTable(rows);
  fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
  fs.writeFileSync(
    path.join(root, '.bench', 'latest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
