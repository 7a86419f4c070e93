import { Link } from 'react-router';
import type { ArticleRow, ArticleSortKey } from '../../domain/article-list.ts';
import { PublishedLabel } from '../../components/partial-date-label.tsx';
import { SortHeader } from '../../components/sort-header.tsx';
import { articleHref } from '../../url/paths.ts';
import { CurationMark } from './curation-mark.tsx';

type ArticleTableProps = {
  rows: readonly ArticleRow[];
  sort: ArticleSortKey;
  dir: 'asc' | 'desc';
  onSort: (key: ArticleSortKey) => void;
};

const sortName: Record<ArticleSortKey, string> = {
  published: 'publication date',
  title: 'title',
  outlet: 'outlet',
  events: 'number of events',
  actors: 'number of actors',
};

const none = <span className="muted">—</span>;

/** The article index table; the caption says how it is sorted. */
export function ArticleTable({ rows, sort, dir, onSort }: ArticleTableProps) {
  const header = (key: ArticleSortKey, label: string, className?: string) => (
    <SortHeader label={label} sortKey={key} current={sort} dir={dir} onSort={onSort} className={className} />
  );
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>
          Source articles, by {sortName[sort]}, {dir === 'asc' ? 'ascending' : 'descending'}
        </caption>
        <thead>
          <tr>
            {header('title', 'Title')}
            {header('outlet', 'Outlet')}
            <th scope="col">Original source</th>
            <th scope="col">Authors</th>
            {header('published', 'Published')}
            <th scope="col">Curation</th>
            {header('events', 'Events', 'num')}
            {header('actors', 'Actors', 'num')}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ article, eventCount, draftEventCount, actorCount }) => (
            <tr key={article.id}>
              <th scope="row">
                <Link to={articleHref(article.id)}>{article.title || `(untitled: ${article.seedFile})`}</Link>
              </th>
              <td>{article.outlet ?? none}</td>
              <td>{article.originalSource ?? none}</td>
              <td>{article.authors.length > 0 ? article.authors.join(', ') : none}</td>
              <td>
                <span className="nowrap">
                  <PublishedLabel value={article.published} />
                </span>
                {article.published ? <span className="precision"> · to the {article.published.precision}</span> : null}
                {article.published?.note ? (
                  <details className="date-why">
                    <summary>why</summary>
                    <p>{article.published.note}</p>
                  </details>
                ) : null}
              </td>
              <td>
                <CurationMark curated={article.curated} />
              </td>
              <td className="num">
                {eventCount}
                {draftEventCount > 0 ? <span className="tag tag--draft">{draftEventCount} draft</span> : null}
              </td>
              <td className="num">{actorCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
