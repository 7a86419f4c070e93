import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app.tsx';
import { makeSourceViewDataset } from '../support/source-view-fixture.ts';

const table = () => screen.findByRole('table', { name: /^People and organisations, by / });
const rowTexts = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));
const names = async () => within(await table()).getAllByRole('rowheader').map((th) => th.textContent);

describe('actors index', () => {
  it('shows name, side, kind, latest known role and counts, by name', async () => {
    renderApp('/actors', { dataset: makeSourceViewDataset() });
    expect(await table()).toHaveAccessibleName('People and organisations, by name, ascending');
    expect(await rowTexts()).toEqual([
      ['Charles Q. Brown', 'US', 'Military officer', 'Chairman of the Joint Chiefs of Staff (from Oct 2023)', '4', '2', '2'],
      ['Liu Zhenli', 'PRC', 'Military officer', '—', '2', '2', '2'],
      ['Lloyd Austin', 'US', 'Civilian official', '—', '1', '1', '1'],
      ['Ministry of National Defense', 'PRC', 'Organisation', '—', '1', '0', '1'],
      ['Wu Qian', 'PRC', 'Spokesperson', 'Spokesperson, Ministry of National Defense (from Aug 2015)', '3', '1', '1'],
    ]);
    expect(screen.getByRole('link', { name: 'Wu Qian' })).toHaveAttribute('href', '/actors/wu-qian');
  });

  it('searches names and aliases, and says which alias matched', async () => {
    const { user, router } = renderApp('/actors', { dataset: makeSourceViewDataset() });
    await user.type(await screen.findByRole('searchbox', { name: 'Name or alias' }), 'cq brown{Enter}');
    expect(router.state.location.search).toBe('?q=cq+brown');
    expect(await rowTexts()).toEqual([['Charles Q. Brown (as “CQ Brown”)', 'US', 'Military officer', 'Chairman of the Joint Chiefs of Staff (from Oct 2023)', '4', '2', '2']]);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 actors');
  });

  it('filters by side and kind', async () => {
    const { user, router } = renderApp('/actors', { dataset: makeSourceViewDataset() });
    await user.click(await screen.findByRole('checkbox', { name: 'PRC' }));
    expect(router.state.location.search).toBe('?side=prc');
    expect(await names()).toEqual(['Liu Zhenli', 'Ministry of National Defense', 'Wu Qian']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Military officer');
    expect(router.state.location.search).toBe('?side=prc&kind=military-officer');
    expect(await names()).toEqual(['Liu Zhenli']);
  });

  it('sorts by mentions, events or articles from the column headers', async () => {
    const { user, router } = renderApp('/actors', { dataset: makeSourceViewDataset() });
    await user.click(within(await table()).getByRole('button', { name: /^Mentions/ }));
    expect(router.state.location.search).toBe('?sort=mentions&dir=desc');
    expect(await names()).toEqual(['Charles Q. Brown', 'Wu Qian', 'Liu Zhenli', 'Lloyd Austin', 'Ministry of National Defense']);
    expect(within(await table()).getByRole('columnheader', { name: /^Mentions/ })).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(await table()).getByRole('button', { name: /^Events/ }));
    expect(await names()).toEqual(['Charles Q. Brown', 'Liu Zhenli', 'Lloyd Austin', 'Wu Qian', 'Ministry of National Defense']);
    await user.click(within(await table()).getByRole('button', { name: /^Name/ }));
    expect(router.state.location.search).toBe('');
  });

  it('opens cold from a filtered link and drops unknown values with a notice', async () => {
    const { router } = renderApp('/actors?side=prc,mars&kind=spokesperson&colour=red', { dataset: makeSourceViewDataset() });
    const notice = (await screen.findByText(/2 parts of this link were not understood/)).closest('[role="status"]')!;
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'side=mars: not one of us, prc, other',
      'colour=red: unknown parameter',
    ]);
    expect(await names()).toEqual(['Wu Qian']);
    expect(router.state.location.search).toBe('?side=prc&kind=spokesperson');
  });

  it('says so when nothing matches', async () => {
    renderApp('/actors?q=nobody+at+all', { dataset: makeSourceViewDataset() });
    expect(await screen.findByText('No actor matches these filters.')).toBeInTheDocument();
  });
});
