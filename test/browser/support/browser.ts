import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';

// Flags for a quiet, reproducible headless Chromium: no sandbox (containers run as root),
// no GPU, and nothing that phones home (QUIC, component updates, sync, background fetches),
// so a test only ever talks to the preview server.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Debian's Chromium (found by global-setup.ts). launch() uses a fresh temp profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
}

/** An absolute URL inside the app: appUrl('articles/x') → http://127.0.0.1:PORT/hotline/articles/x */
export function appUrl(path = ''): string {
  return new URL(path.replace(/^\//, ''), inject('hotlineBaseUrl')).href;
}

export type OpenedPage = {
  page: Page;
  /** Console errors and warnings, uncaught page errors and failed requests, in order. */
  problems: string[];
  close: () => Promise<void>;
};

/**
 * Opens a page in a fresh context (no shared storage or cache between tests) and records
 * everything that should never happen, so a test can end with `expect(problems).toEqual([])`.
 */
export async function openPage(browser: Browser): Promise<OpenedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Playwright's 30 s default would let one broken locator eat the whole test timeout.
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      const { url, lineNumber } = message.location();
      problems.push(`console.${message.type()}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'failed';
    // A fetch cancelled because the view changed (react-query passes an AbortSignal) is not a fault.
    if (failure !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${failure}`);
  });
  return { page, problems, close: () => context.close() };
}

/** Path of a URL without the trailing slash, so '/hotline/' and '/hotline' compare equal. */
export function pathOf(url: string | URL): string {
  return new URL(url).pathname.replace(/\/+$/, '');
}

/**
 * The usual set-up of a browser test file, as hooks: one browser per `describe`, a fresh page
 * (own context, own problem list) per test. Read `session.opened` inside a test; open more
 * pages with `openPage(session.browser)`.
 */
export function pagePerTest(): { readonly browser: Browser; readonly opened: OpenedPage } {
  const session = {} as { browser: Browser; opened: OpenedPage };
  beforeAll(async () => {
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  beforeEach(async () => {
    session.opened = await openPage(session.browser);
  });
  afterEach(async () => {
    await session.opened?.close();
  });
  return session;
}
