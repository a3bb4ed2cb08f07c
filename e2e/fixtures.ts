import { test as base, expect } from '@playwright/test';
import { AppPage } from './pages/app.ts';

/** Hosts a test page may talk to: this machine only (DESIGN.md §4, "Offline"). */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for URLs that stay on this machine or inside the page (blob:, data:). */
export function isLocalUrl(raw: string): boolean {
  const url = new URL(raw);
  if (url.protocol === 'blob:' || url.protocol === 'data:') return true;
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname);
}

interface Fixtures {
  /** Every URL any page, frame or worker of this test's browser context requested, in order. */
  requests: string[];
  /** Uncaught exceptions thrown in the page. */
  pageErrors: Error[];
  /** Runs for every test, even ones that never mention it: see below. */
  offlineGuard: void;
  app: AppPage;
}

/**
 * Every spec imports `test` from here, so every test proves two things after it ran: no request
 * left this machine, and the page threw no uncaught exception.
 */
export const test = base.extend<Fixtures>({
  requests: async ({ context }, use) => {
    const urls: string[] = [];
    context.on('request', (request) => urls.push(request.url()));
    await use(urls);
  },
  pageErrors: async ({ context }, use) => {
    const errors: Error[] = [];
    context.on('weberror', (webError) => errors.push(webError.error()));
    await use(errors);
  },
  offlineGuard: [
    async ({ requests, pageErrors }, use) => {
      await use();
      const external = requests.filter((url) => !isLocalUrl(url));
      expect.soft(external, 'requests that left 127.0.0.1').toEqual([]);
      expect(
        pageErrors.map((e) => e.stack ?? e.message),
        'uncaught errors in the page',
      ).toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

export { expect };
