import type { Actor, Article, Event } from '../../schema/dataset.ts';
import type { ArticleQuote } from '../../domain/article-view.ts';
import { ArticleActors } from './article-actors.tsx';
import { ArticleEvents } from './article-events.tsx';
import { ArticleMetadata } from './article-metadata.tsx';

type ArticleSidePanelProps = {
  article: Article;
  events: readonly Event[];
  quotes: readonly ArticleQuote[];
  actors: readonly Actor[];
  actorsById: ReadonlyMap<string, Actor>;
  mentionCounts: ReadonlyMap<string, number> | undefined;
  selectedActor: string | null;
  currentQuote: string | null;
  selectedEvent: string | null;
};

/** Beside the text: the metadata and how each field was obtained, the events it supports, the actors it names. */
export function ArticleSidePanel(props: ArticleSidePanelProps) {
  const { article, events, quotes, actors, actorsById, mentionCounts, selectedActor, currentQuote, selectedEvent } = props;
  return (
    <aside className="article-side" aria-label="About this article">
      <section aria-labelledby="metadata-heading">
        <h2 id="metadata-heading">Metadata and how it was obtained</h2>
        <ArticleMetadata article={article} />
      </section>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Events this article supports</h2>
        <ArticleEvents
          articleId={article.id}
          events={events}
          quotes={quotes}
          actorsById={actorsById}
          currentQuote={currentQuote}
          selectedEvent={selectedEvent}
          emptyMessage={article.curated ? 'The curation records no events from this article.' : 'Not yet curated: no events recorded.'}
        />
      </section>
      <section aria-labelledby="actors-heading">
        <h2 id="actors-heading">Actors named</h2>
        <ArticleActors
          articleId={article.id}
          actors={actors}
          mentionCounts={mentionCounts}
          selectedActor={selectedActor}
          unlinkedNames={article.unlinkedNames}
        />
      </section>
    </aside>
  );
}
