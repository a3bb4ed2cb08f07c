#!/usr/bin/env node
// `npm run gen:schema`: regenerates the committed Kubernetes schema in src/validate/schema/ with
// scripts/schema/generate.mjs. That generator is its own package (scripts/schema/package.json):
// its dependencies need Node 22, so this first installs them there, from their lockfile.
//
//   npm run gen:schema             writes the files (validators.js, validators.d.ts,
//                                  k8s.schema.json and their manifest, source.json)
//   npm run gen:schema -- --check  writes nothing; lists the files that differ from what the
//                                  generator writes today and exits 1 if there are any
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { GENERATOR_DIR, OUT_DIR } from './schema/manifest.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const unknown = args.filter((a) => a !== '--check');
if (unknown.length > 0) {
  console.error(`unknown argument ${unknown[0]}\nusage: npm run gen:schema [-- --check]`);
  process.exit(2);
}

if (Number(process.versions.node.split('.')[0]) < 22)
  console.warn(
    `Node ${process.versions.node}: the generator's packages declare Node >= 22, so npm warns ` +
      '(EBADENGINE) while installing them. Use Node 22 or newer to regenerate.',
  );
console.log('> npm ci (scripts/schema)');
const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
  cwd: GENERATOR_DIR,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (npm.status !== 0) {
  console.error(`could not install the generator's packages (npm ci in scripts/schema)`);
  process.exit(1);
}

const started = Date.now();
const { generate } = await import('./schema/generate.mjs');
const files = generate();
const relative = (name) => path.relative(process.cwd(), path.join(OUT_DIR, name));
if (check) {
  const read = (name) => {
    try {
      return fs.readFileSync(path.join(OUT_DIR, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  const stale = Object.keys(files).filter((name) => read(name) !== files[name]);
  const extra = fs
    .readdirSync(OUT_DIR)
    .filter((name) => !name.endsWith('.test.ts') && !(name in files));
  for (const name of stale) console.error(`stale: ${relative(name)}`);
  for (const name of extra) console.error(`not generated: ${relative(name)}`);
  if (stale.length + extra.length > 0) {
    console.error('run npm run gen:schema to regenerate');
    process.exit(1);
  }
  console.log(`${Object.keys(files).length} files up to date (${Date.now() - started} ms)`);
} else {
  for (const [name, text] of Object.entries(files)) {
    fs.writeFileSync(path.join(OUT_DIR, name), text);
    console.log(`${relative(name)}: ${text.length} bytes`);
  }
  console.log(`done in ${Date.now() - started} ms`);
}
