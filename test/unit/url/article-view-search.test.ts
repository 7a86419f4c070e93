import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { articleViewSearch, quoteParam, type ArticleViewSearch } from '../../../src/url/article-view-search.ts';
import { readSearchParams } from '../../../src/url/codec.ts';
import { articleHref, quoteRef } from '../../../src/url/paths.ts';
import { makeSourceViewDataset } from '../../support/source-view-fixture.ts';

const ctx = { index: indexDataset(makeSourceViewDataset()), articleId: 'art-delta' };
const parse = (search: string) => articleViewSearch.parse(readSearchParams(search), ctx);
const canonical = (search: string) => articleViewSearch.serialize(parse(search).value).toString();

describe('quoteParam', () => {
  it.each([
    ['evt-a.0', { eventId: 'evt-a', index: 0 }],
    ['evt-2023-08-31-x.12', { eventId: 'evt-2023-08-31-x', index: 12 }],
  ])('parses %s', (raw, value) => {
    expect(quoteParam.parse(raw)).toEqual(value);
    expect(quoteParam.serialize(value)).toBe(raw);
  });

  it.each(['evt-a', 'evt-a.', '.1', 'evt-a.01', 'evt-a.-1', 'evt-a.1.2', 'EVT.1', 'evt a.1', 'evt-a.99999'])('rejects %j', (raw) => {
    expect(quoteParam.parse(raw)).toBeUndefined();
  });
});

describe('articleViewSearch', () => {
  it.each<[string, Partial<ArticleViewSearch>, string]>([
    ['', { original: false }, ''],
    ['?quote=evt-delta-talks.1', { quote: { eventId: 'evt-delta-talks', index: 1 } }, 'quote=evt-delta-talks.1'],
    ['?actor=wu-qian', { actor: 'wu-qian' }, 'actor=wu-qian'],
    ['?event=evt-delta-talks', { event: 'evt-delta-talks' }, 'event=evt-delta-talks'],
    [
      '?original=1&actor=wu-qian&event=evt-delta-draft&quote=evt-delta-draft.0',
      { original: true, actor: 'wu-qian', event: 'evt-delta-draft' },
      'quote=evt-delta-draft.0&event=evt-delta-draft&actor=wu-qian&original=1',
    ],
    ['?original=0', { original: false }, ''],
  ])('for %s, parses %j and serialises canonically to %s', (search, expected, out) => {
    const { value, issues } = parse(search);
    expect(issues).toEqual([]);
    expect(value).toMatchObject(expected);
    expect(canonical(search)).toBe(out);
    expect(canonical(`?${out}`)).toBe(out); // idempotent: no redirect loop
  });

  it.each<[string, { param: string; value: string; problem: string }]>([
    ['?quote=nope', { param: 'quote', value: 'nope', problem: 'not an event id, a dot and a quote number (evt-….0)' }],
    ['?quote=evt-none.0', { param: 'quote', value: 'evt-none.0', problem: 'no such quote in this article' }],
    ['?quote=evt-delta-talks.3', { param: 'quote', value: 'evt-delta-talks.3', problem: 'no such quote in this article' }],
    ['?quote=evt-suspension.0', { param: 'quote', value: 'evt-suspension.0', problem: 'no such quote in this article' }],
    ['?event=evt-suspension', { param: 'event', value: 'evt-suspension', problem: 'no quote of such an event in this article' }],
    ['?event=evt-none', { param: 'event', value: 'evt-none', problem: 'no quote of such an event in this article' }],
    ['?actor=liu-zhenli', { param: 'actor', value: 'liu-zhenli', problem: 'no such actor named in this article' }],
    ['?actor=Wu%20Qian', { param: 'actor', value: 'Wu Qian', problem: 'not an id (lowercase letters, digits and -)' }],
    ['?original=yes', { param: 'original', value: 'yes', problem: 'not 1 or 0' }],
    ['?zoom=2', { param: 'zoom', value: '2', problem: 'unknown parameter' }],
  ])('for %s, drops exactly the bad value with one notice', (search, issue) => {
    const parsed = parse(search);
    expect(parsed.issues).toEqual([issue]);
    expect(canonical(search)).toBe('');
  });

  it('keeps the good values next to a bad one', () => {
    const parsed = parse('?quote=evt-delta-talks.9&actor=wu-qian');
    expect(parsed.value).toEqual({ original: false, actor: 'wu-qian' });
    expect(parsed.issues.map((i) => i.param)).toEqual(['quote']);
  });

  it('round-trips every quote of the article (bijection)', () => {
    for (const [eventId, count] of [['evt-delta-talks', 3], ['evt-delta-draft', 1]] as const) {
      for (let index = 0; index < count; index++) {
        const value: ArticleViewSearch = { quote: { eventId, index }, event: eventId, actor: 'charles-brown', original: true };
        expect(articleViewSearch.parse(articleViewSearch.serialize(value), ctx)).toEqual({ value, issues: [] });
      }
    }
  });
});

describe('articleHref', () => {
  it.each<[Parameters<typeof articleHref>[1], string]>([
    [{}, '/articles/art-delta'],
    [{ quote: quoteRef('evt-delta-talks', 2) }, '/articles/art-delta?quote=evt-delta-talks.2'],
    [{ actor: 'wu-qian' }, '/articles/art-delta?actor=wu-qian'],
    [{ quote: 'evt-delta-talks.0', actor: 'wu-qian' }, '/articles/art-delta?quote=evt-delta-talks.0&actor=wu-qian'],
    [{ event: 'evt-delta-talks' }, '/articles/art-delta?event=evt-delta-talks'],
    [{ actor: 'wu-qian', mention: { paragraph: 1, start: 11 } }, '/articles/art-delta?actor=wu-qian#mention-1-11'],
  ])('%j → %s', (options, href) => {
    expect(articleHref('art-delta', options)).toBe(href);
  });

  it('builds the canonical form the article view would rewrite to, so a link is never rewritten', () => {
    const href = articleHref('art-delta', { quote: 'evt-delta-talks.1', event: 'evt-delta-draft', actor: 'wu-qian' });
    const search = href.slice(href.indexOf('?'));
    expect(parse(search).issues).toEqual([]);
    expect(`?${canonical(search)}`).toBe(search);
  });
});
