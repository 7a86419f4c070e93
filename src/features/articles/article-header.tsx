import type { Article } from '../../schema/dataset.ts';
import { PublishedLabel } from '../../components/partial-date-label.tsx';
import { CurationMark } from './curation-mark.tsx';

/** Title, outlet, date and curation state; an uncurated article says so plainly. */
export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="article-header">
      <h1>{article.title || `(untitled: ${article.seedFile})`}</h1>
      <p className="article-header__meta">
        <span>{article.outlet ?? <span className="muted">outlet unknown</span>}</span>
        {article.originalSource ? <span>from {article.originalSource}</span> : null}
        {article.authors.length > 0 ? <span>by {article.authors.join(', ')}</span> : null}
        <PublishedLabel value={article.published} />
        <CurationMark curated={article.curated} />
        <span className="muted">
          seed file <code>{article.seedFile}</code>
        </span>
      </p>
      {article.curated ? null : (
        // DESIGN.md "Inputs → Raw articles": an uncurated article still appears, clearly marked.
        <p className="uncurated-note" role="note">
          <strong>Not yet curated.</strong> No analyst has read this article yet, so it supports no events. The actors
          below were recognised automatically from their names.
        </p>
      )}
    </header>
  );
}
