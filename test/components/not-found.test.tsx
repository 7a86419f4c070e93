import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFixtureDataset } from '../support/dataset-fixture.ts';
import { renderApp, stubFetch } from '../support/render-app.tsx';

describe('not found', () => {
  it('an unknown path names the path and links to every section', async () => {
    renderApp('/nowhere/at-all', { dataset: makeFixtureDataset() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/nowhere/at-all').tagName).toBe('CODE');
    const main = screen.getByRole('main');
    expect(within(main).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/', '/channels', '/actors', '/articles']);
  });

  it('an unknown path shows even when the dataset cannot load', async () => {
    stubFetch({});
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it.each([
    ['/channels/no-such-channel', 'Channel not found', 'no-such-channel', 'All channels', '/channels'],
    ['/actors/no-such-actor', 'Actor not found', 'no-such-actor', 'All actors', '/actors'],
    ['/articles/no-such-article', 'Article not found', 'no-such-article', 'All articles', '/articles'],
  ])('%s says which id was not found and links back', async (path, title, id, back, href) => {
    renderApp(path, { dataset: makeFixtureDataset() });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent(`no ${title.split(' ')[0]!.toLowerCase()} with the id ${id}`);
    expect(screen.getByRole('link', { name: back })).toHaveAttribute('href', href);
  });
});
