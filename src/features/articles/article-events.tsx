import { Link } from 'react-router';
import type { Actor, Event } from '../../schema/dataset.ts';
import type { ArticleQuote } from '../../domain/article-view.ts';
import { eventTypeLabel, reportingLabel } from '../../domain/labels.ts';
import { EventDateLabel } from '../../components/partial-date-label.tsx';
import { actorHref, articleHref, timelineEventHref } from '../../url/paths.ts';

type ArticleEventsProps = {
  articleId: string;
  /** Chronological. */
  events: readonly Event[];
  /** The article's quotes in reading order, numbered as in the text. */
  quotes: readonly ArticleQuote[];
  actorsById: ReadonlyMap<string, Actor>;
  currentQuote: string | null;
  selectedEvent: string | null;
  emptyMessage: string;
};

const excerpt = (text: string, max = 90) => (text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1) > 40 ? text.lastIndexOf(' ', max - 1) : max - 1)}…`);

/**
 * The events the article gives evidence for, oldest first: date, type, a draft mark, the summary
 * linked to the event on the timeline, a link that highlights all its quotes here, and each of
 * its quotes, linked to highlight it in the text (numbered as the text numbers them).
 */
export function ArticleEvents({ articleId, events, quotes, actorsById, currentQuote, selectedEvent, emptyMessage }: ArticleEventsProps) {
  if (events.length === 0) return <p className="muted">{emptyMessage}</p>;
  return (
    <ol className="side-list">
      {events.map((event) => (
        <li key={event.id} className="side-event">
          <p className="side-event__meta">
            <EventDateLabel value={event.date} /> · {eventTypeLabel[event.type]}
            {event.draft ? <span className="tag tag--draft">draft</span> : null}
          </p>
          <p className="side-event__summary">
            <Link to={timelineEventHref(event.id)}>{event.summary}</Link>{' '}
            <Link
              to={articleHref(articleId, { event: event.id })}
              className="highlight-link"
              aria-current={event.id === selectedEvent ? 'true' : undefined}
              aria-label={event.id === selectedEvent ? `Quotes for “${event.summary}” highlighted` : `Highlight the quotes for “${event.summary}”`}
            >
              {event.id === selectedEvent ? 'quotes highlighted' : 'highlight quotes'}
            </Link>
          </p>
          <ul className="quote-links" aria-label={`Quotes from this article for: ${event.summary}`}>
            {quotes
              .filter((q) => q.event.id === event.id)
              .map((q) => (
                <li key={q.key}>
                  <Link
                    to={articleHref(articleId, { quote: q.key })}
                    aria-current={q.key === currentQuote ? 'true' : undefined}
                    className="quote-link"
                  >
                    Quote {q.number}: “{excerpt(q.evidence.quote)}”
                  </Link>{' '}
                  <span className="muted">
                    {reportingLabel[q.evidence.reporting]}
                    {q.evidence.speakerIds.length > 0 ? ' · words of ' : null}
                  </span>
                  {q.evidence.speakerIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ', ' : null}
                      <Link to={actorHref(id)}>{actorsById.get(id)?.name ?? id}</Link>
                    </span>
                  ))}
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
