// Byte sizes of the built site, measured once here and used by `npm run bench` and e2e/budget.spec.ts.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Budget for the JavaScript a first visit must load before the lazy editor chunk (issue #2). */
export const INITIAL_JS_BUDGET_GZIP = 150_000;

// `import x from"./a.js"`, `import"./a.js"`, `export{a}from"./a.js"`; never `import("./a.js")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;
const ENTRY_SCRIPT = /<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["'][^>]*>/gi;
const MODULE_PRELOAD =
  /<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["'][^>]*>/gi;

/** gzip size at zlib's default level, the one most static servers use. */
export function gzipSize(buffer) {
  return zlib.gzipSync(buffer).length;
}

function localFile(distDir, fromFile, ref) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return undefined; // not ours
  const clean = ref.split(/[?#]/)[0];
  const base = clean.startsWith('/') ? distDir : path.dirname(fromFile);
  return path.resolve(base, clean.replace(/^\/+/, ''));
}

/**
 * The JavaScript a browser loads before anything lazy: the module scripts of `index.html`, the
 * chunks it modulepreloads, and (to be safe) every chunk those import statically. Lazily imported
 * chunks (the Monaco editor) and workers are not counted: nothing imports them statically.
 * @param {string} distDir the build output folder
 */
export function measureInitialJs(distDir) {
  const html = path.join(distDir, 'index.html');
  const text = fs.readFileSync(html, 'utf8');
  const queue = [];
  for (const re of [ENTRY_SCRIPT, MODULE_PRELOAD]) {
    for (const m of text.matchAll(re)) queue.push(localFile(distDir, html, m[1]));
  }
  const seen = new Set();
  const files = [];
  while (queue.length) {
    const file = queue.shift();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const buffer = fs.readFileSync(file); // a missing file is a broken build: let it throw
    files.push({
      file: path.relative(distDir, file),
      bytes: buffer.length,
      gzip: gzipSize(buffer),
    });
    for (const m of buffer.toString('utf8').matchAll(STATIC_IMPORT)) {
      queue.push(localFile(distDir, file, m[1]));
    }
  }
  if (files.length === 0) throw new Error(`${html} has no <script type="module" src=…>`);
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/** Total bytes and file count of the build output. */
export function measureDist(distDir) {
  let bytes = 0;
  let files = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files += 1;
        bytes += fs.statSync(full).size;
      }
    }
  };
  walk(distDir);
  return { bytes, files };
}
