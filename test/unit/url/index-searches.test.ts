import { describe, expect, it } from 'vitest';
import { actorProfileSearch, actorsSearch, type ActorsSearch } from '../../../src/url/actors-search.ts';
import { articlesSearch, type ArticlesSearch } from '../../../src/url/articles-search.ts';
import { readSearchParams } from '../../../src/url/codec.ts';

const parseActors = (s: string) => actorsSearch.parse(readSearchParams(s), null);
const parseArticles = (s: string) => articlesSearch.parse(readSearchParams(s), null);

describe('actorsSearch', () => {
  it.each<[string, Partial<ActorsSearch>, string]>([
    ['', { q: '', sides: [], kinds: [], sort: 'name', dir: 'asc' }, ''],
    ['?q=+wu+', { q: 'wu' }, 'q=wu'],
    ['?side=us,prc,us', { sides: ['us', 'prc'] }, 'side=prc%2Cus'],
    ['?kind=spokesperson&sort=mentions&dir=desc', { kinds: ['spokesperson'], sort: 'mentions', dir: 'desc' }, 'kind=spokesperson&sort=mentions&dir=desc'],
    ['?sort=name&dir=asc', { sort: 'name', dir: 'asc' }, ''],
  ])('for %s, parses %j and serialises canonically to %s', (search, expected, out) => {
    const { value, issues } = parseActors(search);
    expect(issues).toEqual([]);
    expect(value).toMatchObject(expected);
    expect(actorsSearch.serialize(value).toString()).toBe(out);
    expect(actorsSearch.serialize(parseActors(`?${out}`).value).toString()).toBe(out);
  });

  it.each([
    ['?side=us,mars', { param: 'side', value: 'mars', problem: 'not one of us, prc, other' }, { sides: ['us'] }],
    ['?sort=age', { param: 'sort', value: 'age', problem: 'not one of name, mentions, events, articles' }, { sort: 'name' }],
    ['?dir=up', { param: 'dir', value: 'up', problem: 'not one of asc, desc' }, { dir: 'asc' }],
  ])('for %s, drops exactly the bad value', (search, issue, value) => {
    const parsed = parseActors(search);
    expect(parsed.issues).toEqual([issue]);
    expect(parsed.value).toMatchObject(value);
  });

  it('round-trips (bijection)', () => {
    const value: ActorsSearch = { q: 'li shangfu', sides: ['prc', 'us'], kinds: ['leader', 'military-officer'], sort: 'events', dir: 'desc' };
    expect(actorsSearch.parse(actorsSearch.serialize(value), null)).toEqual({ value, issues: [] });
  });

  it('the profile keeps how many articles show their sentences, default left out', () => {
    expect(actorProfileSearch.parse(readSearchParams('?shown=20'), null)).toEqual({ value: { shown: 20 }, issues: [] });
    expect(actorProfileSearch.serialize({ shown: 10 }).toString()).toBe('');
    expect(actorProfileSearch.parse(readSearchParams('?shown=all'), null).issues).toEqual([
      { param: 'shown', value: 'all', problem: 'not a positive whole number' },
    ]);
  });
});

describe('articlesSearch', () => {
  it.each<[string, Partial<ArticlesSearch>, string]>([
    ['', { q: '', bases: [], precisions: [], sort: 'published', dir: 'asc' }, ''],
    ['?curated=no&basis=inferred', { curated: 'no', bases: ['inferred'] }, 'curated=no&basis=inferred'],
    ['?precision=year,day&sort=events&dir=desc', { precisions: ['year', 'day'], sort: 'events', dir: 'desc' }, 'precision=day%2Cyear&sort=events&dir=desc'],
    ['?q=Reuters', { q: 'Reuters' }, 'q=Reuters'],
  ])('for %s, parses %j and serialises canonically to %s', (search, expected, out) => {
    const { value, issues } = parseArticles(search);
    expect(issues).toEqual([]);
    expect(value).toMatchObject(expected);
    expect(articlesSearch.serialize(value).toString()).toBe(out);
  });

  it.each([
    ['?curated=maybe', { param: 'curated', value: 'maybe', problem: 'not one of yes, no' }],
    ['?basis=guessed', { param: 'basis', value: 'guessed', problem: 'not one of stated, inferred' }],
    ['?precision=week', { param: 'precision', value: 'week', problem: 'not one of day, month, year' }],
    ['?sort=words', { param: 'sort', value: 'words', problem: 'not one of published, title, outlet, events, actors' }],
  ])('for %s, drops exactly the bad value', (search, issue) => {
    expect(parseArticles(search).issues).toEqual([issue]);
  });

  it('round-trips (bijection)', () => {
    const value: ArticlesSearch = { q: 'pla', curated: 'yes', bases: ['inferred', 'stated'], precisions: ['month'], sort: 'outlet', dir: 'desc' };
    expect(articlesSearch.parse(articlesSearch.serialize(value), null)).toEqual({ value, issues: [] });
  });
});
