import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Article } from '../../schema/dataset.ts';
import { mentionContexts } from '../../domain/actor-profile.ts';
import { countLabel } from '../../domain/labels.ts';
import { articleBodyQuery } from '../../dataset/article-body-query.ts';
import { describeLoadError } from '../../dataset/load-error.ts';
import { PublishedLabel } from '../../components/partial-date-label.tsx';
import { articleHref } from '../../url/paths.ts';

type MentionArticlesProps = {
  actorId: string;
  actorName: string;
  /** Every article that names the actor, in the order to show them. */
  articles: readonly Article[];
  /** How many of them show their sentences (each needs its text file). */
  shown: number;
  /** How many more "Show more" shows. */
  step: number;
  onShowMore: () => void;
};

/**
 * Every article that names the actor; for the first `shown`, each sentence that names them,
 * with the name marked and a link that opens the article at that mention, highlighted.
 * The rest are listed by title, a click away.
 */
export function MentionArticles({ actorId, actorName, articles, shown, step, onShowMore }: MentionArticlesProps) {
  const visible = articles.slice(0, shown);
  const rest = articles.slice(shown);
  const bodies = useQueries({ queries: visible.map((a) => articleBodyQuery(a.id)) });
  if (articles.length === 0) return <p className="muted">No article names {actorName}.</p>;
  return (
    <>
      <ol className="mention-articles">
        {visible.map((article, i) => {
          const body = bodies[i];
          const contexts = body?.data ? mentionContexts(body.data, actorId) : [];
          return (
            <li key={article.id} className="mention-article">
              <h3>
                <Link to={articleHref(article.id, { actor: actorId })}>{article.title || article.id}</Link>
              </h3>
              <p className="muted mention-article__meta">
                {article.outlet ?? 'outlet unknown'} · <PublishedLabel value={article.published} />
                {body?.data ? ` · ${countLabel(body.data.mentions.filter((m) => m.actorId === actorId).length, 'mention')}` : null}
              </p>
              {!body || body.isPending ? (
                <p className="muted" role="status">
                  Loading the sentences…
                </p>
              ) : body.isError ? (
                <p className="muted">The text could not be loaded: {describeLoadError(body.error).title}.</p>
              ) : contexts.length === 0 ? (
                <p className="muted">The text names {actorName} nowhere the cleaning kept.</p>
              ) : (
                <ul className="contexts" aria-label={`Sentences naming ${actorName} in ${article.title || article.id}`}>
                  {contexts.map((context) => {
                    const first = context.mentions[0]!;
                    return (
                      <li key={`${context.paragraph}-${first.start}`}>
                        <Link
                          className="context-link"
                          to={articleHref(article.id, { actor: actorId, mention: { paragraph: first.paragraph, start: first.start } })}
                        >
                          paragraph {context.paragraph + 1}
                        </Link>{' '}
                        <q className="context">
                          {context.range.cutBefore ? '…' : null}
                          {context.parts.map((part, j) =>
                            part.mention ? (
                              <mark key={j} className="context-mention">
                                {part.text}
                              </mark>
                            ) : (
                              <span key={j}>{part.text}</span>
                            ),
                          )}
                          {context.range.cutAfter ? '…' : null}
                        </q>
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {rest.length > 0 ? (
        <div className="more-articles">
          <p>
            Also named in {countLabel(rest.length, 'more article')}:
          </p>
          <ul>
            {rest.map((article) => (
              <li key={article.id}>
                <Link to={articleHref(article.id, { actor: actorId })}>{article.title || article.id}</Link>
              </li>
            ))}
          </ul>
          <button type="button" className="button no-print" onClick={onShowMore}>
            Show the sentences of {countLabel(Math.min(rest.length, step), 'more article')}
          </button>
        </div>
      ) : null}
    </>
  );
}
