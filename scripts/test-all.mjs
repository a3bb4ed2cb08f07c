#!/usr/bin/env node
// `npm test`: every test there is. The static checks `npm run check` runs (typecheck, ESLint,
// Prettier, import cycles; one pass or failure each), the unit tests (vitest), then the production
// build, then the end-to-end tests (Playwright) against that build. Output streams as it comes;
// the last line is `N passed, N failed` over all of them, and the exit code is non-zero if
// anything failed. A runner that crashes, or a build that fails, counts as one failure of its own.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingChromiumHint } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, 'test-results');
const unitReport = path.join(reports, 'unit.json');
const e2eReport = path.join(reports, 'e2e.json'); // written by playwright.config.ts's json reporter

/** The checks `npm run check` runs besides the unit tests: [name in the summary, npm script]. */
const STATIC_CHECKS = [
  ['typecheck (tsc)', 'typecheck'],
  ['lint (eslint)', 'lint'],
  ['format (prettier)', 'format:check'],
  ['import cycles', 'cycles'],
];

/** Run a command with inherited stdio; resolve to its exit code (a spawn error counts as 1). */
function run(command, args) {
  console.log(`\n> ${[command, ...args].join(' ')}\n`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * vitest's json reporter (Jest's format). A test file that fails before its tests run (a syntax
 * error, a throwing import) has status 'failed' and no failed assertions: count it once.
 */
export function countVitest(report) {
  if (!report || typeof report.numPassedTests !== 'number') return undefined;
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/**
 * Playwright's json reporter. `flaky` cannot happen with retries: 0, but if it ever does it is a
 * failure, not a pass. Errors outside any test (a web server that would not start, a spec that
 * does not compile) are in `errors`: each counts once.
 */
export function countPlaywright(report) {
  const stats = report?.stats;
  if (!stats || typeof stats.expected !== 'number') return undefined;
  return {
    passed: stats.expected,
    failed: stats.unexpected + (stats.flaky ?? 0) + (report.errors?.length ?? 0),
    skipped: stats.skipped ?? 0,
  };
}

/** Combine a runner's report with its exit code: a non-zero exit always shows as a failure. */
function settle(name, counts, code) {
  if (!counts) {
    console.error(`\n${name}: no report was written (exit code ${code}); counting 1 failure`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  if (code !== 0 && counts.failed === 0) {
    console.error(
      `\n${name}: exited with code ${code} but reported no failed test; counting 1 failure`,
    );
    return { ...counts, failed: 1 };
  }
  return counts;
}

async function main() {
  fs.mkdirSync(reports, { recursive: true });
  for (const file of [unitReport, e2eReport]) fs.rmSync(file, { force: true });
  const results = [];

  // Each static check is one test: it passes or it fails, whatever it found.
  for (const [name, script] of STATIC_CHECKS) {
    const code = await run('npm', ['run', '--silent', script]);
    results.push([name, { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 }]);
  }

  const unitCode = await run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.relative(root, unitReport)}`,
  ]);
  results.push(['unit (vitest)', settle('vitest', countVitest(readJson(unitReport)), unitCode)]);

  // On CI the build's per-chunk table (a hundred Monaco language chunks) is noise: warnings only.
  const buildCode = await run('npx', [
    'vite',
    'build',
    ...(process.env.CI ? ['--logLevel', 'warn'] : []),
  ]);
  if (buildCode !== 0) {
    console.error('\nvite build failed: the end-to-end tests cannot run; counting 1 failure');
    results.push(['build (vite)', { passed: 0, failed: 1, skipped: 0 }]);
  } else {
    const hint = missingChromiumHint();
    if (hint) console.error(`\n${hint}\n`);
    const e2eCode = await run('npx', ['playwright', 'test']);
    results.push([
      'e2e (playwright)',
      settle('playwright', countPlaywright(readJson(e2eReport)), e2eCode),
    ]);
  }

  const total = { passed: 0, failed: 0, skipped: 0 };
  console.log('');
  for (const [name, counts] of results) {
    console.log(
      `  ${name.padEnd(18)} ${counts.passed} ok / ${counts.failed} not ok / ${counts.skipped} skipped`,
    );
    for (const key of Object.keys(total)) total[key] += counts[key];
  }
  const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
  console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
  return total.failed === 0 ? 0 : 1;
}

// Exported counters are for reuse; run only when executed as a script.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      console.log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}
