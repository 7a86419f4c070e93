import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/schema/dataset.ts';
import { appUrl, launchBrowser, openPage, pathOf, type OpenedPage } from './support/browser.ts';

// The shell on the real build under /hotline/: navigation, cold deep links, the not-found
// page, and a clean console throughout. The expectations come from the committed dataset
// and the seeds, so the test follows the data rather than repeating it.

const dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../public/data/dataset.json', import.meta.url), 'utf8')),
);
const seedCount = readdirSync(new URL('../../seeds/', import.meta.url)).filter((f) => f.endsWith('.txt')).length;

const NAV = [
  { name: 'Timeline', path: '' },
  { name: 'Channels', path: 'channels' },
  { name: 'Actors', path: 'actors' },
  { name: 'Articles', path: 'articles' },
] as const;

describe('app shell under /hotline/', () => {
  let browser: Browser;
  let opened: OpenedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    opened = await openPage(browser);
  });
  afterEach(async () => {
    await opened.close();
  });

  /** The header nav: the navigation landmark that holds the Timeline link. */
  const headerNav = () =>
    opened.page.getByRole('navigation').filter({ has: opened.page.getByRole('link', { name: 'Timeline', exact: true }) });

  it('shows the header nav with a link to every area', async () => {
    const { page, problems } = opened;
    await page.goto(appUrl());
    for (const { name, path } of NAV) {
      const link = headerNav().getByRole('link', { name, exact: true });
      await link.waitFor();
      // Links must carry the sub-path, or a copied link would leave the deployment.
      expect(pathOf(new URL((await link.getAttribute('href')) ?? '', page.url()))).toBe(pathOf(appUrl(path)));
    }
    expect(problems).toEqual([]);
  });

  it('lists every seed article, curated or not', async () => {
    const { page, problems } = opened;
    // DESIGN.md "Inputs": every .txt in seeds/ is ingested, curated or not.
    expect(dataset.articles).toHaveLength(seedCount);
    await page.goto(appUrl('articles'));
    for (const article of dataset.articles) {
      expect(article.title, `${article.seedFile} has a headline`).not.toBe('');
      const link = page.getByRole('link', { name: article.title, exact: true });
      await link.waitFor({ state: 'visible' });
      expect(pathOf(new URL((await link.getAttribute('href')) ?? '', page.url()))).toBe(pathOf(appUrl(`articles/${article.id}`)));
    }
    expect(problems).toEqual([]);
  });

  it('moves between areas by clicking the nav, without reloading', async () => {
    const { page, problems } = opened;
    await page.goto(appUrl('articles'));
    await headerNav().waitFor();
    // A client-side navigation keeps the window object; a full reload would drop this mark.
    await page.evaluate(() => Object.assign(window, { hotlineNoReload: true }));
    for (const { name, path } of [...NAV.slice(1), NAV[0]]) {
      await headerNav().getByRole('link', { name, exact: true }).click();
      await page.waitForURL((url) => pathOf(url) === pathOf(appUrl(path)));
      // Each area is titled by its nav label, so this also proves it is not the not-found page.
      await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    }
    expect(await page.evaluate(() => 'hotlineNoReload' in window)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('opens an article from a cold deep link', async () => {
    const { page, problems } = opened;
    const first = dataset.articles[0];
    if (!first) throw new Error('the dataset has no articles');
    await page.goto(appUrl(`articles/${first.id}`));
    await page.getByRole('heading', { level: 1, name: first.title, exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it('shows the not-found page for an unknown path, inside the shell', async () => {
    const { page, problems } = opened;
    await page.goto(appUrl('no-such-page'));
    await page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
    await headerNav().waitFor();
    expect(problems).toEqual([]);
  });
});
