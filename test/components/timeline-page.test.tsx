import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../../src/domain/dataset-index.ts';
import { eventsToCsv } from '../../src/domain/export-events.ts';
import type { Dataset } from '../../src/schema/dataset.ts';
import { PARAGRAPHS, makeEvent, makeEvidence, makeFixtureDataset } from '../support/dataset-fixture.ts';
import { renderApp } from '../support/render-app.tsx';

// The fixture plus a draft event whose quote is spoken by an actor who does not take part, and
// whose text holds markup: the cases the timeline must show apart.
function datasetWithDraft(): Dataset {
  const base = makeFixtureDataset();
  const comment = PARAGRAPHS.bravo[1];
  const draft = makeEvent({
    id: 'evt-draft-statement',
    type: 'statement',
    date: { start: '2023-03-15', end: '2023-03-15', precision: 'day', basis: 'stated', note: '"on 15 March".' },
    channelIds: ['chiefs'],
    actorIds: ['liu-zhenli'],
    summary: 'The ministry says the channel is closed.',
    draft: true,
    evidence: [makeEvidence({ articleId: 'art-bravo', quote: comment, paragraph: 1, speakerIds: ['prc-mnd'] })],
  });
  return { ...base, events: [...base.events, draft] };
}

const search = (router: { state: { location: { search: string } } }) => decodeURIComponent(router.state.location.search);
const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

describe('timeline page: chart', () => {
  it('draws one lane per channel with named status bands and marks', async () => {
    renderApp('/', { dataset: makeFixtureDataset() });
    const chart = await screen.findByRole('group', { name: /^Timeline chart, 1 Jan 2022 to 31 Dec 2024: 2 channels/ });
    expect(within(chart).getByRole('group', { name: 'Chiefs: 2 marks' })).toBeInTheDocument();
    expect(within(chart).getByRole('group', { name: 'MMCA: no events shown' })).toBeInTheDocument();
    expect(within(chart).getByRole('img', { name: 'Chiefs: suspended from Aug 2022 until 21 Dec 2023, set by: Beijing severs military communication channels with Washington.' })).toBeInTheDocument();
    expect(within(chart).getByRole('img', { name: 'MMCA: unknown until the end of the data (31 Dec 2024), no evidence yet.' })).toBeInTheDocument();
    expect(within(chart).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Suspension, Aug 2022, Chiefs: Beijing severs military communication channels with Washington.',
      'Video conference, 21 Dec 2023, Chiefs: Gen. Brown and Gen. Liu Zhenli hold a video call, the first in over a year.',
    ]);
  });

  it('selects an event by clicking its mark, and shows its evidence linking to the article at the quote', async () => {
    const { user, router } = renderApp('/', { dataset: makeFixtureDataset() });
    await user.click(await screen.findByRole('button', { name: /^Suspension, Aug 2022, Chiefs/ }));
    expect(search(router)).toBe('?event=evt-suspension');
    const detail = screen.getByRole('region', { name: 'Beijing severs military communication channels with Washington.' });
    expect(within(detail).getByText('Beijing severed military communication channels with Washington')).toBeInTheDocument();
    expect(within(detail).getByRole('link', { name: /^Open this quote in the article/ })).toHaveAttribute('href', '/articles/art-alpha?quote=evt-suspension.0');
    expect(within(detail).getByText('Date').nextElementSibling?.textContent).toBe('Aug 2022 (known to the month, stated)How it was read: "In August 2022".');
    expect(screen.getByRole('button', { name: /^Suspension, Aug 2022/ })).toHaveAttribute('aria-current', 'true');
  });

  it('moves between marks with the arrow keys (one tab stop) and selects with Enter', async () => {
    const { user, router } = renderApp('/', { dataset: makeFixtureDataset() });
    const first = await screen.findByRole('button', { name: /^Suspension/ });
    const second = screen.getByRole('button', { name: /^Video conference/ });
    expect([first.getAttribute('tabindex'), second.getAttribute('tabindex')]).toEqual(['0', '-1']);
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(second).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(search(router)).toBe('?event=evt-chiefs-call');
    expect(screen.getByRole('heading', { level: 2, name: 'Gen. Brown and Gen. Liu Zhenli hold a video call, the first in over a year.' })).toBeInTheDocument();
  });

  it('groups marks too close to draw apart into a count that zooms in', async () => {
    const dataset = makeFixtureDataset();
    const near = makeEvent({ id: 'evt-near', channelIds: ['chiefs'], evidence: dataset.events[0]!.evidence, date: { start: '2022-08-25', end: '2022-08-25', precision: 'day', basis: 'stated', note: 'n' } });
    const { user, router } = renderApp('/', { dataset: { ...dataset, events: [...dataset.events, near] } });
    await user.click(await screen.findByRole('button', { name: '2 events on Chiefs, 1–31 Aug 2022. Activate to zoom in.' }));
    expect(search(router)).toBe('?from=2022-07-29&to=2022-09-03');
    expect(screen.getByRole('button', { name: /^Statement, 25 Aug 2022, Chiefs/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Suspension, Aug 2022, Chiefs/ })).toBeInTheDocument();
  });
});

