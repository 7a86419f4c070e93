import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { IDS, KNOWN_KEYS, TEMPLATES } from './support/routes.ts';

// Hundreds of generated hostile or malformed URLs: random parameters, bad dates, unknown
// ids, very long values, broken percent-encoding. Each must leave a usable page (a main
// landmark with a heading) and no uncaught error. Most are opened by client-side navigation
// (fast); a sample is opened cold.

const junkValue = fc.oneof(
  fc.constantFrom('%', '%2', '%E4%BD', '%ZZ', '%00', '%u0041', '2023-13-01', '2023-02-30', '0000-00-00', '9999-99-99', '-1', 'NaN', 'null', 'undefined',
    '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', 'data:text/html,hi', '../../etc/passwd', ',,,', 'a,,b', '__proto__', 'constructor', '😀', '\u202e'),
  fc.constantFrom(...IDS.channel, ...IDS.actor, ...IDS.article, ...IDS.event).map((id) => `${id}${fc.sample(fc.constantFrom('', 'x', ',nope', '.9', '.0'), 1)[0]}`),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  fc.string({ unit: 'binary', maxLength: 20 }).map((s) => encodeURIComponent(s).replace(/%2/g, '%')),
  fc.nat({ max: 6000 }).map((n) => 'x'.repeat(n)),
);
const key = fc.oneof(fc.constantFrom(...KNOWN_KEYS), fc.string({ maxLength: 8 }).map(encodeURIComponent), fc.constant('%'));
const pathId = fc.oneof(
  fc.constantFrom(...IDS.channel, ...IDS.actor, ...IDS.article),
  fc.constantFrom('%', '%E4%BD', '..', '%2F', 'a%00b', 'x'.repeat(3000), 'UPPER', '<b>x</b>'),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);
const url = fc.tuple(fc.constantFrom(...TEMPLATES), pathId, fc.array(fc.tuple(key, junkValue), { maxLength: 6 }), fc.constantFrom('', '#', '#%', '#x')).map(
  ([template, id, params, hash]) => `${template.replace(':id', id)}${params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : ''}${hash}`,
);

const URLS = fc.sample(url, { numRuns: 300, seed: 20261123 });

describe('hostile and malformed URLs', () => {
  let browser: Browser;
  let opened: OpenedPage;
  beforeAll(async () => {
    browser = await launchBrowser();
    opened = await openPage(browser);
  });
  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });

  /** A usable page: the layout's main landmark holds a level-1 heading (a view, a notice or not-found). */
  async function assertUsable(path: string) {
    const { page } = opened;
    const ok = await page
      .waitForFunction(() => !!document.querySelector('main h1') && !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 5_000 })
      .then(() => true, () => false);
    const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
    expect(ok, `no usable page for /${shown}`).toBe(true);
    expect(opened.problems.filter((p) => p.startsWith('page error') || p.startsWith('console.error')), `after /${shown}`).toEqual([]);
  }

  it('opens 300 of them by in-app navigation, each leaving a usable page', { timeout: 240_000 }, async () => {
    const { page } = opened;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto(appUrl());
    await assertUsable('');
    for (const path of URLS) {
      await page.evaluate((target) => {
        window.history.pushState(null, '', target);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, new URL(path, appUrl()).pathname + new URL(`http://x/${path}`).search + new URL(`http://x/${path}`).hash);
      await assertUsable(path);
    }
    expect(dialogs).toBe(0);
  });

  // A path the server cannot decode ("/actors/%") never reaches the app: the static server
  // answers 400 before any script runs, as any host would. Such paths are covered above, by
  // in-app navigation; cold opens use the others (their queries stay as hostile as generated).
  const servable = URLS.filter((path) => {
    try {
      decodeURI(path.split(/[?#]/)[0]!);
      return true;
    } catch {
      return false;
    }
  });

  it('opens 40 of them cold, each leaving a usable page', { timeout: 120_000 }, async () => {
    const { page } = opened;
    for (const path of servable.slice(0, 40)) {
      opened.problems.length = 0;
      await page.goto(appUrl(path));
      await assertUsable(path);
    }
  });
});
