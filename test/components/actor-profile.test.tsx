import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp, stubFetch } from '../support/render-app.tsx';
import { makeSourceViewDataset, QUOTES, sourceViewFiles } from '../support/source-view-fixture.ts';

beforeEach(() => {
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

const open = (path: string) => {
  const fetchMock = stubFetch(sourceViewFiles());
  return { ...renderApp(path, { dataset: makeSourceViewDataset() }), fetchMock };
};
const section = (name: string | RegExp) => screen.getByRole('heading', { level: 2, name }).closest('section')!;

describe('actor profile', () => {
  it('shows names, side, kind, latest role and counts, and links to the timeline filtered to the actor', async () => {
    open('/actors/wu-qian');
    expect(await screen.findByRole('heading', { level: 1, name: 'Wu Qian' })).toBeInTheDocument();
    const facts = [...document.querySelectorAll('.facts dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(facts).toEqual([
      'Side: PRC',
      'Kind: Spokesperson',
      'Also written as: Wu',
      'Latest known role: Spokesperson, Ministry of National Defense (from Aug 2015)',
      'In the sources: 3 mentions in 1 article; 1 event',
    ]);
    expect(screen.getByRole('link', { name: 'Show Wu Qian on the timeline' })).toHaveAttribute('href', '/?actor=wu-qian');
    const roles = within(section('Roles')).getByRole('table', { name: 'Roles of Wu Qian' });
    expect(within(roles).getByRole('link', { name: 'Ministry of National Defense' })).toHaveAttribute('href', '/actors/prc-mnd');
  });

  it('lists the events with draft marks, beside a chart described in words', async () => {
    open('/actors/charles-brown');
    const events = await waitFor(() => section('Events (2)'));
    const table = within(events).getByRole('table', { name: 'Events Charles Q. Brown took part in or was quoted about, oldest first' });
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'Officials plan to meet again in December. draft',
      'Gen. Brown and Gen. Liu Zhenli hold a video call, the first in over a year.',
    ]);
    expect(within(events).getByRole('figure')).toHaveTextContent('Events involving Charles Q. Brown by type over time');
  });

  it('lists counterparts by side, linked, each with the shared events', async () => {
    open('/actors/charles-brown');
    const counterparts = await waitFor(() => section('Counterparts: who Charles Q. Brown met or spoke with'));
    const prc = within(counterparts).getByRole('region', { name: 'PRC' });
    expect(within(prc).getByRole('link', { name: 'Liu Zhenli' })).toHaveAttribute('href', '/actors/liu-zhenli');
    expect(prc).toHaveTextContent('Military officer · 2 shared events');
    expect(within(prc).getAllByRole('link').slice(1).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Dec 2023: Planned', '/?event=evt-delta-draft'],
      ['21 Dec 2023: Video conference', '/?event=evt-chiefs-call'],
    ]);
    expect(within(prc).getByText('draft')).toHaveClass('tag--draft');
  });

  it('says when the actor met no one', async () => {
    open('/actors/prc-mnd');
    expect(await screen.findByText('No event lists Ministry of National Defense together with another actor.')).toBeInTheDocument();
  });

  it('lists what the actor said, verbatim, linked to the source at the quote and to the event', async () => {
    open('/actors/wu-qian');
    const statements = await waitFor(() => section('Statements (2)'));
    const items = within(statements).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('blockquote')!.textContent)).toEqual([QUOTES.talks0, QUOTES.talks1]);
    expect(within(items[1]!).getByRole('link', { name: 'Hotline to reopen, spokesman says' })).toHaveAttribute(
      'href',
      '/articles/art-delta?quote=evt-delta-talks.1',
    );
    expect(items[1]).toHaveTextContent('Example Wire, 20 Nov 2023 stated · recalled later');
    expect(within(items[1]!).getByRole('link', { name: /^18 Nov 2023, meeting: Austin and Wu Qian agree/ })).toHaveAttribute('href', '/?event=evt-delta-talks');
  });

  it('shows every sentence that names the actor, with the name marked, each linked to that mention', async () => {
    const { fetchMock } = open('/actors/wu-qian');
    const articles = await waitFor(() => section('Articles that name Wu Qian (1 article)'));
    const contexts = await within(articles).findByRole('list', { name: 'Sentences naming Wu Qian in Hotline to reopen, spokesman says' });
    const sentences = within(contexts).getAllByRole('listitem');
    expect(sentences.map((li) => li.textContent)).toEqual([
      'paragraph 1 Wu Qian said the hotline would reopen, and Gen. Brown agreed with Wu.',
      'paragraph 2 Austin met Wu Qian in Beijing.',
    ]);
    expect(sentences.map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent))).toEqual([['Wu Qian', 'Wu'], ['Wu Qian']]);
    expect(within(sentences[1]!).getByRole('link', { name: 'paragraph 2' })).toHaveAttribute('href', '/articles/art-delta?actor=wu-qian#mention-1-11');
    expect(within(articles).getByRole('link', { name: 'Hotline to reopen, spokesman says' })).toHaveAttribute('href', '/articles/art-delta?actor=wu-qian');
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/data/articles/art-delta.json']);
  });

  it('reaches a sentence naming the actor in two clicks: profile, then the sentence', async () => {
    const { user, router } = open('/actors/wu-qian');
    await user.click(await screen.findByRole('link', { name: 'paragraph 2' }));
    expect(router.state.location.pathname).toBe('/articles/art-delta');
    await waitFor(() => expect(document.activeElement?.id).toBe('mention-1-11'));
    expect(document.activeElement).toHaveClass('mention--selected');
    expect(document.activeElement).toHaveTextContent('Wu Qian');
  });

  it('loads the sentences of the first articles only, and more on request (kept in the URL)', async () => {
    const dataset = makeSourceViewDataset();
    stubFetch(sourceViewFiles());
    const { user, router } = renderApp('/actors/liu-zhenli?shown=1', { dataset });
    const articles = await waitFor(() => section('Articles that name Liu Zhenli (2 articles)'));
    expect(within(articles).getByText('Also named in 1 more article:')).toBeInTheDocument();
    await user.click(within(articles).getByRole('button', { name: 'Show the sentences of 1 more article' }));
    expect(router.state.location.search).toBe('?shown=11');
    expect(await within(articles).findByText('Liu Zhenli')).toHaveClass('context-mention');
  });

  it('drops a bad parameter with a notice', async () => {
    const { router } = open('/actors/wu-qian?shown=lots');
    const notice = await screen.findByText(/Part of this link was not understood/);
    expect(notice.closest('[role="status"]')).toHaveTextContent('shown=lots: not a positive whole number');
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('an unknown actor gets a not-found page', async () => {
    open('/actors/nobody');
    expect(await screen.findByRole('heading', { level: 1, name: 'Actor not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All actors' })).toHaveAttribute('href', '/actors');
  });
});