describe('timeline page: chart keyboard zoom', () => {
  it('opens a group with Enter and keeps focus in the chart, on the zoomed lane', async () => {
    const dataset = makeFixtureDataset();
    const near = makeEvent({ id: 'evt-near', channelIds: ['chiefs'], evidence: dataset.events[0]!.evidence, date: { start: '2022-08-25', end: '2022-08-25', precision: 'day', basis: 'stated', note: 'n' } });
    const { user, router } = renderApp('/', { dataset: { ...dataset, events: [...dataset.events, near] } });
    (await screen.findByRole('button', { name: /^2 events on Chiefs/ })).focus();
    await user.keyboard('{Enter}');
    expect(search(router)).toBe('?from=2022-07-29&to=2022-09-03');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Suspension, Aug 2022, Chiefs/));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Statement, 25 Aug 2022, Chiefs/);
  });
});

describe('timeline page: events table and filters', () => {
  it('lists the matching events in a table named "Events", with date, type, channels, actors and sources', async () => {
    renderApp('/', { dataset: makeFixtureDataset() });
    const table = await screen.findByRole('table', { name: 'Events' });
    expect(rowTexts(table)).toEqual([
      ['Aug 2022', ' Suspension', 'Chiefs → suspended', 'Beijing severs military communication channels with Washington.', '—', '1 article (Example News)'],
      ['21 Dec 2023', ' Video conference', 'Chiefs → open', 'Gen. Brown and Gen. Liu Zhenli hold a video call, the first in over a year.', 'Charles Q. Brown, Liu Zhenli', '1 article (outlet unknown)'],
    ]);
    expect(screen.getByText('All 2 events')).toBeInTheDocument();
  });

  it('sorts by a column and keeps the order in the URL', async () => {
    const { user, router } = renderApp('/', { dataset: makeFixtureDataset() });
    const table = await screen.findByRole('table', { name: 'Events' });
    expect(within(table).getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table).getByRole('button', { name: 'Date' }));
    expect(search(router)).toBe('?sort=-date');
    expect(within(table).getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByRole('columnheader', { name: 'Type' })).not.toHaveAttribute('aria-sort');
    expect(rowTexts(table).map((r) => r[0])).toEqual(['21 Dec 2023', 'Aug 2022']);
  });

  it('filters by channel with counts, says when nothing matches, and clears', async () => {
    const { user, router } = renderApp('/', { dataset: makeFixtureDataset() });
    const channels = await screen.findByRole('group', { name: 'Channels' });
    expect(within(channels).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual(['Chiefs (2)', 'MMCA (0)']);
    await user.click(within(channels).getByRole('checkbox', { name: /MMCA/ }));
    expect(search(router)).toBe('?channel=mmca');
    expect(screen.getByText('No events match these filters.')).toBeInTheDocument();
    expect(screen.getByText('0 of 2 events match the filters')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: /^Timeline chart/ })).getAllByRole('group').map((g) => g.getAttribute('aria-label'))).toEqual(['MMCA: no events shown']);
    await user.click(within(screen.getByText('No events match these filters.').parentElement!).getByRole('button', { name: 'Clear all filters' }));
    expect(search(router)).toBe('');
    expect(within(screen.getByRole('table', { name: 'Events' })).getAllByRole('row')).toHaveLength(3);
  });

  it('finds free text in quotes, and zooms to typed dates', async () => {
    const { user, router } = renderApp('/', { dataset: makeFixtureDataset() });
    await user.type(await screen.findByRole('searchbox', { name: 'Text in summaries and quotes' }), 'video call on 21 december{Enter}');
    expect(search(router)).toBe('?q=video+call+on+21+december');
    expect(screen.getByText('1 of 2 events match the filters')).toBeInTheDocument();
    const range = screen.getByRole('form', { name: 'Date range' });
    await user.type(within(range).getByLabelText('From'), '2023-12-01');
    await user.type(within(range).getByLabelText('To'), '2023-12-31');
    await user.click(within(range).getByRole('button', { name: 'Zoom to dates' }));
    expect(search(router)).toBe('?from=2023-12-01&to=2023-12-31&q=video+call+on+21+december');
    expect(screen.getByRole('group', { name: /^Timeline chart, 1 Dec 2023 to 31 Dec 2023/ })).toBeInTheDocument();
    await user.click(within(range).getByRole('button', { name: 'Reset zoom' }));
    expect(search(router)).toBe('?q=video+call+on+21+december');
  });

  it('marks draft events in words in the chart and the list, and hides them on request', async () => {
    const { user, router } = renderApp('/', { dataset: datasetWithDraft() });
    const table = await screen.findByRole('table', { name: 'Events' });
    const row = within(table).getByRole('rowheader', { name: /The ministry says the channel is closed/ });
    expect(row.textContent).toBe('draftThe ministry says the channel is closed.');
    expect(screen.getByRole('button', { name: 'Statement, 15 Mar 2023, Chiefs: The ministry says the channel is closed. Draft, not yet confirmed.' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Hide draft events/ }));
    expect(search(router)).toBe('?draft=hide');
    expect(within(screen.getByRole('table', { name: 'Events' })).queryByText('The ministry says the channel is closed.')).toBeNull();
  });

  it('matches an actor who only speaks in a quote, shows who said what, and keeps seed text as text', async () => {
    renderApp('/?actor=prc-mnd&event=evt-draft-statement', { dataset: datasetWithDraft() });
    const detail = await screen.findByRole('region', { name: 'The ministry says the channel is closed.' });
    expect(within(screen.getByRole('table', { name: 'Events' })).getAllByRole('row')).toHaveLength(2);
    expect(within(detail).getByText('Quoted about it').nextElementSibling?.textContent).toBe('Ministry of National Defense filter');
    expect(within(detail).getByText('Ministry of National Defense:')).toBeInTheDocument();
    expect(within(detail).getByText('A reader comment pasted here read <script>alert(1)</script> and nothing else.').tagName).toBe('BLOCKQUOTE');
    expect(document.querySelector('script')).toBeNull();
  });
});

