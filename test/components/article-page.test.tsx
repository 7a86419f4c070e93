import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFixtureBody, makeFixtureDataset } from '../support/dataset-fixture.ts';
import { renderApp, stubFetch } from '../support/render-app.tsx';
import { DELTA, HOSTILE, makeSourceViewDataset, QUOTES, sourceViewFiles } from '../support/source-view-fixture.ts';

// jsdom has no layout: record which elements were scrolled into view instead.
let scrolled: Element[] = [];
beforeEach(() => {
  scrolled = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

const open = (path: string) => {
  stubFetch(sourceViewFiles());
  return renderApp(path, { dataset: makeSourceViewDataset() });
};

/** The text of every highlighted run of one quote, joined: what the reader sees highlighted. */
const highlighted = (key: string) =>
  [...document.querySelectorAll(`mark[data-quote~="${key}"]`)].map((m) => m.textContent).join('');

describe('article page: seed text is text', () => {
  it('renders script tags, event handlers and javascript: links in the text as inert characters', async () => {
    open('/articles/art-delta');
    const paragraph = await waitFor(() => {
      const p = document.getElementById('p-1');
      if (!p) throw new Error('paragraph 1 not rendered yet');
      return p;
    });
    // Exactly the characters of the seed, plus the quote's hidden start label and its number link.
    const [before, after] = [DELTA[1].slice(0, QUOTES.talks2.length), DELTA[1].slice(QUOTES.talks2.length)];
    expect(paragraph.textContent).toBe(`[quote 3] ${before}3${after}`);
    expect(paragraph.textContent).toContain(HOSTILE.slice(HOSTILE.indexOf('<img')));
    const main = screen.getByRole('main');
    expect(main.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
    expect(main.querySelectorAll('[onerror], [onclick], [onload]')).toHaveLength(0);
    for (const link of main.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
    // The markup inside a quote stays text too.
    expect(highlighted('evt-delta-talks.2')).toBe(QUOTES.talks2);
  });

  it('keeps a paragraph without highlights as one text node', async () => {
    stubFetch({ '/data/articles/art-bravo.json': { body: JSON.stringify(makeFixtureBody('bravo')) } });
    renderApp('/articles/art-bravo', { dataset: makeFixtureDataset() });
    const text = await screen.findByText('A reader comment pasted here read <script>alert(1)</script> and nothing else.');
    expect(text.tagName).toBe('P');
    expect(document.querySelector('main script')).toBeNull();
  });
});

describe('article page: highlights', () => {
  it('marks mentions as links to profiles and quotes as numbered marks linked to the timeline', async () => {
    open('/articles/art-delta');
    const wu = await screen.findByRole('link', { name: 'Wu Qian (Wu Qian)' });
    expect(wu).toHaveAttribute('href', '/actors/wu-qian');
    expect(wu).toHaveAttribute('id', 'mention-1-11');
    // The first "Wu Qian" is cut by a quote that starts after "Wu ": two links, both to the profile.
    expect(screen.getAllByRole('link', { name: 'Wu (Wu Qian)' }).map((a) => [a.id, a.getAttribute('href')])).toEqual([
      ['mention-0-0', '/actors/wu-qian'],
      ['mention-0-66', '/actors/wu-qian'],
    ]);
    expect(screen.getByRole('link', { name: 'Qian (Wu Qian)' })).toHaveAttribute('href', '/actors/wu-qian');
    expect(screen.getByRole('link', { name: 'Gen. (Charles Q. Brown)' })).toHaveAttribute('id', 'mention-0-43');
    const ref = screen.getByRole('link', { name: 'Quote 4: evidence for “Officials plan to meet again in December.”. Show the event on the timeline' });
    expect(ref).toHaveAttribute('href', '/?event=evt-delta-draft');
    expect(ref).toHaveTextContent(/^4$/);
    // Overlapping and nested quotes: each quote's runs, joined, are exactly its words.
    expect(highlighted('evt-delta-talks.0')).toBe(QUOTES.talks0);
    expect(highlighted('evt-delta-talks.1')).toBe(QUOTES.talks1);
    expect(document.querySelectorAll('mark.quote--depth-2')).toHaveLength(2); // "Qian" and " said the hotline would reopen"
    expect(document.querySelector('[aria-current="true"]')).toBeNull();
  });

  it('a ?quote= link highlights that quote as current, scrolls to it and focuses it', async () => {
    const { router } = open('/articles/art-delta?quote=evt-delta-talks.1');
    const current = await waitFor(() => {
      const el = document.getElementById('quote-evt-delta-talks.1');
      if (!el) throw new Error('not yet');
      return el;
    });
    expect(current).toHaveAttribute('aria-current', 'true');
    expect([...current.querySelectorAll('mark')].map((m) => m.textContent).join('')).toBe(QUOTES.talks1);
    await waitFor(() => expect(document.activeElement).toBe(current));
    expect(scrolled).toEqual([current]);
    const bar = screen.getByRole('group', { name: 'Highlights' });
    expect(bar).toHaveTextContent('Quote 2 highlighted: evidence for “Austin and Wu Qian agree the hotline will reopen.”');
    expect(within(bar).getByRole('link', { name: 'Show the event on the timeline' })).toHaveAttribute('href', '/?event=evt-delta-talks');
    expect(screen.getByRole('link', { name: /^Quote 2: “/ })).toHaveAttribute('aria-current', 'true');
    expect(router.state.location.search).toBe('?quote=evt-delta-talks.1');
  });

  it('an ?event= link highlights all of the event’s quotes here and opens at the first', async () => {
    open('/articles/art-delta?event=evt-delta-talks');
    const bar = await screen.findByRole('group', { name: 'Highlights' });
    expect(bar).toHaveTextContent('Quotes 1, 2, 3 highlighted: the evidence here for “Austin and Wu Qian agree the hotline will reopen.”');
    await waitFor(() => expect(document.activeElement?.id).toBe('event-quotes-evt-delta-talks'));
    const selected = [...document.querySelectorAll('mark.quote--selected')];
    expect(selected.map((m) => m.textContent).join('')).toBe(`${QUOTES.talks0}, and Gen. Brown agreed${QUOTES.talks2}`);
    expect(document.querySelectorAll('mark.quote:not(.quote--selected)')).toHaveLength(1); // the draft event's quote
    const first = document.getElementById('event-quotes-evt-delta-talks')!;
    expect(first).toBe(selected[0]);
    expect(scrolled).toEqual([first]);
    expect(screen.getByRole('link', { name: 'Quotes for “Austin and Wu Qian agree the hotline will reopen.” highlighted' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('an ?actor= link highlights every mention of the actor and moves through them', async () => {
    const { user } = open('/articles/art-delta?actor=wu-qian');
    const bar = await screen.findByRole('group', { name: 'Highlights' });
    expect(bar).toHaveTextContent('3 mentions of Wu Qian highlighted (1 of 3)');
    const selected = [...document.querySelectorAll('.mention--selected')];
    expect(selected.map((el) => [el.id, el.textContent])).toEqual([
      ['mention-0-0', 'Wu '],
      ['', 'Qian'],
      ['mention-0-66', 'Wu'],
      ['mention-1-11', 'Wu Qian'],
    ]);
    await waitFor(() => expect(document.activeElement?.id).toBe('mention-0-0'));
    await user.click(within(bar).getByRole('button', { name: 'Next mention' }));
    expect(document.activeElement?.id).toBe('mention-0-66');
    expect(bar).toHaveTextContent('(2 of 3)');
    await user.click(within(bar).getByRole('button', { name: 'Previous mention' }));
    await user.click(within(bar).getByRole('button', { name: 'Previous mention' }));
    expect(document.activeElement?.id).toBe('mention-1-11');
    expect(screen.getByRole('link', { name: 'Mentions of Wu Qian highlighted' })).toHaveAttribute('aria-current', 'true');
  });

  it('a #mention anchor with ?actor= opens at that mention', async () => {
    open('/articles/art-delta?actor=wu-qian#mention-1-11');
    await waitFor(() => expect(document.activeElement?.id).toBe('mention-1-11'));
    expect(scrolled.map((el) => el.id)).toEqual(['mention-1-11']);
    expect(screen.getByRole('group', { name: 'Highlights' })).toHaveTextContent('(3 of 3)');
  });

  it('clearing a highlight removes it from the URL', async () => {
    const { user, router } = open('/articles/art-delta?quote=evt-delta-talks.0&actor=wu-qian');
    await user.click(await screen.findByRole('button', { name: 'Clear quote' }));
    expect(router.state.location.search).toBe('?actor=wu-qian');
    expect(document.querySelector('[aria-current="true"].quote-current')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear mentions' }));
    expect(router.state.location.search).toBe('');
    expect(document.querySelectorAll('.mention--selected')).toHaveLength(0);
  });

  it('drops an unknown quote and an actor the article does not name, with a notice, and opens the plain view', async () => {
    const { router } = open('/articles/art-delta?quote=evt-suspension.0&actor=liu-zhenli&original=2');
    const notice = await screen.findByText(/3 parts of this link were not understood/);
    const list = notice.closest('[role="status"]')!;
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'quote=evt-suspension.0: no such quote in this article',
      'actor=liu-zhenli: no such actor named in this article',
      'original=2: not 1 or 0',
    ]);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('link', { name: 'Wu Qian (Wu Qian)' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Highlights' })).toBeNull();
  });

  it('the side panel’s quote links select a quote in place', async () => {
    const { user, router } = open('/articles/art-delta');
    const link = await screen.findByRole('link', { name: 'Quote 3: “Austin met Wu Qian in Beijing. A comment read <script>alert("x")</script>”' });
    expect(link).toHaveAttribute('href', '/articles/art-delta?quote=evt-delta-talks.2');
    await user.click(link);
    expect(router.state.location.search).toBe('?quote=evt-delta-talks.2');
    await waitFor(() => expect(document.activeElement?.id).toBe('quote-evt-delta-talks.2'));
  });
});

describe('article page: original text', () => {
  it('the toggle shows every block in order, each marked kept, set aside or dropped, with why', async () => {
    const { user, router } = open('/articles/art-delta');
    const toggle = await screen.findByRole('button', { name: 'Show the original text' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(router.state.location.search).toBe('?original=1');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'Original text' })).toBeInTheDocument();
    const blocks = within(screen.getByRole('list', { name: 'Original text, block by block' })).getAllByRole('listitem');
    expect(blocks.map((b) => [...b.children].map((c) => c.textContent))).toEqual([
      ['dropped: boilerplate (site navigation)', '• Home  • World  • Login'],
      ['set aside: headline (the headline)', 'Hotline to reopen, spokesman says'],
      ['kept as paragraph 1', DELTA[0]],
      ['kept as paragraph 2', DELTA[1]],
      ['kept as paragraph 3', DELTA[2]],
      ['dropped: boilerplate (share buttons)', 'Share on Facebook'],
    ]);
    expect(screen.getByText('6 blocks in the original: 3 kept as paragraphs, 1 set aside as metadata, 2 dropped.')).toBeInTheDocument();
    expect(document.querySelector('main script, main img')).toBeNull();
    await user.click(toggle);
    expect(router.state.location.search).toBe('');
  });

  it('with a quote in the link, says highlights are in the cleaned text and offers it', async () => {
    const { user, router } = open('/articles/art-delta?quote=evt-delta-talks.0&original=1');
    await user.click(await screen.findByRole('button', { name: 'Show the cleaned text' }));
    expect(router.state.location.search).toBe('?quote=evt-delta-talks.0');
    await waitFor(() => expect(document.activeElement?.id).toBe('quote-evt-delta-talks.0'));
  });
});

describe('article page: side panel', () => {
  it('lists the events it supports, with draft marks, timeline links and numbered quotes', async () => {
    open('/articles/art-delta');
    const panel = await screen.findByRole('complementary', { name: 'About this article' });
    const events = within(panel).getByRole('heading', { name: 'Events this article supports' }).parentElement!;
    const items = within(events).getAllByRole('listitem').filter((li) => li.classList.contains('side-event'));
    expect(items.map((li) => li.querySelector('.side-event__meta')!.textContent)).toEqual(['18 Nov 2023 · Meeting', 'Dec 2023 · Planneddraft']);
    expect(within(items[0]!).getByRole('link', { name: 'Austin and Wu Qian agree the hotline will reopen.' })).toHaveAttribute('href', '/?event=evt-delta-talks');
    expect(within(items[0]!).getAllByRole('link', { name: /^Quote \d/ }).map((a) => a.getAttribute('href'))).toEqual([
      '/articles/art-delta?quote=evt-delta-talks.0',
      '/articles/art-delta?quote=evt-delta-talks.1',
      '/articles/art-delta?quote=evt-delta-talks.2',
    ]);
    expect(items[0]).toHaveTextContent('Quote 2: “Qian said the hotline would reopen, and Gen. Brown agreed” recalled later · words of Wu Qian');
    expect(within(items[1]!).getByText('draft')).toHaveClass('tag--draft');
  });

  it('lists the actors named with mention counts and highlight links, and names not in the registry', async () => {
    open('/articles/art-delta');
    const panel = await screen.findByRole('complementary', { name: 'About this article' });
    await within(panel).findByText(/3 mentions/);
    const actors = within(panel).getByRole('heading', { name: 'Actors named' }).parentElement!;
    const rows = [...actors.querySelectorAll('.side-actors > li')].map((li) => li.textContent);
    expect(rows).toEqual([
      'Charles Q. Brown US · 2 mentions highlight mentions',
      'Lloyd Austin US · 1 mention highlight mentions',
      'Wu Qian PRC · 3 mentions highlight mentions',
    ]);
    expect(within(actors).getByRole('link', { name: 'Highlight mentions of Lloyd Austin' })).toHaveAttribute('href', '/articles/art-delta?actor=lloyd-austin');
    const unlinked = within(actors).getByRole('region', { name: 'Names not in the registry' });
    expect(within(unlinked).getByRole('listitem')).toHaveTextContent('Zhang Youxia (2 times) not in the registry');
  });

  it('shows each metadata field with how it was obtained', async () => {
    stubFetch({ '/data/articles/art-bravo.json': { body: JSON.stringify(makeFixtureBody('bravo')) } });
    renderApp('/articles/art-bravo', { dataset: makeFixtureDataset() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Defense chiefs talk again' })).toBeInTheDocument();
    const published = within(screen.getByRole('complementary')).getByText('Published').closest('div')!;
    expect(within(published).getByText('Dec 2023')).toHaveAttribute('datetime', '2023-12');
    expect(published).toHaveTextContent('inferred: From "last week" and the December call.');
    const outlet = within(screen.getByRole('complementary')).getByText('Outlet').closest('div')!;
    expect(outlet).toHaveTextContent('Outletnonenot found: No outlet named.');
  });

  it('an uncurated article says so plainly and still shows its recognised actors, highlighted in the text', async () => {
    open('/articles/art-charlie');
    expect(await screen.findByRole('note')).toHaveTextContent('Not yet curated. No analyst has read this article yet, so it supports no events.');
    expect(screen.getByText('Not yet curated: no events recorded.')).toBeInTheDocument();
    const panel = screen.getByRole('complementary', { name: 'About this article' });
    expect(within(panel).getByRole('link', { name: 'Liu Zhenli' })).toHaveAttribute('href', '/actors/liu-zhenli');
    expect(await screen.findByRole('link', { name: 'Liu Zhenli (Liu Zhenli)' })).toHaveAttribute('id', 'mention-0-16');
  });
});

describe('article page: loading and errors', () => {
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
    renderApp('/articles/art-nope?quote=evt-x.0', { dataset: makeFixtureDataset() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Article not found' })).toBeInTheDocument();
    expect(screen.getByText('art-nope').tagName).toBe('CODE');
    expect(screen.getByRole('link', { name: 'All articles' })).toHaveAttribute('href', '/articles');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
