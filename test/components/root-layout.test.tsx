import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { normalizeEntryPath, routerBasename } from '../../src/app/router.tsx';
import { makeFixtureDataset } from '../support/dataset-fixture.ts';
import { renderApp } from '../support/render-app.tsx';

describe('root layout', () => {
  it('renders the main navigation with real links', async () => {
    renderApp('/', { dataset: makeFixtureDataset() });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Timeline', '/'],
      ['Channels', '/channels'],
      ['Actors', '/actors'],
      ['Articles', '/articles'],
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
  });

  it('marks the current section, including on a detail page', async () => {
    renderApp('/channels/chiefs', { dataset: makeFixtureDataset() });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Channels' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Timeline' })).not.toHaveAttribute('aria-current');
  });

  it('has a skip link to the main region', () => {
    renderApp('/', { dataset: makeFixtureDataset() });
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('navigates between sections on click', async () => {
    const { user } = renderApp('/', { dataset: makeFixtureDataset() });
    await user.click(screen.getByRole('link', { name: 'Articles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
  });
});

describe('sub-path deploys', () => {
  it.each([
    ['/', '/'],
    ['/hotline/', '/hotline/'],
    ['/a/b/', '/a/b/'],
    ['./', '/'],
  ])('BASE_URL %s gives basename %s', (base, expected) => {
    expect(routerBasename(base)).toBe(expected);
  });

  it('opens the timeline at the sub-path and writes links under it, the timeline with its slash', async () => {
    renderApp('/hotline/', { dataset: makeFixtureDataset(), basename: routerBasename('/hotline/') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Articles' })).toHaveAttribute('href', '/hotline/articles');
    expect(screen.getByRole('link', { name: 'Timeline' })).toHaveAttribute('href', '/hotline/');
  });

  it.each([
    [{ pathname: '/hotline', search: '?asof=2023-01-01', hash: '#x' }, '/hotline/?asof=2023-01-01#x'],
    [{ pathname: '/hotline/', search: '', hash: '' }, null],
    [{ pathname: '/hotline/articles', search: '', hash: '' }, null],
    [{ pathname: '/', search: '?q=1', hash: '' }, null],
  ])('moves a bare sub-path entry %j to %s', (location, expected) => {
    expect(normalizeEntryPath(location, '/hotline/')).toBe(expected);
  });
});

describe('focus on navigation', () => {
  it('moves focus to the main region after a move to another page, not on first load', async () => {
    const { user } = renderApp('/', { dataset: makeFixtureDataset() });
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    expect(screen.getByRole('main')).not.toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Actors' }));
    await screen.findByRole('heading', { level: 1, name: 'Actors' });
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
