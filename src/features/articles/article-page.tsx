import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import type { Article } from '../../schema/dataset.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { articleParagraphs, articleQuotes, mentionCounts, mentionsOf, quoteKey } from '../../domain/article-view.ts';
import { compareText } from '../../domain/list-query.ts';
import { articleBodyQuery } from '../../dataset/article-body-query.ts';
import { describeLoadError } from '../../dataset/load-error.ts';
import { useDatasetIndex } from '../../dataset/use-dataset-index.ts';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingSkeleton } from '../../components/loading-skeleton.tsx';
import { NotFoundPanel } from '../../components/not-found-panel.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { articleViewSearch } from '../../url/article-view-search.ts';
import { articleIndexHref, mentionAnchor } from '../../url/paths.ts';
import { useSearchState } from '../../url/use-search-state.ts';
import { ArticleHeader } from './article-header.tsx';
import { ArticleSidePanel } from './article-side-panel.tsx';
import { ArticleText } from './article-text.tsx';
import { HighlightBar } from './highlight-bar.tsx';
import { eventQuotesElementId, quoteElementId } from './highlighted-paragraph.tsx';
import { OriginalText } from './original-text.tsx';
import { useScrollToHighlight } from './use-scroll-to-highlight.ts';
import './articles.css';

/** One source: its cleaned text with mentions and quotes highlighted, and a side panel about it. */
export function ArticlePage() {
  const { articleId = '' } = useParams();
  const index = useDatasetIndex();
  const article = index.articlesById.get(articleId);
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
  // Keyed, so moving to another article starts from a clean state. Only known ids are fetched.
  return <ArticleView key={article.id} index={index} article={article} />;
}

function ArticleView({ index, article }: { index: DatasetIndex; article: Article }) {
  const context = useMemo(() => ({ index, articleId: article.id }), [index, article.id]);
  const [search, update, dropped] = useSearchState(articleViewSearch, context);
  const { hash } = useLocation();
  const body = useQuery(articleBodyQuery(article.id));

  const quotes = useMemo(() => articleQuotes(index, article.id), [index, article.id]);
  const paragraphs = useMemo(() => (body.data ? articleParagraphs(body.data, quotes) : []), [body.data, quotes]);
  const counts = useMemo(() => (body.data ? mentionCounts(body.data) : undefined), [body.data]);
  const actors = useMemo(
    () => article.actorIds.flatMap((id) => index.actorsById.get(id) ?? []).sort((a, b) => compareText(a.name, b.name)),
    [article.actorIds, index.actorsById],
  );

  const currentQuote = search.quote ? quoteKey(search.quote.eventId, search.quote.index) : null;
  const quote = quotes.find((q) => q.key === currentQuote);
  const selectedEvent = search.event ?? null;
  const eventQuotes = selectedEvent ? quotes.filter((q) => q.event.id === selectedEvent) : [];
  const firstOfEvent = eventQuotes[0];
  const selectedActor = search.actor ?? null;
  const actorTargets = body.data && selectedActor ? mentionsOf(body.data, selectedActor).map((m) => mentionAnchor(m.paragraph, m.start)) : [];
  // A `#mention-…` of the selected actor (a link from the profile) wins over its first mention.
  const hashTarget = actorTargets.indexOf(hash.slice(1));
  const target = quote
    ? quoteElementId(quote.key)
    : firstOfEvent
      ? eventQuotesElementId(firstOfEvent.event.id)
      : (actorTargets[Math.max(hashTarget, 0)] ?? null);
  useScrollToHighlight(target, body.isSuccess && !search.original);

  return (
    <article className="article-page print-clean">
      <title>{`${article.title || article.id} · Hotline`}</title>
      <UrlNotice dropped={dropped} />
      <ArticleHeader article={article} />
      <div className="article-layout">
        <section className="article-main" aria-labelledby="text-heading">
          <div className="text-toolbar">
            <h2 id="text-heading">{search.original ? 'Original text' : 'Text'}</h2>
            <button
              type="button"
              className="button no-print"
              aria-pressed={search.original}
              onClick={() => update((s) => ({ ...s, original: !s.original }))}
            >
              Show the original text
            </button>
          </div>
          <HighlightBar
            quote={quote ? { number: quote.number, eventId: quote.event.id, summary: quote.event.summary, draft: quote.event.draft, targetId: quoteElementId(quote.key) } : null}
            event={
              firstOfEvent
                ? {
                    eventId: firstOfEvent.event.id,
                    summary: firstOfEvent.event.summary,
                    draft: firstOfEvent.event.draft,
                    numbers: eventQuotes.map((q) => q.number),
                    targetId: eventQuotesElementId(firstOfEvent.event.id),
                  }
                : null
            }
            actor={selectedActor && actorTargets.length > 0 ? { actorId: selectedActor, name: index.actorsById.get(selectedActor)?.name ?? selectedActor, targetIds: actorTargets, startAt: Math.max(hashTarget, 0) } : null}
            showingOriginal={search.original}
            onClearQuote={() => update((s) => ({ ...s, quote: undefined }))}
            onClearEvent={() => update((s) => ({ ...s, event: undefined }))}
            onClearActor={() => update((s) => ({ ...s, actor: undefined }))}
            onShowCleaned={() => update((s) => ({ ...s, original: false }))}
          />
          {body.isPending ? (
            <LoadingSkeleton label="Loading the article text…" rows={4} />
          ) : body.isError ? (
            <ErrorPanel {...describeLoadError(body.error)} />
          ) : search.original ? (
            <OriginalText blocks={body.data.blocks} />
          ) : (
            <ArticleText
              paragraphs={paragraphs}
              actorsById={index.actorsById}
              eventsById={index.eventsById}
              selectedActor={selectedActor}
              currentQuote={currentQuote}
              selectedEvent={firstOfEvent ? { eventId: firstOfEvent.event.id, firstKey: firstOfEvent.key } : null}
            />
          )}
        </section>
        <ArticleSidePanel
          article={article}
          events={index.eventsByArticle.get(article.id) ?? []}
          quotes={quotes}
          actors={actors}
          actorsById={index.actorsById}
          mentionCounts={counts}
          selectedActor={selectedActor}
          currentQuote={currentQuote}
          selectedEvent={selectedEvent}
        />
      </div>
    </article>
  );
}
