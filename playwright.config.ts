import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './scripts/chromium.mjs';

// E2E tests run against the production build (`vite build` first), served by `vite preview`.
// E2E_PORT moves the preview server off 4173 when another one is already running there.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
const ci = Boolean(process.env.CI);
// E2E_DIST serves another build folder (parallel work on one machine: `vite build --outDir x`).
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  // Artifacts (traces, screenshots) only; reports live beside it, so a run never deletes them.
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: false,
  workers: 1, // 2 cores: one browser at a time keeps timings honest and tests stable
  retries: 0, // a flaky test is a failing test: never hide it behind a retry
  forbidOnly: ci,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumExecutablePath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: baseURL,
    reuseExistingServer: !ci,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
