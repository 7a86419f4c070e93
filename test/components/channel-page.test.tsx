import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFixtureDataset } from '../support/dataset-fixture.ts';
import { renderApp } from '../support/render-app.tsx';

const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('channel page', () => {
  beforeEach(() => {
    // Only the clock: "how long since" is measured to today.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-01T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says where the channel stands and how long since its last contact', async () => {
    renderApp('/channels/chiefs', { dataset: makeFixtureDataset() });
    await screen.findByRole('heading', { level: 1, name: "Chiefs' channel" });
    expect(fact('Status at the end of the data')).toBe('open since 21 Dec 2023 (the data ends 31 Dec 2024)');
    expect(fact('Last contact')).toBe(
      '21 Dec 2023, video conference: Gen. Brown and Gen. Liu Zhenli hold a video call, the first in over a year.1 year before the data ends; 1 year 2 months before today (1 Mar 2025)',
    );
    const lastContact = screen.getByText('Last contact', { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(lastContact.querySelector('a')).toHaveAttribute('href', '/?channel=chiefs&event=evt-chiefs-call');
    expect(screen.getByRole('link', { name: 'This channel’s lane, events and status on the timeline' })).toHaveAttribute('href', '/?channel=chiefs');
  });

  it('says so when the sources record no contact', async () => {
    renderApp('/channels/mmca', { dataset: makeFixtureDataset() });
    await screen.findByRole('heading', { level: 1, name: 'MMCA talks' });
    expect(fact('Last contact')).toBe('No meeting, call, video conference or other contact on this channel in the sources.');
    expect(fact('Status at the end of the data')).toBe('unknown (the data ends 31 Dec 2024)');
  });
});
