import { ARTICLE_SORT_KEYS, CURATION_FILTERS, type ArticleSortKey, type CurationFilter } from '../domain/article-list.ts';
import { SORT_DIRS, type SortDir } from '../domain/list-query.ts';
import { DateBasis, DatePrecision } from '../schema/enums.ts';
import { defineSearch, oneOf, text } from './codec.ts';

/**
 * The article index: `/articles?q=reuters&curated=no&basis=inferred&precision=month&sort=events&dir=desc`.
 * Defaults (everything, oldest first) stay out of the URL.
 */
export type ArticlesSearch = {
  q: string;
  curated?: CurationFilter | undefined;
  bases: DateBasis[];
  precisions: DatePrecision[];
  sort: ArticleSortKey;
  dir: SortDir;
};

export const articlesSearch = defineSearch<ArticlesSearch, unknown>(
  {
    q: { key: 'q', codec: text },
    curated: { key: 'curated', codec: oneOf(CURATION_FILTERS) },
    bases: { key: 'basis', list: true, codec: oneOf(DateBasis.options) },
    precisions: { key: 'precision', list: true, codec: oneOf(DatePrecision.options) },
    sort: { key: 'sort', codec: oneOf(ARTICLE_SORT_KEYS) },
    dir: { key: 'dir', codec: oneOf(SORT_DIRS) },
  },
  { q: '', bases: [], precisions: [], sort: 'published', dir: 'asc' },
);