describe('timeline page: URL state', () => {
  it('drops unknown and malformed values with a notice, repairs the URL, and keeps the rest', async () => {
    const { router } = renderApp('/?channel=mmca,nope&from=2023-13-01', { dataset: makeFixtureDataset() });
    const notice = await screen.findByText('2 parts of this link were not understood and were left out:');
    expect(within(notice.parentElement!).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'channel=nope: no such channel',
      'from=2023-13-01: not a day written YYYY-MM-DD',
    ]);
    await waitFor(() => expect(search(router)).toBe('?channel=mmca'));
    expect(within(screen.getByRole('group', { name: /^Timeline chart/ })).getAllByRole('group').map((g) => g.getAttribute('aria-label'))).toEqual(['MMCA: no events shown']);
  });

  it('says when a shared link was made with another version of the data, and still opens it', async () => {
    renderApp('/?v=aaaaaaaaaaaa&channel=chiefs', { dataset: makeFixtureDataset() });
    expect(await screen.findByText(/This link was made with data version/)).toHaveTextContent(
      'This link was made with data version aaaaaaaaaaaa. The data has changed since (now 0123456789ab)',
    );
    expect(screen.getByText('2 of 2 events match the filters')).toBeInTheDocument();
  });

  it('says nothing about the version when it matches', async () => {
    renderApp('/?v=0123456789ab', { dataset: makeFixtureDataset() });
    await screen.findByRole('table', { name: 'Events' });
    expect(screen.queryByText(/This link was made with data version/)).toBeNull();
  });

  it('copies a link to the view that carries the data version', async () => {
    const writeText = vi.fn(async () => {});
    const { user } = renderApp('/?channel=chiefs&event=evt-suspension', { dataset: makeFixtureDataset() });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?channel=chiefs&event=evt-suspension&v=0123456789ab`);
    expect(screen.getByText(/^Link copied/)).toBeInTheDocument();
  });

  it('exports the filtered events as CSV', async () => {
    const dataset = makeFixtureDataset();
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'), revokeObjectURL: () => {} }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderApp('/?channel=chiefs&type=suspension', { dataset });
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(click).toHaveBeenCalledOnce();
    const index = indexDataset(dataset);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    // FileReader drops the byte-order mark when it decodes UTF-8.
    expect(text).toBe(eventsToCsv([index.eventsById.get('evt-suspension')!], index).replace(/^\uFEFF/, ''));
  });
});

describe('timeline page: as of a day', () => {
  it('shows each channel’s status on the day, since when, the event that set it, and its sources', async () => {
    renderApp('/?asof=2023-01-01', { dataset: makeFixtureDataset() });
    const table = await screen.findByRole('table', { name: 'Status of each channel on 1 Jan 2023' });
    expect(rowTexts(table)).toEqual([
      ["Chiefs' channel", 'suspended', 'Aug 2022', 'Beijing severs military communication channels with Washington.', '1 source:Example News, 5 Aug 2022, reported at the time: Beijing cuts military channels'],
      ['MMCA talks', 'unknown', '—', 'No evidence yet', '—'],
    ]);
    expect(within(table).getByRole('link', { name: 'Beijing cuts military channels' })).toHaveAttribute('href', '/articles/art-alpha?quote=evt-suspension.0');
    expect(within(table).getByRole('link', { name: 'Beijing severs military communication channels with Washington.' })).toHaveAttribute('href', '/?asof=2023-01-01&event=evt-suspension');
  });

  it('opens "as of" from a typed date', async () => {
    const { user, router } = renderApp('/', { dataset: makeFixtureDataset() });
    const form = await screen.findByRole('form', { name: 'Status as of a day' });
    await user.type(within(form).getByLabelText('Status as of'), '2024-06-30');
    await user.click(within(form).getByRole('button', { name: 'Show status' }));
    expect(search(router)).toBe('?asof=2024-06-30');
    expect(screen.getByRole('table', { name: 'Status of each channel on 30 Jun 2024' })).toBeInTheDocument();
  });
});
