import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ArticleBodySchema, DatasetSchema } from '../../src/schema/dataset.ts';
import { appUrl, pathOf, pagePerTest } from './support/browser.ts';

// The source view on the real build under /hotline/, against the committed dataset: a cold
// link to an event's quote highlights exactly that quote and scrolls it into view (checked
// for every quote in the data), bad links get a notice, the original text and print views.

const data = (path: string) => JSON.parse(readFileSync(new URL(`../../public/data/${path}`, import.meta.url), 'utf8'));
const dataset = DatasetSchema.parse(data('dataset.json'));
const QUOTES = dataset.events.flatMap((event) =>
  event.evidence.map((evidence, n) => ({ key: `${event.id}.${n}`, articleId: evidence.articleId, evidence })),
);
// A quote far down a long article, so opening it must scroll.
const deep = [...QUOTES].sort((a, b) => b.evidence.paragraph - a.evidence.paragraph || (a.key < b.key ? -1 : 1))[0]!;

/** What the page shows highlighted as the current quote: its marked runs, joined, and where it is. */
async function currentQuote(page: Page, key: string) {
  await page.waitForFunction((id) => document.activeElement?.id === id, `quote-${key}`);
  return page.evaluate((k) => {
    const current = document.getElementById(`quote-${k}`)!;
    const marks = [...current.querySelectorAll('mark')].filter((m) => (m.dataset.quote ?? '').split(' ').includes(k));
    const r = current.getBoundingClientRect();
    return {
      text: marks.map((m) => m.textContent).join(''),
      ariaCurrent: current.getAttribute('aria-current'),
      paragraph: current.closest('p')?.id,
      inView: r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0,
      scrollY: window.scrollY,
      othersCurrent: document.querySelectorAll('.quote-current').length,
    };
  }, key);
}

