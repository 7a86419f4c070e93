import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFixtureDataset } from '../support/dataset-fixture.ts';
import { renderApp } from '../support/render-app.tsx';

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

// The timeline page's tests are in timeline-page.test.tsx.

describe('channel pages', () => {
  it('the index lists channels in lane order with status and event counts', async () => {
    renderApp('/channels', { dataset: makeFixtureDataset() });
    const table = await screen.findByRole('table', { name: 'Channels, in timeline order' });
    expect(rowTexts(table)).toEqual([
      ["Chiefs' channel", 'Talks', 'open', '21 Dec 2023', '2'],
      ['MMCA talks', 'Talks', 'unknown', '—', '0'],
    ]);
  });

  it('a channel page shows offices on each side, status history and events', async () => {
    renderApp('/channels/chiefs', { dataset: makeFixtureDataset() });
    expect(await screen.findByRole('heading', { level: 1, name: "Chiefs' channel" })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'United States' })).toHaveTextContent('Department of Defense');
    expect(screen.getByRole('region', { name: 'China (PRC)' })).toHaveTextContent('Ministry of National Defense');
    const history = screen.getByRole('table', { name: "Status history of the Chiefs' channel" });
    expect(rowTexts(history)).toEqual([
      ['unknown', '1 Jan 2022', 'Aug 2022', 'No evidence yet: status unknown'],
      ['suspended', 'Aug 2022', '21 Dec 2023', 'Beijing severs military communication channels with Washington.'],
      ['open', '21 Dec 2023', 'end of data', 'Gen. Brown and Gen. Liu Zhenli hold a video call, the first in over a year.'],
    ]);
    expect(within(screen.getByRole('table', { name: /^Events on the/ })).getAllByRole('row')).toHaveLength(3);
  });

  it('a channel nobody has reported on says so', async () => {
    renderApp('/channels/mmca', { dataset: makeFixtureDataset() });
    expect(await screen.findByText('No event in the sources concerns this channel yet.')).toBeInTheDocument();
  });
});

// The actor pages' tests live in actor-index.test.tsx and actor-profile.test.tsx.
