import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { articleBodyQuery } from '../../dataset/article-body-query.ts';
import { describeLoadError } from '../../dataset/load-error.ts';
import { useDatasetIndex } from '../../dataset/use-dataset-index.ts';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { EventTable } from '../../components/event-table.tsx';
import { LoadingSkeleton } from '../../components/loading-skeleton.tsx';
import { NotFoundPanel } from '../../components/not-found-panel.tsx';
import { actorHref, articleIndexHref, channelHref } from '../../url/paths.ts';
import { ArticleActors } from './article-actors.tsx';
import { ArticleMetadata } from './article-metadata.tsx';
import { ArticleText } from './article-text.tsx';
import { CurationMark } from './curation-mark.tsx';

/** One source: metadata with how each field was obtained, then its cleaned text, loaded on demand. */
export function ArticlePage() {
  const { articleId = '' } = useParams();
  const index = useDatasetIndex();
  const article = index.articlesById.get(articleId);
  // Only ids the dataset knows are fetched; an unknown id never reaches the network.
  const body = useQuery({ ...articleBodyQuery(articleId), enabled: article !== undefined });
  if (!article) {
    return (
      <NotFoundPanel title="Article not found" links={[{ href: articleIndexHref(), label: 'All articles' }]}>
        <title>Article not found · Hotline</title>
        <p>
          The dataset has no article with the id <code>{articleId}</code>.
        </p>
      </NotFoundPanel>
    );
  }
  const actors = article.actorIds.flatMap((id) => index.actorsById.get(id) ?? []);
  return (
    <>
      <title>{`${article.title || article.id} · Hotline`}</title>
      <h1>{article.title || `(untitled: ${article.seedFile})`}</h1>
      <p className="lede">
        <CurationMark curated={article.curated} /> <span className="muted">Seed file</span> <code>{article.seedFile}</code>
      </p>
      <section aria-labelledby="metadata-heading">
        <h2 id="metadata-heading">Metadata and how it was obtained</h2>
        <ArticleMetadata article={article} />
      </section>
      <section aria-labelledby="actors-heading">
        <h2 id="actors-heading">Actors named</h2>
        <ArticleActors actors={actors} unlinkedNames={article.unlinkedNames} actorHref={actorHref} />
      </section>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Events this article gives evidence for</h2>
        <EventTable
          caption="Events with a quote from this article, oldest first"
          events={index.eventsByArticle.get(article.id) ?? []}
          channelsById={index.channelsById}
          channelHref={channelHref}
          emptyMessage={article.curated ? 'The curation records no events from this article.' : 'Not yet curated: no events recorded.'}
        />
      </section>
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">Text</h2>
        {body.isPending ? (
          <LoadingSkeleton label="Loading the article text…" rows={4} />
        ) : body.isError ? (
          <ErrorPanel {...describeLoadError(body.error)} />
        ) : (
          <ArticleText paragraphs={body.data.paragraphs} />
        )}
      </section>
    </>
  );
}
