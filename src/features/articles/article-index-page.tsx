import { useMemo } from 'react';
import { selectArticleRows, type ArticleSortKey } from '../../domain/article-list.ts';
import { countLabel } from '../../domain/labels.ts';
import { useDatasetIndex } from '../../dataset/use-dataset-index.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { articlesSearch } from '../../url/articles-search.ts';
import { useSearchState } from '../../url/use-search-state.ts';
import { ArticleFilters } from './article-filters.tsx';
import { ArticleTable } from './article-table.tsx';
import './articles.css';

// Counts read best largest first; text and dates A→Z and oldest first.
const FIRST_DIR: Record<ArticleSortKey, 'asc' | 'desc'> = { published: 'asc', title: 'asc', outlet: 'asc', events: 'desc', actors: 'desc' };

/** Every source article: what it is, where it came from, how its date was found, and what it supports. */
export function ArticleIndexPage() {
  const index = useDatasetIndex();
  const [search, update, dropped] = useSearchState(articlesSearch, null);
  const rows = useMemo(() => selectArticleRows(index, search), [index, search]);
  const total = index.dataset.articles.length;
  return (
    <div className="article-index">
      <title>Articles · Hotline</title>
      <h1>Articles</h1>
      <UrlNotice dropped={dropped} />
      {total === 0 ? (
        <EmptyState title="The dataset has no articles." />
      ) : (
        <>
          <ArticleFilters value={search} onChange={update} />
          <p className="list-count" role="status">
            {rows.length === total ? `All ${countLabel(total, 'article')}` : `${rows.length} of ${countLabel(total, 'article')}`}
          </p>
          {rows.length === 0 ? (
            <EmptyState title="No article matches these filters." />
          ) : (
            <ArticleTable
              rows={rows}
              sort={search.sort}
              dir={search.dir}
              onSort={(key) =>
                update((s) => ({ ...s, sort: key, dir: s.sort === key ? (s.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIR[key] }))
              }
            />
          )}
        </>
      )}
    </div>
  );
}
