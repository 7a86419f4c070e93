import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFixtureBody, makeFixtureDataset } from '../support/dataset-fixture.ts';
import { renderApp, stubFetch } from '../support/render-app.tsx';

describe('article page', () => {
  it('renders the cleaned paragraphs as text, never as HTML', async () => {
    const fetchMock = stubFetch({ '/data/articles/art-bravo.json': { body: JSON.stringify(makeFixtureBody('bravo')) } });
    renderApp('/articles/art-bravo', { dataset: makeFixtureDataset() });
    const text = await screen.findByText('A reader comment pasted here read <script>alert(1)</script> and nothing else.');
    expect(text.tagName).toBe('P');
    expect(document.querySelector('main script')).toBeNull();
    expect(screen.getByText('Defense chiefs held a video call on 21 December 2023, the first in over a year.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('shows each metadata field with how it was obtained', async () => {
    stubFetch({ '/data/articles/art-bravo.json': { body: JSON.stringify(makeFixtureBody('bravo')) } });
    renderApp('/articles/art-bravo', { dataset: makeFixtureDataset() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Defense chiefs talk again' })).toBeInTheDocument();
    const published = screen.getByText('Published').closest('div')!;
    expect(within(published).getByText('Dec 2023')).toHaveAttribute('datetime', '2023-12');
    expect(published).toHaveTextContent('inferred: From "last week" and the December call.');
    const outlet = screen.getByText('Outlet').closest('div')!;
    expect(outlet).toHaveTextContent('Outletnonenot found: No outlet named.');
  });

  it('lists the actors named and the events it is evidence for', async () => {
    stubFetch({ '/data/articles/art-bravo.json': { body: JSON.stringify(makeFixtureBody('bravo')) } });
    renderApp('/articles/art-bravo', { dataset: makeFixtureDataset() });
    expect(await screen.findByRole('link', { name: 'Liu Zhenli' })).toHaveAttribute('href', '/actors/liu-zhenli');
    const events = screen.getByRole('table', { name: 'Events with a quote from this article, oldest first' });
    expect(within(events).getAllByRole('row')).toHaveLength(2);
    expect(within(events).getByRole('rowheader')).toHaveTextContent('Gen. Brown and Gen. Liu Zhenli hold a video call');
  });

  it('shows a busy skeleton while the text loads', async () => {
    stubFetch({ '/data/articles/art-bravo.json': 'never' });
    renderApp('/articles/art-bravo', { dataset: makeFixtureDataset() });
    const status = await screen.findByRole('status');
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(status).toHaveTextContent('Loading the article text…');
  });

  it('names the failing file when the body is missing, and keeps the metadata', async () => {
    const fetchMock = stubFetch({});
    renderApp('/articles/art-bravo', { dataset: makeFixtureDataset() });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The text of article art-bravo is missing' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Loading /data/articles/art-bravo.json failed: HTTP 404 Not Found.');
    expect(alert).toHaveTextContent('npm run data');
    expect(screen.getByRole('heading', { level: 1, name: 'Defense chiefs talk again' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('refuses a body file that belongs to another article', async () => {
    stubFetch({ '/data/articles/art-bravo.json': { body: JSON.stringify(makeFixtureBody('alpha')) } });
    renderApp('/articles/art-bravo', { dataset: makeFixtureDataset() });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('list', { name: 'Problems' })).toHaveTextContent('id: expected "art-bravo", found "art-alpha"');
    expect(screen.queryByText(/Beijing severed/)).toBeNull();
  });

  it('says which id was not found, links back, and fetches nothing', async () => {
    const fetchMock = stubFetch({});
    renderApp('/articles/art-nope', { dataset: makeFixtureDataset() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Article not found' })).toBeInTheDocument();
    expect(screen.getByText('art-nope').tagName).toBe('CODE');
    expect(screen.getByRole('link', { name: 'All articles' })).toHaveAttribute('href', '/articles');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
