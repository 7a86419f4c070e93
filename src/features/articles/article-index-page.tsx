import { Link } from 'react-router';
import { useDatasetIndex } from '../../dataset/use-dataset-index.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { PublishedLabel } from '../../components/partial-date-label.tsx';
import { articleHref } from '../../url/paths.ts';
import { CurationMark } from './curation-mark.tsx';

/** Every source article, oldest first: outlet, date with its basis, curation, counts. */
export function ArticleIndexPage() {
  const index = useDatasetIndex();
  const articles = index.articlesByDate;
  return (
    <>
      <title>Articles · Hotline</title>
      <h1>Articles</h1>
      {articles.length === 0 ? (
        <EmptyState title="The dataset has no articles." />
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption>Source articles by publication date, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Outlet</th>
                <th scope="col">Published</th>
                <th scope="col">Curation</th>
                <th scope="col" className="num">
                  Events
                </th>
                <th scope="col" className="num">
                  Actors
                </th>
                <th scope="col" className="num">
                  Mentions
                </th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <tr key={article.id}>
                  <th scope="row">
                    <Link to={articleHref(article.id)}>{article.title || `(untitled: ${article.seedFile})`}</Link>
                  </th>
                  <td>{article.outlet ?? <span className="muted">unknown</span>}</td>
                  <td className="nowrap">
                    <PublishedLabel value={article.published} />
                  </td>
                  <td>
                    <CurationMark curated={article.curated} />
                  </td>
                  <td className="num">{(index.eventsByArticle.get(article.id) ?? []).length}</td>
                  <td className="num">{article.actorIds.length}</td>
                  <td className="num">{article.mentionCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
