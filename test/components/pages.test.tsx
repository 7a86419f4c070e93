import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFixtureDataset } from '../support/dataset-fixture.ts';
import { renderApp } from '../support/render-app.tsx';

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

describe('timeline page', () => {
  it('shows each channel’s current status, since when, and the event that set it', async () => {
    renderApp('/', { dataset: makeFixtureDataset() });
    const table = await screen.findByRole('table', { name: 'Status of each channel at the end of the data' });
    expect(rowTexts(table)).toEqual([
      ["Chiefs' channel", 'open', '21 Dec 2023', '21 Dec 2023: Gen. Brown and Gen. Liu Zhenli hold a video call, the first in over a year.'],
      ['MMCA talks', 'unknown', '—', 'No evidence in the sources yet'],
    ]);
    expect(within(table).getByRole('link', { name: /hold a video call/ })).toHaveAttribute('href', '#event-evt-chiefs-call');
  });

  it('lists every event chronologically with type, channels, summary and sources count', async () => {
    renderApp('/', { dataset: makeFixtureDataset() });
    const table = await screen.findByRole('table', { name: 'All events, oldest first' });
    expect(rowTexts(table)).toEqual([
      ['Aug 2022', 'Suspension', 'Chiefs → suspended', 'Beijing severs military communication channels with Washington.', '1'],
      ['21 Dec 2023', 'Video conference', 'Chiefs → open', 'Gen. Brown and Gen. Liu Zhenli hold a video call, the first in over a year.', '1'],
    ]);
    expect(document.getElementById('event-evt-suspension')).toBe(within(table).getAllByRole('row')[1]);
  });
});

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

describe('actor pages', () => {
  it('the index shows name, side, kind, latest role and mentions', async () => {
    renderApp('/actors', { dataset: makeFixtureDataset() });
    const table = await screen.findByRole('table', { name: 'People and organisations, by name' });
    expect(rowTexts(table)).toEqual([
      ['Charles Q. Brown', 'US', 'Military officer', 'Chairman of the Joint Chiefs of Staff (from Oct 2023)', '2'],
      ['Liu Zhenli', 'PRC', 'Military officer', '—', '1'],
      ['Ministry of National Defense', 'PRC', 'Organisation', '—', '1'],
    ]);
  });

  it('an actor page shows aliases, roles and events', async () => {
    renderApp('/actors/charles-brown', { dataset: makeFixtureDataset() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Charles Q. Brown' })).toBeInTheDocument();
    expect(screen.getByText('Gen. Brown; CQ Brown')).toBeInTheDocument();
    const roles = screen.getByRole('table', { name: 'Roles of Charles Q. Brown' });
    expect(rowTexts(roles).map((r) => r.slice(0, 4))).toEqual([
      ['Chief of Staff of the Air Force', '—', 'Aug 2020', 'Sep 2023'],
      ['Chairman of the Joint Chiefs of Staff', '—', 'Oct 2023', '—'],
    ]);
    const events = screen.getByRole('table', { name: 'Events involving Charles Q. Brown, oldest first' });
    expect(within(events).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Defense chiefs talk again' })).toHaveAttribute('href', '/articles/art-bravo');
  });
});
