import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser } from './support/browser.ts';
import { ROUTES } from './support/routes.ts';

// The quality bar on every route of the production build: axe-core (WCAG 2.1 A/AA, no
// serious or critical violation) in the light and the dark colour scheme, no console error
// or warning, no CSP violation, and no horizontal scrolling of the page at 390 px.

type Scheme = 'light' | 'dark';

async function settle(page: Page) {
  await page.waitForFunction(() => !!document.querySelector('main h1') && !document.querySelector('[aria-busy="true"]'));
  // Charts and fonts lay out after the data arrives.
  await page.waitForTimeout(150);
}

async function contextFor(browser: Browser, options: { scheme: Scheme; width?: number }) {
  const context = await browser.newContext({
    colorScheme: options.scheme,
    reducedMotion: 'reduce',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const problems: string[] = [];
  context.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { context, problems };
}

describe.each(['light', 'dark'] as const)('every route in the %s scheme', (scheme) => {
  let browser: Browser;
  let context: BrowserContext;
  let problems: string[];
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, problems } = await contextFor(browser, { scheme }));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it.each(ROUTES)('$name passes axe with no serious or critical violation, and logs nothing', async ({ path }) => {
    const page = await context.newPage();
    problems.length = 0;
    await page.goto(appUrl(path));
    await settle(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
    expect(problems).toEqual([]);
    // The context asks for reduced motion: nothing may be animating.
    const moving = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
    expect(moving).toBe(0);
    await page.close();
  });
});

describe('at 390 px wide', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context } = await contextFor(browser, { scheme: 'light', width: 390 }));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it.each(ROUTES)('$name does not scroll the page sideways', async ({ path }) => {
    const page = await context.newPage();
    await page.goto(appUrl(path));
    await settle(page);
    const { scrollWidth, clientWidth, wide } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      // The elements that stick out, to say what to fix.
      wide: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((el) => {
          // Inside a container that scrolls (or clips) sideways, it does not widen the page.
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
            if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return false;
          }
          return true;
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
    }));
    expect({ overflow: scrollWidth > clientWidth, wide }).toEqual({ overflow: false, wide: [] });
    await page.close();
  });
});

describe('served by vite preview', () => {
  it('sends the CSP with frame-ancestors none, and the page carries it as a meta tag', async () => {
    const response = await fetch(appUrl());
    const header = response.headers.get('content-security-policy') ?? '';
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).toContain("script-src 'self'");
    expect(header).not.toContain('unsafe-eval');
    expect(header).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*object-src &#39;none&#39;; base-uri &#39;none&#39;/);
  });
});
