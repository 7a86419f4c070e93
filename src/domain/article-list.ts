import type { Article } from '../schema/dataset.ts';
import type { DateBasis, DatePrecision } from '../schema/enums.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { compareIds, compareText, firstMatch, queryTerms, type SortDir } from './list-query.ts';

export const ARTICLE_SORT_KEYS = ['published', 'title', 'outlet', 'events', 'actors'] as const;
export type ArticleSortKey = (typeof ARTICLE_SORT_KEYS)[number];

export const CURATION_FILTERS = ['yes', 'no'] as const;
export type CurationFilter = (typeof CURATION_FILTERS)[number];

/** What the article index shows: a text search, filters on curation and date basis/precision, an order. */
export type ArticleListQuery = {
  q: string;
  /** `yes`: curated only; `no`: not yet curated only; absent: both. */
  curated?: CurationFilter | undefined;
  bases: readonly DateBasis[];
  precisions: readonly DatePrecision[];
  sort: ArticleSortKey;
  dir: SortDir;
};

export type ArticleRow = {
  article: Article;
  eventCount: number;
  /** Events from this article still marked draft (machine-suggested, not confirmed). */
  draftEventCount: number;
  actorCount: number;
};

/**
 * The article index's rows. `q` matches title, outlet, original source, authors and seed file
 * (every word, in one of them; case and accents ignored). Sorting by date puts undated articles
 * last in either direction, since "no date" is not earlier or later than a date; ties go by
 * title, then id.
 *
 *   sort published asc → 2020-10-29, 2021-12, 2023-09-02, (no date)
 *   sort published desc → 2023-09-02, 2021-12, 2020-10-29, (no date)
 */
export function selectArticleRows(index: DatasetIndex, query: ArticleListQuery): ArticleRow[] {
  const terms = queryTerms(query.q);
  const rows: ArticleRow[] = [];
  for (const article of index.dataset.articles) {
    if (query.curated === 'yes' && !article.curated) continue;
    if (query.curated === 'no' && article.curated) continue;
    if (query.bases.length > 0 && !(article.published && query.bases.includes(article.published.basis))) continue;
    if (query.precisions.length > 0 && !(article.published && query.precisions.includes(article.published.precision))) continue;
    const fields = [article.title, article.outlet ?? '', article.originalSource ?? '', ...article.authors, article.seedFile];
    if (firstMatch(fields, terms) < 0) continue;
    const events = index.eventsByArticle.get(article.id) ?? [];
    rows.push({
      article,
      eventCount: events.length,
      draftEventCount: events.filter((e) => e.draft).length,
      actorCount: article.actorIds.length,
    });
  }
  const sign = query.dir === 'desc' ? -1 : 1;
  const tie = (a: ArticleRow, b: ArticleRow) => compareText(a.article.title, b.article.title) || compareIds(a.article.id, b.article.id);
  const compare = (a: ArticleRow, b: ArticleRow): number => {
    switch (query.sort) {
      case 'published': {
        const da = a.article.published?.date;
        const db = b.article.published?.date;
        if (da === undefined || db === undefined) return da === db ? tie(a, b) : da === undefined ? 1 : -1;
        return sign * compareIds(da, db) || tie(a, b);
      }
      case 'title':
        return sign * tie(a, b);
      case 'outlet': {
        // Articles with no known outlet go last, like undated ones.
        const oa = a.article.outlet;
        const ob = b.article.outlet;
        if (oa === null || ob === null) return oa === ob ? tie(a, b) : oa === null ? 1 : -1;
        return sign * compareText(oa, ob) || tie(a, b);
      }
      case 'events':
        return sign * (a.eventCount - b.eventCount) || tie(a, b);
      case 'actors':
        return sign * (a.actorCount - b.actorCount) || tie(a, b);
    }
  };
  return rows.sort(compare);
}
