#!/usr/bin/env node
// `npm run fuzz`: the property tests (random and damaged manifests through parse, validation,
// analysis, edits, undo and share links) with many more cases than CI gives them, and no time
// limit. `npm run fuzz -- --runs 20000` (or FUZZ_RUNS=20000) sets the cases per property.
// A failure prints fast-check's seed and the smallest counterexample it found.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--runs');
const runs = at === -1 ? (process.env.FUZZ_RUNS ?? '2000') : process.argv[at + 1];
if (!/^[1-9]\d*$/.test(runs ?? '')) {
  console.error(`npm run fuzz: --runs wants a whole number of cases, such as 5000 (got ${runs}).`);
  process.exit(2);
}

// Vitest picks files whose path holds any of these: every *.property.test.ts, the fuzz set
// and the share link tests (round trips and corruptions).
const files = ['property.test', 'src/fuzz/', 'src/share/'];
console.log(`Fuzzing with ${runs} cases per property.`);
const child = spawn('npx', ['vitest', 'run', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
  shell: process.platform === 'win32',
});
child.on('error', (error) => {
  console.error(`npm run fuzz: could not start vitest: ${error.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
