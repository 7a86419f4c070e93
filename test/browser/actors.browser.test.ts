import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleBodySchema, DatasetSchema } from '../../src/schema/dataset.ts';
import { appUrl, pathOf, pagePerTest } from './support/browser.ts';

// The actor pages on the real build under /hotline/, against the committed dataset: the index,
// a profile, "two clicks to every sentence that names them" (profile → a sentence → the
// article at that mention, highlighted and in view), and Back all the way.

const data = (path: string) => JSON.parse(readFileSync(new URL(`../../public/data/${path}`, import.meta.url), 'utf8'));
const dataset = DatasetSchema.parse(data('dataset.json'));
// The actor the sources name most: the richest profile.
const actor = [...dataset.actors].sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1))[0]!;

describe('actor pages under /hotline/', () => {
  const session = pagePerTest();

  it('index → profile → the article at a mention, highlighted and in view → back, back', async () => {
    const { page, problems } = session.opened;
    await page.goto(appUrl('actors'));
    const search = page.getByRole('searchbox', { name: 'Name or alias' });
    await search.fill(actor.name.split(' ').at(-1)!);
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === actor.name.split(' ').at(-1));

    // Click 1: the profile.
    await page.getByRole('table').getByRole('link', { name: actor.name, exact: true }).click();
    await page.waitForURL((url) => pathOf(url) === pathOf(appUrl(`actors/${actor.id}`)));
    await page.getByRole('heading', { level: 1, name: actor.name, exact: true }).waitFor();
    const timelineLink = new URL((await page.getByRole('link', { name: `Show ${actor.name} on the timeline` }).getAttribute('href'))!, page.url());
    expect([pathOf(timelineLink), timelineLink.search]).toEqual([pathOf(appUrl()), `?actor=${actor.id}`]);

    // Click 2: the last sentence listed (far down its article, so opening there must scroll).
    const sentences = page.locator('.contexts > li');
    await sentences.first().waitFor();
    const target = sentences.last().getByRole('link');
    const href = new URL((await target.getAttribute('href'))!, page.url());
    const [, p, start] = /^#mention-(\d+)-(\d+)$/.exec(href.hash)!;
    const articleId = href.pathname.split('/').at(-1)!;
    const body = ArticleBodySchema.parse(data(`articles/${articleId}.json`));
    const mention = body.mentions.find((m) => m.actorId === actor.id && m.paragraph === Number(p) && m.start === Number(start))!;
    expect(mention, 'the link addresses a real mention of the actor').toBeDefined();
    await target.click();
    await page.waitForURL((url) => pathOf(url) === pathOf(appUrl(`articles/${articleId}`)) && url.searchParams.get('actor') === actor.id);

    // The article opens at that mention: highlighted, focused, on screen.
    const focused = page.locator(`#mention-${p}-${start}`);
    await page.waitForFunction((id) => document.activeElement?.id === id, `mention-${p}-${start}`);
    expect(await focused.getAttribute('class')).toContain('mention--selected');
    expect(await focused.evaluate((el) => el.closest('p')!.id)).toBe(`p-${p}`);
    // The highlighted run(s) of this mention spell the name as the source wrote it.
    const name = body.paragraphs[mention.paragraph]!.slice(mention.start, mention.end);
    expect(name.startsWith((await focused.textContent())!)).toBe(true);
    expect(await isInViewport(focused)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const count = body.mentions.filter((m) => m.actorId === actor.id).length;
    await page.getByRole('group', { name: 'Highlights' }).getByText(`${count} mention`).waitFor();

    // Back to the profile, then to the filtered index, the search still filled in.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: actor.name, exact: true }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Actors', exact: true }).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Name or alias' }).inputValue()).toBe(actor.name.split(' ').at(-1));
    expect(problems).toEqual([]);
  });

  it('a cold link with filters and a sort opens the same view, dropping the bad value with a notice', async () => {
    const { page, problems } = session.opened;
    await page.goto(appUrl('actors?side=prc,mars&sort=mentions&dir=desc'));
    await page.getByRole('status').filter({ hasText: 'side=mars: not one of us, prc, other' }).waitFor();
    await page.waitForURL((url) => url.search === '?side=prc&sort=mentions&dir=desc');
    const names = await page.getByRole('table').getByRole('rowheader').allTextContents();
    const expected = dataset.actors
      .filter((a) => a.side === 'prc')
      .sort((a, b) => b.mentionCount - a.mentionCount || (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
      .map((a) => a.name);
    expect(names.map((n) => n.replace(/ \(as “.*”\)$/, ''))).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it('prints the profile clean: no site navigation, no buttons', async () => {
    const { page, problems } = session.opened;
    await page.goto(appUrl(`actors/${actor.id}`));
    await page.getByRole('heading', { level: 1, name: actor.name, exact: true }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: `Show ${actor.name} on the timeline` }).isVisible()).toBe(false);
    expect(await page.locator('main button:visible').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 2, name: /^Statements/ }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
});

async function isInViewport(locator: import('playwright-core').Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}
