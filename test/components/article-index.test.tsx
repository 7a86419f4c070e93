import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFixtureDataset } from '../support/dataset-fixture.ts';
import { renderApp } from '../support/render-app.tsx';
import { makeSourceViewDataset } from '../support/source-view-fixture.ts';

const table = () => screen.findByRole('table', { name: /^Source articles, by / });
const titles = async () => within(await table()).getAllByRole('rowheader').map((th) => th.textContent);

describe('articles index', () => {
  it('lists every article, oldest first: outlet, source, authors, date with basis, curation and counts', async () => {
    renderApp('/articles', { dataset: makeFixtureDataset() });
    const t = await table();
    expect(t).toHaveAccessibleName('Source articles, by publication date, ascending');
    const rows = within(t).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Beijing cuts military channels',
      'Defense chiefs talk again',
      'Outlook for 2024',
    ]);
    // Outlet, Original source, Authors, Published (+ why), Curation, Events, Actors
    expect(rows.map((row) => within(row).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['Example News', '—', '—', '5 Aug 2022 stated · to the daywhyPrinted below the headline.', 'curated', '1', '1'],
      ['—', '—', '—', 'Dec 2023 inferred · to the monthwhyThe call "last week" was in December.', 'curated', '1', '2'],
      ['Example News', '—', '—', '2024 inferred · to the yearwhyLooks ahead to 2024.', 'not yet curated', '0', '0'],
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('All 3 articles');
  });

  it('links each title to its article page and gives each date a machine-readable time', async () => {
    renderApp('/articles', { dataset: makeFixtureDataset() });
    expect(await screen.findByRole('link', { name: 'Outlook for 2024' })).toHaveAttribute('href', '/articles/art-charlie');
    const times = [...document.querySelectorAll('tbody time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(['2022-08-05', '2023-12', '2024']);
  });

  it('says why a date was inferred, on demand', async () => {
    const { user } = renderApp('/articles', { dataset: makeFixtureDataset() });
    const row = (await screen.findByRole('rowheader', { name: 'Defense chiefs talk again' })).closest('tr')!;
    const why = within(row).getByText('why');
    expect(within(row).getByText('The call "last week" was in December.')).not.toBeVisible();
    await user.click(why);
    expect(within(row).getByText('The call "last week" was in December.')).toBeVisible();
  });

  it('sorts by a column header, counts largest first, again to reverse', async () => {
    const { user, router } = renderApp('/articles', { dataset: makeSourceViewDataset() });
    await user.click(within(await table()).getByRole('button', { name: /^Events/ }));
    expect(router.state.location.search).toBe('?sort=events&dir=desc');
    expect(await table()).toHaveAccessibleName('Source articles, by number of events, descending');
    expect(within(await table()).getByRole('columnheader', { name: /^Events/ })).toHaveAttribute('aria-sort', 'descending');
    expect(await titles()).toEqual([
      'Hotline to reopen, spokesman says',
      'Beijing cuts military channels',
      'Defense chiefs talk again',
      'Outlook for 2024',
    ]);
    await user.click(within(await table()).getByRole('button', { name: /^Events/ }));
    expect(router.state.location.search).toBe('?sort=events'); // ascending is the default, left out
  });

  it('filters by curation, date basis and text, each kept in the URL', async () => {
    const { user, router } = renderApp('/articles', { dataset: makeSourceViewDataset() });
    await user.selectOptions(await screen.findByLabelText('Curation'), 'curated only');
    expect(router.state.location.search).toBe('?curated=yes');
    expect(await titles()).toEqual(['Beijing cuts military channels', 'Hotline to reopen, spokesman says', 'Defense chiefs talk again']);
    await user.click(screen.getByRole('checkbox', { name: 'inferred' }));
    expect(router.state.location.search).toBe('?curated=yes&basis=inferred');
    expect(await titles()).toEqual(['Defense chiefs talk again']);
    await user.click(screen.getByRole('checkbox', { name: 'inferred' }));
    await user.type(screen.getByRole('searchbox', { name: 'Title, outlet, source or author' }), 'xinhua{Enter}');
    expect(router.state.location.search).toBe('?q=xinhua&curated=yes');
    expect(await titles()).toEqual(['Hotline to reopen, spokesman says']);
    expect(screen.getByText('1 of 4 articles')).toBeInTheDocument();
  });

  it('opens cold from a link with filters, and drops what it cannot read with a notice', async () => {
    const { router } = renderApp('/articles?curated=no&sort=wordcount&basis=inferred,guessed', { dataset: makeSourceViewDataset() });
    const notice = await screen.findByText(/2 parts of this link were not understood/);
    expect(notice.closest('[role="status"]')).toHaveTextContent('sort=wordcount: not one of published, title, outlet, events, actors');
    expect(notice.closest('[role="status"]')).toHaveTextContent('basis=guessed: not one of stated, inferred');
    expect(await titles()).toEqual(['Outlook for 2024']);
    expect(router.state.location.search).toBe('?curated=no&basis=inferred');
  });

  it('says so when nothing matches', async () => {
    renderApp('/articles?q=nothing-like-this', { dataset: makeSourceViewDataset() });
    expect(await screen.findByText('No article matches these filters.')).toBeInTheDocument();
  });
});
