import { Fragment } from 'react';
import { Link } from 'react-router';
import type { Actor, Article, Channel, Event } from '../../schema/dataset.ts';
import { eventSources } from '../../domain/status-as-of.ts';
import { countLabel, eventTypeLabel, reportingLabel } from '../../domain/labels.ts';
import { formatDayAtPrecision, formatEventDate, formatPartialDate } from '../../domain/partial-date.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { actorHref, articleHref, channelHref, quoteRef } from '../../url/paths.ts';
import { precisionNote } from './precision-note.ts';

type EventDetailProps = {
  event: Event;
  /** The filters leave this event out; it is shown because the link selects it. */
  hidden: boolean;
  channelsById: ReadonlyMap<string, Channel>;
  actorsById: ReadonlyMap<string, Actor>;
  articlesById: ReadonlyMap<string, Article>;
  /** Adds an actor to the timeline's actor filter (a link, so it also opens in a new tab). */
  filterByActor: (actorId: string) => string;
  closeHref: string;
};

const names = (ids: readonly string[], actorsById: ReadonlyMap<string, Actor>) => ids.map((id) => actorsById.get(id)?.name ?? id).join(', ');

/** One event: what, when and how the date was read, channels and the status set, who, and every quote with its source. */
export function EventDetail({ event, hidden, channelsById, actorsById, articlesById, filterByActor, closeHref }: EventDetailProps) {
  const sources = eventSources(event, articlesById);
  const speakers = [...new Set(event.evidence.flatMap((e) => e.speakerIds))];
  const quotedOnly = speakers.filter((id) => !event.actorIds.includes(id));
  const recalled = sources.filter((s) => s.reporting.length === 1 && s.reporting[0] === 'recalled').length;
  const actor = (id: string) => (
    <li key={id}>
      <Link to={actorHref(id)}>{actorsById.get(id)?.name ?? id}</Link>{' '}
      <Link className="small-link" to={filterByActor(id)} aria-label={`Show only events with ${actorsById.get(id)?.name ?? id}`}>
        filter
      </Link>
    </li>
  );
  return (
    <section className="event-detail" aria-labelledby="event-detail-heading">
      <p className="event-detail__kicker">
        Selected event · {eventTypeLabel[event.type]}
        {event.draft ? <span className="tag tag--draft">draft: machine-suggested, not yet confirmed</span> : null}
      </p>
      <h2 id="event-detail-heading">{event.summary}</h2>
      {hidden ? <p className="notice">The current filters leave this event out; it is shown because it is selected.</p> : null}
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {formatEventDate(event.date)} <span className="muted">({precisionNote(event.date.precision)}, {event.date.basis})</span>
          <br />
          <span className="muted">How it was read: {event.date.note}</span>
        </dd>
        <dt>Channels</dt>
        <dd>
          <ul className="plain-list">
            {event.channelIds.map((id) => {
              const effect = event.statusEffects.find((s) => s.channelId === id);
              return (
                <li key={id}>
                  <Link to={channelHref(id)}>{channelsById.get(id)?.name ?? id}</Link>
                  {effect ? (
                    <>
                      {': set '}
                      <StatusBadge status={effect.status} /> from {formatDayAtPrecision(effect.effective, effect.precision)}
                    </>
                  ) : (
                    <span className="muted">: no change of status</span>
                  )}
                </li>
              );
            })}
          </ul>
        </dd>
        <dt>Taking part</dt>
        <dd>{event.actorIds.length > 0 ? <ul className="plain-list">{event.actorIds.map(actor)}</ul> : <span className="muted">none recorded</span>}</dd>
        {quotedOnly.length > 0 ? (
          <>
            <dt>Quoted about it</dt>
            <dd>
              <ul className="plain-list">{quotedOnly.map(actor)}</ul>
            </dd>
          </>
        ) : null}
        <dt>Sources</dt>
        <dd>
          {countLabel(sources.length, 'article')}
          {sources.length > 1 ? `: corroborated by ${countLabel(sources.length - 1, 'other article')}` : ': a single source'}
          {recalled > 0 ? `; ${recalled} of them ${recalled === 1 ? 'recalls' : 'recall'} it later` : ''}
        </dd>
        {event.notes.map((n, i) => (
          <Fragment key={i}>
            <dt>Note on {n.field}</dt>
            <dd>{n.note}</dd>
          </Fragment>
        ))}
      </dl>
      <h3>Evidence: who said what</h3>
      {sources.map((s) => (
        <section key={s.article.id} className="evidence-source" aria-label={`From ${s.article.title || s.article.seedFile}`}>
          <h4>
            {s.article.title || s.article.seedFile}{' '}
            <span className="muted">
              ({s.article.outlet ?? 'outlet unknown'}, {s.article.published ? formatPartialDate(s.article.published) : 'undated'})
            </span>
          </h4>
          <ol className="evidence-list">
            {event.evidence.map((e, i) =>
              e.articleId !== s.article.id ? null : (
                <li key={i}>
                  <p className="evidence-speaker">
                    {e.speakerIds.length > 0 ? `${names(e.speakerIds, actorsById)}:` : 'The article:'}{' '}
                    <span className="muted">{reportingLabel[e.reporting]}</span>
                  </p>
                  <blockquote>{e.quote}</blockquote>
                  <Link
                    to={articleHref(e.articleId, { quote: quoteRef(event.id, i) })}
                    aria-label={`Open this quote in the article: quote ${i + 1} of ${event.evidence.length}, from ${s.article.title || s.article.seedFile}`}
                  >
                    Open this quote in the article
                  </Link>
                </li>
              ),
            )}
          </ol>
        </section>
      ))}
      <p>
        <Link to={closeHref}>Close the event</Link>
      </p>
    </section>
  );
}
