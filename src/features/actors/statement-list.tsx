import { Link } from 'react-router';
import type { Statement } from '../../domain/actor-profile.ts';
import { eventTypeLabel, reportingLabel } from '../../domain/labels.ts';
import { formatEventDate } from '../../domain/partial-date.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { PublishedLabel } from '../../components/partial-date-label.tsx';
import { articleHref, quoteRef, timelineEventHref } from '../../url/paths.ts';

/**
 * What the actor said: each quote attributed to them, verbatim (as text), with its source
 * linked at the quote and the event it is evidence for linked on the timeline.
 */
export function StatementList({ actorName, statements }: { actorName: string; statements: readonly Statement[] }) {
  if (statements.length === 0) return <EmptyState title={`No quote in the sources is attributed to ${actorName}.`} />;
  return (
    <ol className="statements">
      {statements.map(({ event, evidenceIndex, evidence, article }) => (
        <li key={`${event.id}.${evidenceIndex}`} className="statement">
          <blockquote>{evidence.quote}</blockquote>
          <p className="statement__source">
            <Link to={articleHref(evidence.articleId, { quote: quoteRef(event.id, evidenceIndex) })}>
              {article?.title || evidence.articleId}
            </Link>
            {article?.outlet ? <span className="muted">, {article.outlet}</span> : null}
            {article ? (
              <span className="muted">
                , <PublishedLabel value={article.published} />
              </span>
            ) : null}
            <span className="muted"> · {reportingLabel[evidence.reporting]}</span>
          </p>
          <p className="statement__event">
            Evidence for{' '}
            <Link to={timelineEventHref(event.id)}>
              {formatEventDate(event.date)}, {eventTypeLabel[event.type].toLowerCase()}: {event.summary}
            </Link>
            {event.draft ? <span className="tag tag--draft">draft</span> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
