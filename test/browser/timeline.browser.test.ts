import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, openPage, pathOf, pagePerTest } from './support/browser.ts';
import { dataset } from './support/routes.ts';

// The timeline on the production build under /hotline/, with the committed data: filters
// live in the URL and a cold open shows the same events; back and forward step through
// changes; marks work by keyboard; evidence opens the article at the quote; and the two
// questions the issue is "done" on are answered by clicking alone, then reopened from the
// copied link.

const CONTACTS = 'Contacts only (meetings, calls, video conferences, other contacts)';
const SUSPENSION = dataset.events.find((e) => e.id === 'evt-2022-08-china-suspends-military-channels')!;

/** The summaries in the Events table, in order (the table renders every row at this size). */
async function eventSummaries(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Events', exact: true });
  await table.waitFor();
  return table.locator('tbody th[scope="row"] a').allTextContents();
}

const search = (page: Page) => decodeURIComponent(new URL(page.url()).search);

describe('timeline under /hotline/', () => {
  const session = pagePerTest();

  it('"which contacts did Wu Qian speak about?": filter by clicking, the URL holds it, a cold open shows the same events, back and forward step through', async () => {
    const { page, problems } = session.opened;
    await page.goto(appUrl());
    expect(await eventSummaries(page)).toHaveLength(dataset.events.length);

    await page.locator('.filter-bar summary', { hasText: 'Actors' }).click();
    await page.getByLabel('Find actors').fill('wu');
    await page.getByRole('checkbox', { name: 'Wu Qian PRC (8)' }).click();
    await page.waitForURL((url) => url.search === '?actor=wu-qian');
    await page.getByRole('button', { name: CONTACTS }).click();
    await page.waitForURL((url) => url.search.includes('type='));
    expect(search(page)).toBe('?actor=wu-qian&type=call,contact,meeting,video-conference');
    expect(pathOf(page.url())).toBe(pathOf(appUrl()));

    const expected = [
      'Senior officers of the CMC Office for International Military Cooperation and the US Department of Defense speak by phone.',
      'The two militaries hold a two-day video meeting on crisis communication.',
      expect.stringMatching(/^Adm\. John Aquilino of US Indo-Pacific Command meets a senior PLA official/),
    ];
    expect(await eventSummaries(page)).toEqual(expected);
    await page.getByText('3 of 22 events match the filters').waitFor();

    // Who said what: the Aquilino meeting lists Wu Qian among those quoted, not taking part.
    await page.getByRole('link', { name: /^Adm\. John Aquilino/ }).click();
    const detail = page.getByRole('region', { name: /^Adm\. John Aquilino/ });
    await detail.getByText('Quoted about it').waitFor();
    expect(await detail.locator('dt:text-is("Quoted about it") + dd').textContent()).toContain('Wu Qian');
    expect(await detail.locator('.evidence-speaker', { hasText: 'Wu Qian:' }).count()).toBe(1);

    // Cold: the address bar's query in a fresh page gives the same view. (Under a sub-path the
    // router writes the root as "/hotline?…", which `vite preview` does not serve, so the query
    // is reopened under "/hotline/"; "Copy link" always writes that form.)
    const addressBar = new URL(page.url()).search;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(appUrl(`${addressBar}&v=${dataset.version}`));
    for (const url of [appUrl(addressBar), copied]) {
      const cold = await openPage(session.browser);
      await cold.page.goto(url);
      expect(await eventSummaries(cold.page)).toEqual(expected);
      await cold.page.getByRole('region', { name: /^Adm\. John Aquilino/ }).waitFor();
      expect(cold.problems).toEqual([]);
      await cold.close();
    }

    // Back: the selection goes, then the type filter; forward brings the type filter back.
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('event='));
    await page.goBack();
    await page.waitForURL((url) => url.search === '?actor=wu-qian');
    expect(await eventSummaries(page)).toHaveLength(8);
    await page.goForward();
    await page.waitForURL((url) => url.search.includes('type='));
    expect(await eventSummaries(page)).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it('"which channels were suspended on 1 January 2023, since when, and says who?": click the axis, then reopen from the copied link', async () => {
    const { page, problems } = session.opened;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(appUrl());
    // The axis tick "2023" (or "Jan 2023") is 1 January 2023; a click within a few pixels of it snaps there.
    const tick = page.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value', { hasText: /^(Jan )?2023$/ });
    // The label lets clicks through to the axis below it (force: no actionability check on the label itself).
    await tick.click({ force: true });
    await page.waitForURL((url) => url.search === '?asof=2023-01-01');

    const table = page.getByRole('table', { name: 'Status of each channel on 1 Jan 2023' });
    const suspended = table.locator('tr.as-of-row--suspended');
    const rows = async (p: Page) =>
      p.getByRole('table', { name: 'Status of each channel on 1 Jan 2023' }).locator('tr.as-of-row--suspended').evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].slice(0, 4).map((c) => c.textContent)),
      );
    await suspended.first().waitFor();
    const answer = await rows(page);
    expect(answer).toEqual(
      ["Chiefs' channel", "Theater commanders' channel", 'Defense Policy Coordination Talks', 'Military Maritime Consultative Agreement talks', 'Military relations overall'].map((name) => [
        name,
        'suspended',
        'Aug 2022',
        SUSPENSION.summary,
      ]),
    );
    expect(await suspended.first().locator('td').nth(3).textContent()).toMatch(/^3 sources:/);
    await page.getByRole('group', { name: /^Timeline chart/ }).getByText('as of 1 Jan 2023').waitFor();

    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText(/^Link copied/).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(appUrl(`?asof=2023-01-01&v=${dataset.version}`));

    const cold = await openPage(session.browser);
    await cold.page.goto(link);
    await cold.page.getByRole('table', { name: 'Status of each channel on 1 Jan 2023' }).locator('tr.as-of-row--suspended').first().waitFor();
    expect(await rows(cold.page)).toEqual(answer);
    expect(await cold.page.getByText(/This link was made with data version/).count()).toBe(0);
    // The same link against other data still opens, and says the data has changed.
    await cold.page.goto(link.replace(dataset.version, '000000000000'));
    await cold.page.getByText(/This link was made with data version 000000000000\. The data has changed since/).waitFor();
    expect(await rows(cold.page)).toEqual(answer);
    expect(cold.problems).toEqual([]);
    await cold.close();
    expect(problems).toEqual([]);
  });

  it('selects an event with the keyboard alone and follows its evidence to the article at that quote', async () => {
    const { page, problems } = session.opened;
    await page.goto(appUrl());
    await page.getByRole('button', { name: 'Zoom to dates' }).focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(await focused()).toMatch(/^Video conference, Nov 2021, Leaders: /);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(`Suspension, Aug 2022, Chiefs: ${SUSPENSION.summary}`);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.search === `?event=${SUSPENSION.id}`);
    expect(await focused()).toBe(`Suspension, Aug 2022, Chiefs: ${SUSPENSION.summary}`);

    const detail = page.getByRole('region', { name: SUSPENSION.summary });
    await detail.waitFor();
    const n = 1;
    const evidence = SUSPENSION.evidence[n]!;
    const article = dataset.articles.find((a) => a.id === evidence.articleId)!;
    const link = detail.getByRole('link', { name: new RegExp(`^Open this quote in the article: quote ${n + 1} of`) });
    expect(await link.getAttribute('href')).toBe(`/hotline/articles/${article.id}?quote=${SUSPENSION.id}.${n}`);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => pathOf(url) === pathOf(appUrl(`articles/${article.id}`)));
    expect(new URL(page.url()).searchParams.get('quote')).toBe(`${SUSPENSION.id}.${n}`);
    await page.getByRole('heading', { level: 1, name: article.title, exact: true }).waitFor();
    await page.getByText(evidence.quote.slice(0, 40)).first().waitFor();
    expect(problems).toEqual([]);
  });

  it('zooms by dragging across the chart, opens a group on zoom, and resets', async () => {
    const { page, problems } = session.opened;
    await page.goto(appUrl());
    const surface = (await page.locator('.timeline-drag-surface').boundingBox())!;
    await page.mouse.move(surface.x + surface.width * 0.5, surface.y + 30);
    await page.mouse.down();
    await page.mouse.move(surface.x + surface.width * 0.75, surface.y + 40, { steps: 6 });
    await page.mouse.up();
    await page.waitForURL((url) => url.search.startsWith('?from='));
    const { from, to } = Object.fromEntries(new URL(page.url()).searchParams);
    expect(from! < to!).toBe(true);
    expect([from! >= '2021-12-01', to! <= '2023-01-31']).toEqual([true, true]);
    await page.getByRole('group', { name: /^Timeline chart, / }).waitFor();
    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await page.waitForURL((url) => url.search === '');
    expect(problems).toEqual([]);
  });

  it('drops the bad parts of a link with a notice, shows only the MMCA lane, and Back leaves the page', async () => {
    const { page, problems } = session.opened;
    await page.goto(appUrl('channels'));
    await page.goto(appUrl('?channel=mmca,nope&from=2023-13-01'));
    await page.getByText('2 parts of this link were not understood and were left out:').waitFor();
    expect(await page.locator('.url-notice li').allTextContents()).toEqual(['channel=nope: no such channel', 'from=2023-13-01: not a day written YYYY-MM-DD']);
    await page.waitForURL((url) => url.search === '?channel=mmca');
    expect(await page.locator('.lane-names text').allTextContents()).toEqual(['MMCA']);
    await page.goBack();
    await page.waitForURL((url) => pathOf(url) === pathOf(appUrl('channels')));
    expect(problems).toEqual([]);
  });

  it('downloads the filtered events as CSV and JSON', async () => {
    const { page, problems } = session.opened;
    await page.goto(appUrl('?channel=mmca'));
    await page.getByText('4 of 22 events match the filters').waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe(`hotline-events-${dataset.version}.csv`);
    const text = await readDownload(csv);
    expect(text.split('\r\n')[0]).toBe('\uFEFFid,date_start,date_end,date_precision,date_label,date_basis,type,draft,channel_ids,channels,status_effects,actor_ids,actors,summary,source_ids,source_count,evidence');
    expect(text.split('\r\n').filter((l) => l.startsWith('evt-'))).toHaveLength(4);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const doc = JSON.parse(await readDownload(json));
    expect([doc.datasetVersion, doc.query, doc.count]).toEqual([dataset.version, 'channel=mmca', 4]);
    expect(doc.events.every((e: { channelIds: string[]; evidence: { quote: string; articleId: string }[] }) => e.channelIds.includes('mmca') && e.evidence.every((x) => x.quote && x.articleId))).toBe(true);
    expect(problems).toEqual([]);
  });
});

async function readDownload(download: { createReadStream: () => Promise<NodeJS.ReadableStream> }): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
