#!/usr/bin/env node
// `npm run bench`: builds what the chosen benches measure (so the numbers are about the code as it
// is now), then prints one table and writes it, samples and all, to .bench/latest.json. Byte
// budgets are checked by e2e/budget.spec.ts; here every figure, and every timing, is only
// reported. Timings give the median, the p90 and the number of samples. To add a measurement,
// add a function to `benches` that returns rows.
// Options:
//   --only a,b         some of: sizes, bytes, cold-load, interaction, scale, lint
//   --no-build         measure the dist/ (and, for lint, dist-cli/) there is
//   --dist DIR         measure another build folder instead of dist/ (never built here), e.g. one
//                      of the commit before a change: before/after comparisons
//   --runs N           cold loads, design loads, 1 MB edits and pastes per figure (default 5)
//   --url U --ready S  cold loads of any served app (a peer), to the first frame after the CSS
//                      selector S matches; only cold-load runs then
//   --lint-breakdown   time each rule family (printed anyway when linting costs over 2× the parse)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bytesRows, coldLoadRows } from './bench-load.mjs';
import { interactionRows } from './bench-interact.mjs';
import { withSite } from './bench-page.mjs';
import { scaleRows } from './bench-scale.mjs';
import { lintWorkload } from './lint-workload.mjs';
import { INITIAL_JS_BUDGET_GZIP, measureDist, measureInitialJs } from './size.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 5;
const LINT_DOCUMENTS = 1000;
const LINT_RUNS = 7;
const LINT_RATIO_TARGET = 2;

/**
 * One line of the table. For a timing, `value` is the median, `p90` the 90th percentile (nearest
 * rank) and `n` the number of samples, which .bench/latest.json keeps in `samples`.
 * @typedef {{ metric: string, value: string, p90?: string, n?: string, budget?: string,
 *   ratio?: string, note?: string, samples?: number[] }} Row
 * @typedef {{ dist: string, ownDist: boolean, runs: number, url?: string, ready?: string,
 *   lintBreakdown: boolean }} Options
 */

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (n) => `${Math.round(n)} ms`;

/** @param {Options} options @returns {Row[]} */
function sizes({ dist }) {
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
    { metric: 'build folder total size', value: kB(all.bytes), note: dist },
    { metric: 'build folder files', value: String(all.files) },
  ];
}

/**
 * Lint throughput: the CLI bundle's measureLint (the same src/ code, built by vite.cli.config.ts)
 * on a generated 1,000-document design (scripts/lint-workload.mjs), against parsing it alone.
 * @param {Options} options
 * @returns {Promise<Row[]>}
 */
async function lintSpeed({ lintBreakdown }) {
  const bundle = path.join(root, 'dist-cli', 'podsmith.mjs');
  if (!fs.existsSync(bundle)) {
    return [{ metric: 'lint', value: 'skipped', note: 'no dist-cli/podsmith.mjs: npm run build' }];
  }
  const { measureLint } = await import(pathToFileURL(bundle).href);
  const text = lintWorkload(LINT_DOCUMENTS);
  const wanted = lintBreakdown;
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

/** @param {Options} options @returns {Promise<Row[]>} */
const interaction = ({ dist }) => withSite(dist, 'interaction', interactionRows);

/** @param {Options} options @returns {Promise<Row[]>} */
const scale = ({ dist, runs }) =>
  withSite(dist, 'scale', (browser, url) => scaleRows(browser, url, runs));

/** @type {Record<string, (options: Options) => Row[] | Promise<Row[]>>} */
const benches = {
  sizes,
  bytes: bytesRows,
  'cold-load': coldLoadRows,
  interaction,
  scale,
  lint: lintSpeed,
};

/** The command line, checked: an unknown option or a bad value is an error, not a surprise. */
function readOptions() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      'no-build': { type: 'boolean' },
      dist: { type: 'string' },
      runs: { type: 'string' },
      url: { type: 'string' },
      ready: { type: 'string' },
      'lint-breakdown': { type: 'boolean' },
    },
    strict: true,
  });
  if (Boolean(values.url) !== Boolean(values.ready)) {
    throw new Error('--url and --ready go together: the page, and the CSS selector it is ready at');
  }
  const names = values.only
    ? values.only.split(',').filter(Boolean)
    : values.url
      ? ['cold-load']
      : Object.keys(benches);
  const unknown = names.filter((n) => !(n in benches));
  if (unknown.length || !names.length) {
    throw new Error(`--only takes some of: ${Object.keys(benches).join(', ')}`);
  }
  if (values.url && names.some((n) => n !== 'cold-load')) {
    throw new Error('--url times cold loads only: use it with --only cold-load');
  }
  const runs = values.runs === undefined ? RUNS : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  return {
    names,
    build: !values['no-build'],
    /** @type {Options} */
    options: {
      dist: values.dist ? path.resolve(values.dist) : path.join(root, 'dist'),
      ownDist: !values.dist,
      runs,
      url: values.url,
      ready: values.ready,
      lintBreakdown: Boolean(values['lint-breakdown']),
    },
  };
}

const RIGHT = new Set(['value', 'p90', 'n', 'ratio']);

function printTable(rows) {
  const cols = /** @type {(keyof Row)[]} */ ([
    'metric',
    'value',
    'p90',
    'n',
    'budget',
    'ratio',
    'note',
  ]);
  const head = Object.fromEntries(cols.map((c) => [c, c]));
  const all = [head, ...rows];
  const width = Object.fromEntries(
    cols.map((c) => [c, Math.max(...all.map((r) => (r[c] ?? '').length))]),
  );
  const line = (r) =>
    cols
      .map((c) => (RIGHT.has(c) ? (r[c] ?? '').padStart(width[c]) : (r[c] ?? '').padEnd(width[c])))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(cols.map((c) => '-'.repeat(width[c])).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(
    '\nRows with an n: value is the median of n samples, p90 the 90th percentile (nearest rank).',
  );
}

/** `npx vite build …` in the project, or an error. */
function build(args) {
  const done = spawnSync('npx', ['vite', 'build', ...args, '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (done.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

async function main() {
  const { names, build: wantBuild, options } = readOptions();
  const needsSite = !options.url && names.some((n) => n !== 'lint');
  if (wantBuild) {
    // What `npm run build` makes, as far as the chosen benches need it: the site (unless another
    // folder is measured), and the CLI bundle the lint bench runs.
    if (needsSite && options.ownDist) build([]);
    if (names.includes('lint')) build(['--config', 'vite.cli.config.ts']);
  }
  if (needsSite && !fs.existsSync(path.join(options.dist, 'index.html'))) {
    throw new Error(`${path.join(options.dist, 'index.html')} does not exist: build it first`);
  }
  const rows = [];
  for (const name of names) {
    console.error(`bench: ${name}…`);
    rows.push(...(await benches[name](options)));
  }
  console.log('');
  printTable(rows);
  fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
  fs.writeFileSync(
    path.join(root, '.bench', 'latest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), options, rows }, null, 2)}\n`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
