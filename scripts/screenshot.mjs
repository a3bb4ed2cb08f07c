#!/usr/bin/env node
// `npm run screenshot`: the README's picture of the app (docs/screenshot.png), taken from the
// production build in headless Chromium at 1440×900, with the "Log shipper (native sidecar)"
// template open. Run `npm run build` first.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs/screenshot.png');
const dist = path.join(root, 'dist');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error('No build in dist/: run npm run build first.');
  process.exit(1);
}

const server = await serveStatic({ root: dist });
const browser = await chromium.launch({
  executablePath: chromiumExecutablePath(),
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction(() => 'podsmith' in window);
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  await page.getByRole('button', { name: 'Log shipper (native sidecar)', exact: true }).click();
  await page.evaluate(() => window.podsmith.whenEditorReady());
  await page.getByRole('group', { name: 'logshipper, native sidecar', exact: true }).waitFor();
  // Let the notice time out and the editor settle, so the picture shows the design alone.
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await page.waitForTimeout(500);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(root, out)}`);
} finally {
  await browser.close();
  await server.close();
}
