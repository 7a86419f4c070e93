import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFixtureDataset } from '../support/dataset-fixture.ts';
import { renderApp } from '../support/render-app.tsx';

describe('articles index', () => {
  it('lists every article, oldest first, with date label, basis and curation mark', async () => {
    renderApp('/articles', { dataset: makeFixtureDataset() });
    const table = await screen.findByRole('table', { name: 'Source articles by publication date, oldest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((row) => within(row).getAllByRole('cell').map((c) => c.textContent));
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Beijing cuts military channels',
      'Defense chiefs talk again',
      'Outlook for 2024',
    ]);
    // Outlet, Published, Curation, Events, Actors, Mentions
    expect(cells).toEqual([
      ['Example News', '5 Aug 2022 stated', 'curated', '1', '1', '1'],
      ['unknown', 'Dec 2023 inferred', 'curated', '1', '2', '3'],
      ['Example News', '2024 inferred', 'not yet curated', '0', '0', '0'],
    ]);
  });

  it('links each title to its article page', async () => {
    renderApp('/articles', { dataset: makeFixtureDataset() });
    expect(await screen.findByRole('link', { name: 'Outlook for 2024' })).toHaveAttribute('href', '/articles/art-charlie');
  });

  it('gives each date a machine-readable time at its precision', async () => {
    renderApp('/articles', { dataset: makeFixtureDataset() });
    await screen.findByRole('table');
    const times = [...document.querySelectorAll('tbody time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(['2022-08-05', '2023-12', '2024']);
  });
});
