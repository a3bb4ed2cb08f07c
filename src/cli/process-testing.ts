import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The real `podsmith` process for the process tests: bin/podsmith.mjs running the bundle
// vite.cli.config.ts builds. `npm test` runs the unit tests before any build (and builds only the
// site), so the tests build the CLI themselves, with the same config `npm run build` uses, into a
// temporary folder laid out like the package (bin/ beside dist-cli/). They never read the working
// tree's dist-cli/, so a stale or half-written build there, or one running at the same time,
// cannot decide the result.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A CLI built into a temporary folder: run it in `dir`, remove it with `remove()`. */
export interface BuiltCli {
  dir: string;
  bin: string;
  /** Runs `podsmith <args>` in `dir`, with `input` on standard input; killed after 30 s. */
  run(args: string[], input?: string | Buffer, script?: string): SpawnSyncReturns<string>;
  remove(): void;
}

/** Builds the CLI into a fresh temporary folder (some seconds: call it from beforeAll). */
export function buildCli(): BuiltCli {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'podsmith-cli-'));
  const build = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'vite.cli.config.ts',
      '--outDir',
      path.join(dir, 'dist-cli'),
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`CLI build failed:\n${build.stdout}${build.stderr}`);
  fs.mkdirSync(path.join(dir, 'bin'));
  const bin = path.join(dir, 'bin', 'podsmith.mjs');
  fs.copyFileSync(path.join(root, 'bin', 'podsmith.mjs'), bin);
  return {
    dir,
    bin,
    run: (args, input, script = bin) =>
      spawnSync(process.execPath, [script, ...args], {
        cwd: dir,
        encoding: 'utf8',
        input,
        timeout: 30_000,
        maxBuffer: 64 * 1024 * 1024,
      }),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