describe('article source view under /hotline/', () => {
  const session = pagePerTest();

  it('a cold link to a quote highlights exactly that sentence, focused and scrolled into view', async () => {
    const { page, problems } = session.opened;
    await page.goto(appUrl(`articles/${deep.articleId}?quote=${deep.key}`));
    const shown = await currentQuote(page, deep.key);
    expect(shown).toEqual({
      text: deep.evidence.quote,
      ariaCurrent: 'true',
      paragraph: `p-${deep.evidence.paragraph}`,
      inView: true,
      scrollY: shown.scrollY,
      othersCurrent: 1,
    });
    expect(shown.scrollY).toBeGreaterThan(0);
    await page.getByRole('group', { name: 'Highlights' }).getByText(/^Quote \d+$/).waitFor();
    expect(problems).toEqual([]);
  });

  it('every quote in the dataset opens cold highlighted as the text it quotes', { timeout: 180_000 }, async () => {
    const { page, problems } = session.opened;
    const wrong: string[] = [];
    for (const quote of QUOTES) {
      await page.goto(appUrl(`articles/${quote.articleId}?quote=${quote.key}`), { waitUntil: 'commit' });
      const shown = await currentQuote(page, quote.key);
      if (shown.text !== quote.evidence.quote || !shown.inView || shown.paragraph !== `p-${quote.evidence.paragraph}`) {
        wrong.push(`${quote.key}: ${JSON.stringify(shown)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a cold link to an event highlights all its quotes in the article and opens at the first', async () => {
    const { page, problems } = session.opened;
    // The event with the most quotes in one article.
    const groups = new Map<string, number>();
    for (const q of QUOTES) {
      const k = `${q.articleId} ${q.key.slice(0, q.key.lastIndexOf('.'))}`;
      groups.set(k, (groups.get(k) ?? 0) + 1);
    }
    const [articleId, eventId] = [...groups].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0].split(' ') as [string, string];
    const keys = QUOTES.filter((q) => q.articleId === articleId && q.key.startsWith(`${eventId}.`)).map((q) => q.key);
    await page.goto(appUrl(`articles/${articleId}?event=${eventId}`));
    await page.waitForFunction((id) => document.activeElement?.id === id, `event-quotes-${eventId}`);
    const state = await page.evaluate((ks) => {
      const marks = [...document.querySelectorAll('mark.quote')] as HTMLElement[];
      const ofEvent = marks.filter((m) => (m.dataset.quote ?? '').split(' ').some((k) => ks.includes(k)));
      const r = document.activeElement!.getBoundingClientRect();
      return {
        allSelected: ofEvent.every((m) => m.classList.contains('quote--selected')),
        othersSelected: marks.filter((m) => !ofEvent.includes(m) && m.classList.contains('quote--selected')).length,
        firstIsFocused: ofEvent[0] === document.activeElement,
        inView: r.top >= 0 && r.bottom <= window.innerHeight,
      };
    }, keys);
    expect(keys.length).toBeGreaterThan(1);
    expect(state).toEqual({ allSelected: true, othersSelected: 0, firstIsFocused: true, inView: true });
    expect(problems).toEqual([]);
  });

  it('a quote link from the side panel highlights in place; Back returns to the plain text', async () => {
    const { page, problems } = session.opened;
    const article = dataset.articles.find((a) => a.id === deep.articleId)!;
    await page.goto(appUrl(`articles/${article.id}`));
    await page.getByRole('heading', { level: 1, name: article.title, exact: true }).waitFor();
    const link = page.getByRole('complementary').locator(`a[href$="?quote=${deep.key}"]`);
    await link.click();
    expect((await currentQuote(page, deep.key)).text).toBe(deep.evidence.quote);
    expect(await link.getAttribute('aria-current')).toBe('true');
    await page.goBack();
    await page.waitForURL((url) => url.search === '');
    expect(await page.locator('.quote-current').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('a malformed or foreign quote is dropped with a notice, the link repaired, and Back skips it', async () => {
    const { page, problems } = session.opened;
    const other = QUOTES.find((q) => q.articleId !== deep.articleId)!;
    await page.goto(appUrl('articles'));
    await page.getByRole('heading', { level: 1, name: 'Articles' }).waitFor();
    await page.goto(appUrl(`articles/${deep.articleId}?quote=${other.key}&actor=Not%20An%20Id`));
    const notice = page.getByRole('status').filter({ hasText: 'were not understood' });
    await notice.getByText(`quote=${other.key}: no such quote in this article`).waitFor();
    await notice.getByText('actor=Not An Id: not an id (lowercase letters, digits and -)').waitFor();
    await page.waitForURL((url) => pathOf(url) === pathOf(appUrl(`articles/${deep.articleId}`)) && url.search === '');
    await page.locator('.article-text p').first().waitFor();
    await page.goBack();
    await page.waitForURL((url) => pathOf(url) === pathOf(appUrl('articles')));
    expect(problems).toEqual([]);
  });

  it('the original text shows every block in order, dropped ones marked with their role and why', async () => {
    const { page, problems } = session.opened;
    const body = ArticleBodySchema.parse(data(`articles/${deep.articleId}.json`));
    await page.goto(appUrl(`articles/${deep.articleId}`));
    await page.getByRole('button', { name: 'Show the original text' }).click();
    await page.waitForURL((url) => url.searchParams.get('original') === '1');
    const items = page.getByRole('list', { name: 'Original text, block by block' }).getByRole('listitem');
    // Wait for the list to render before counting: the URL changes first.
    await items.nth(body.blocks.length - 1).waitFor();
    expect(await items.count()).toBe(body.blocks.length);
    const texts = await items.locator('.block__text').allTextContents();
    expect(texts).toEqual(body.blocks.map((b) => b.text));
    const firstDropped = body.blocks.findIndex((b) => b.role === 'boilerplate');
    if (firstDropped >= 0) {
      expect(await items.nth(firstDropped).locator('.block__label').textContent()).toBe(
        `dropped: boilerplate (${body.blocks[firstDropped]!.reason})`,
      );
    }
    expect(problems).toEqual([]);
  });

  it('prints the article clean: the text and its sources, no navigation or buttons', async () => {
    const { page, problems } = session.opened;
    await page.goto(appUrl(`articles/${deep.articleId}?quote=${deep.key}`));
    await currentQuote(page, deep.key);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('main button:visible').count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Highlights' }).isVisible()).toBe(false);
    expect(await page.locator('.article-text').isVisible()).toBe(true);
    expect(await page.getByRole('complementary').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('the article index sorts and filters from the URL, cold', async () => {
    const { page, problems } = session.opened;
    await page.goto(appUrl('articles?sort=events&dir=desc&basis=inferred'));
    await page.getByRole('table', { name: 'Source articles, by number of events, descending' }).waitFor();
    const titles = await page.getByRole('table').getByRole('rowheader').allTextContents();
    const expected = dataset.articles
      .filter((a) => a.published?.basis === 'inferred')
      .sort((a, b) => b.eventIds.length - a.eventIds.length || (a.title.toLowerCase() < b.title.toLowerCase() ? -1 : 1))
      .map((a) => a.title);
    expect(titles).toEqual(expected);
    expect(problems).toEqual([]);
  });
});
