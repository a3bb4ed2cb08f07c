#!/usr/bin/env node
// `podsmith`: runs the CLI bundle that `npm run build` writes (Node cannot run src/cli's
// TypeScript directly). The bundle's main() returns the exit code; setting exitCode instead of
// calling process.exit lets a large output drain into a pipe first.
import fs from 'node:fs';

const bundle = new URL('../dist-cli/podsmith.mjs', import.meta.url);
if (!fs.existsSync(bundle)) {
  console.error(
    'podsmith: the CLI is not built yet. Run "npm run build" in the Podsmith folder ' +
      '(it writes dist-cli/podsmith.mjs), then try again.',
  );
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
