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

/** A Content-Security-Policy violation, as the page reported it. */
export interface CspViolation {
  /** The directive that blocked it, e.g. `script-src-elem`. */
  directive: string;
  /** What was blocked: a URL, `inline` or `eval`. */
  blocked: string;
  /** The page it happened on. */
  page: string;
}

interface Fixtures {
  /** Every URL any page, frame or worker of this test's browser context requested, in order. */
  requests: string[];
  /** Uncaught exceptions thrown in the page. */
  pageErrors: Error[];
  /**
   * Every CSP violation in any page of this test's browser context. A test that provokes some
   * on purpose takes them out (`cspViolations.splice(0)`) so that the guard sees none.
   */
  cspViolations: CspViolation[];
  /** Runs for every test, even ones that never mention it: see below. */
  offlineGuard: void;
  app: AppPage;
}

/**
 * Every spec imports `test` from here, so every test proves three things after it ran: no request
 * left this machine, the page threw no uncaught exception, and the Content-Security-Policy
 * blocked nothing (the app itself never needs what the policy forbids).
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
  cspViolations: async ({ context }, use) => {
    const violations: CspViolation[] = [];
    // A binding, not a list kept in the page: it survives navigations and closed pages.
    await context.exposeBinding('podsmithCspViolation', (_source, v: CspViolation) => {
      violations.push(v);
    });
    await context.addInitScript(() => {
      const page = window as unknown as { podsmithCspViolation(v: CspViolation): void };
      window.addEventListener('securitypolicyviolation', (e) =>
        page.podsmithCspViolation({
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          page: e.documentURI,
        }),
      );
    });
    await use(violations);
  },
  offlineGuard: [
    async ({ requests, pageErrors, cspViolations }, use) => {
      await use();
      const external = requests.filter((url) => !isLocalUrl(url));
      expect.soft(external, 'requests that left 127.0.0.1').toEqual([]);
      expect.soft(cspViolations, 'Content-Security-Policy violations').toEqual([]);
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
