import { describe, expect, it } from 'vitest';
import { selectArticleRows, type ArticleListQuery } from '../../../src/domain/article-list.ts';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import type { Dataset } from '../../../src/schema/dataset.ts';
import { makeArticle } from '../../support/dataset-fixture.ts';
import { makeSourceViewDataset } from '../../support/source-view-fixture.ts';

// The source-view fixture plus an undated article, to see where "no date" sorts.
const dataset: Dataset = makeSourceViewDataset();
dataset.articles.push(makeArticle({ id: 'art-echo', title: 'Echo: undated', outlet: null, published: null, curated: false }));
const index = indexDataset(dataset);
const all: ArticleListQuery = { q: '', bases: [], precisions: [], sort: 'published', dir: 'asc' };
const ids = (query: Partial<ArticleListQuery>) => selectArticleRows(index, { ...all, ...query }).map((r) => r.article.id);

describe('selectArticleRows', () => {
  it.each<[string, Partial<ArticleListQuery>, string[]]>([
    ['oldest first, undated last', {}, ['art-alpha', 'art-delta', 'art-bravo', 'art-charlie', 'art-echo']],
    ['newest first, undated still last', { dir: 'desc' }, ['art-charlie', 'art-bravo', 'art-delta', 'art-alpha', 'art-echo']],
    ['curated only', { curated: 'yes' }, ['art-alpha', 'art-delta', 'art-bravo']],
    ['not yet curated only', { curated: 'no' }, ['art-charlie', 'art-echo']],
    ['inferred dates (an undated article has no basis)', { bases: ['inferred'] }, ['art-bravo', 'art-charlie']],
    ['month or year precision', { precisions: ['month', 'year'] }, ['art-bravo', 'art-charlie']],
    ['search in the title', { q: 'hotline' }, ['art-delta']],
    ['search in the original source and authors', { q: 'xinhua' }, ['art-delta']],
    ['search by author', { q: 'a. writer' }, ['art-delta']],
    ['search in the outlet', { q: 'example news' }, ['art-alpha', 'art-charlie']],
    ['by title', { sort: 'title' }, ['art-alpha', 'art-bravo', 'art-echo', 'art-delta', 'art-charlie']],
    ['by outlet, unknown outlet last', { sort: 'outlet' }, ['art-alpha', 'art-charlie', 'art-delta', 'art-bravo', 'art-echo']],
    ['by events, most first, ties by title', { sort: 'events', dir: 'desc' }, ['art-delta', 'art-alpha', 'art-bravo', 'art-echo', 'art-charlie']],
    ['by actors, fewest first', { sort: 'actors', dir: 'asc' }, ['art-echo', 'art-alpha', 'art-charlie', 'art-bravo', 'art-delta']],
  ])('%s', (_, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('counts events, draft events and actors per article', () => {
    const delta = selectArticleRows(index, all).find((r) => r.article.id === 'art-delta');
    expect(delta).toMatchObject({ eventCount: 2, draftEventCount: 1, actorCount: 3 });
  });
});
