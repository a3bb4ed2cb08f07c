// Test helpers around scripts/helm-render: Helm's template engine semantics rebuilt on Go's
// text/template and Debian's sprig 3.2.3 and sigs.k8s.io/yaml 1.3.0. It is NOT the Helm binary
// (no Helm package exists for Debian and nothing can be downloaded here); main.go says what it
// copies from Helm's sources and what it leaves out.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextFile } from '../kustomize/names.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const scripts = path.join(root, 'scripts/helm-render');
const cache = path.join(root, 'node_modules/.cache/helm-render');

/** The Go sources the renderer builds from, as Debian installs them. */
const SOURCES = [
  ['/usr/share/gocode/src/github.com/Masterminds/sprig', 'golang-github-masterminds-sprig-dev'],
  ['/usr/share/gocode/src/sigs.k8s.io/yaml', 'golang-k8s-sigs-yaml-dev'],
] as const;

/** Why the Go renderer cannot be built on this machine, or `undefined` when it can. */
export const goRendererMissing: string | undefined = (() => {
  if (spawnSync('go', ['version']).status !== 0)
    return 'go is not on PATH (Debian: apt-get install golang-go)';
  const missing = SOURCES.filter(([dir]) => !fs.existsSync(dir)).map(([, pkg]) => pkg);
  if (missing.length) return `Go sources missing (Debian: apt-get install ${missing.join(' ')})`;
  return undefined;
})();

let binary: string | undefined;

/**
 * The renderer's binary, built with scripts/helm-render/build.sh into node_modules/.cache/
 * helm-render/<hash of its sources>/ the first time it is asked for. Test files running at the
 * same time may both build it: each builds to its own file and renames it into place.
 */
export function helmRenderBinary(): string {
  if (binary) return binary;
  const hash = crypto.createHash('sha256');
  for (const f of ['main.go', 'build.sh']) hash.update(fs.readFileSync(path.join(scripts, f)));
  const dir = path.join(cache, hash.digest('hex').slice(0, 16));
  const out = path.join(dir, 'helmrender');
  if (!fs.existsSync(out)) {
    fs.mkdirSync(dir, { recursive: true });
    const building = `${out}.${process.pid}`;
    execFileSync('bash', [path.join(scripts, 'build.sh'), building], {
      env: { ...process.env, GOCACHE: path.join(cache, 'gocache') },
      stdio: 'pipe',
    });
    fs.renameSync(building, out);
  }
  binary = out;
  return out;
}

/** One document of the rendered manifest: the template it came from and its data. */
export interface RenderedDocument {
  source: string;
  object: unknown;
}

/** Renders the chart in `dir` with its values.yaml; throws with the renderer's stderr. */
export function renderChart(dir: string): RenderedDocument[] {
  const run = spawnSync(helmRenderBinary(), ['--json', dir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`helmrender failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as RenderedDocument[];
}

/** Writes `files` under `dir`, making folders as needed. */
export function writeFiles(dir: string, files: readonly TextFile[]): void {
  for (const f of files) {
    const file = path.join(dir, f.path);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, f.text);
  }
}
