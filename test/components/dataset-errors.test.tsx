import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFixtureDataset } from '../support/dataset-fixture.ts';
import { renderApp, stubFetch } from '../support/render-app.tsx';

const URL = '/data/dataset.json';
const json = (value: unknown) => ({ body: JSON.stringify(value) });

// findBy* gives up after 1000 ms: each panel must appear within a second, with no retries.
async function findPanel() {
  const alert = await screen.findByRole('alert');
  return { alert, heading: within(alert).getByRole('heading', { level: 1 }) };
}

describe('loading the dataset', () => {
  beforeEach(() => {
    // The error boundary logs what it caught; the panel is what these tests look at.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('shows a busy skeleton while the file loads', async () => {
    stubFetch({ [URL]: 'never' });
    renderApp('/');
    const status = await screen.findByRole('status');
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(status).toHaveTextContent('Loading the dataset…');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('renders the page once the file is valid', async () => {
    stubFetch({ [URL]: json(makeFixtureDataset()) });
    renderApp('/channels');
    expect(await screen.findByRole('link', { name: 'MMCA talks' })).toHaveAttribute('href', '/channels/mmca');
  });

  it('missing (HTTP 404): names the URL, the status and the command, and does not retry', async () => {
    const fetchMock = stubFetch({});
    renderApp('/');
    const { alert, heading } = await findPanel();
    expect(heading).toHaveTextContent('The dataset is missing');
    expect(alert).toHaveTextContent(`Loading ${URL} failed: HTTP 404 Not Found.`);
    expect(within(alert).getByText(URL, { selector: 'code' })).toBeInTheDocument();
    expect(within(alert).getByText('npm run data', { selector: 'code' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('missing: other error statuses too', async () => {
    stubFetch({ [URL]: { status: 500, body: 'oops', contentType: 'text/plain' } });
    renderApp('/');
    const { alert, heading } = await findPanel();
    expect(heading).toHaveTextContent('The dataset is missing');
    expect(alert).toHaveTextContent('HTTP 500');
  });

  it('missing: an HTML fallback page in place of the file', async () => {
    stubFetch({ [URL]: { body: '<!doctype html><title>Hotline</title>', contentType: 'text/html' } });
    renderApp('/');
    const { alert, heading } = await findPanel();
    expect(heading).toHaveTextContent('The dataset is missing');
    expect(alert).toHaveTextContent('the server sent an HTML page instead of the file');
  });

  it('unreachable: the request itself fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    renderApp('/');
    const { alert, heading } = await findPanel();
    expect(heading).toHaveTextContent('The dataset could not be fetched');
    expect(alert).toHaveTextContent(`The request for ${URL} failed: Failed to fetch.`);
  });

  it('not-json: a truncated file', async () => {
    const body = JSON.stringify(makeFixtureDataset()).slice(0, 120);
    stubFetch({ [URL]: { body } });
    renderApp('/');
    const { alert, heading } = await findPanel();
    expect(heading).toHaveTextContent('The dataset is not valid JSON');
    expect(alert).toHaveTextContent(`${URL} could not be parsed:`);
    expect(alert).toHaveTextContent('(120 characters received; a truncated file fails this way)');
    expect(within(alert).getByText('npm run data', { selector: 'code' })).toBeInTheDocument();
  });

  it('not-json: an empty file', async () => {
    stubFetch({ [URL]: { body: '' } });
    renderApp('/');
    const { alert } = await findPanel();
    expect(alert).toHaveTextContent('the file is empty');
  });

  it('wrong-version: says which version was found, before any field check', async () => {
    stubFetch({ [URL]: json({ ...makeFixtureDataset(), schemaVersion: 2, events: 'not even a list' }) });
    renderApp('/');
    const { alert, heading } = await findPanel();
    expect(heading).toHaveTextContent('The dataset has the wrong schema version');
    expect(alert).toHaveTextContent(`${URL}: found schemaVersion 2; this app reads schemaVersion 1.`);
    expect(within(alert).queryByRole('list', { name: 'Problems' })).toBeNull();
  });

  it('wrong-version: no version at all', async () => {
    stubFetch({ [URL]: json({ events: [] }) });
    renderApp('/');
    const { alert } = await findPanel();
    expect(alert).toHaveTextContent('the file has no schemaVersion; this app reads schemaVersion 1');
  });

  it('invalid: lists every problem as path: message', async () => {
    const dataset = makeFixtureDataset();
    dataset.events[1]!.date.start = '2023-02-30';
    (dataset.channels[0] as { order: unknown }).order = 'first';
    stubFetch({ [URL]: json(dataset) });
    renderApp('/');
    const { alert, heading } = await findPanel();
    expect(heading).toHaveTextContent('The dataset does not match the schema');
    expect(alert).toHaveTextContent(`${URL}: 2 problems.`);
    const problems = within(alert).getByRole('list', { name: 'Problems' });
    const items = within(problems).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items).toContain('events[1].date.start: must be a calendar day written YYYY-MM-DD');
    expect(items.find((i) => i?.startsWith('channels[0].order: '))).toBeDefined();
  });

  it('invalid: a top-level value that is not an object', async () => {
    stubFetch({ [URL]: json([1, 2]) });
    renderApp('/');
    const { alert } = await findPanel();
    expect(within(alert).getByRole('list', { name: 'Problems' })).toHaveTextContent('(root): expected an object, found an array');
  });

  it('shows the same panel on every page, not a blank one', async () => {
    stubFetch({});
    const { user } = renderApp('/actors');
    await findPanel();
    await user.click(screen.getByRole('link', { name: 'Articles' }));
    const { heading } = await findPanel();
    expect(heading).toHaveTextContent('The dataset is missing');
  });

  it('"Try again" fetches once more and shows the page when the file is fixed', async () => {
    const fetchMock = stubFetch({});
    const { user } = renderApp('/articles');
    await findPanel();
    stubFetch({ [URL]: json(makeFixtureDataset()) });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
