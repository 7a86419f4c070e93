import { Link } from 'react-router';
import type { Actor, Day } from '../../schema/dataset.ts';
import type { AsOfRow } from '../../domain/status-as-of.ts';
import { countLabel, reportingLabel } from '../../domain/labels.ts';
import { formatDay, formatPartialDate } from '../../domain/partial-date.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { articleHref, channelHref, quoteRef } from '../../url/paths.ts';

type AsOfPanelProps = {
  day: Day;
  rows: readonly AsOfRow[];
  actorsById: ReadonlyMap<string, Actor>;
  /** The timeline link that selects an event, keeping the rest of the view. */
  eventLink: (eventId: string) => string;
};

/** Each channel's status on one day: since when, set by which event, and according to whom. */
export function AsOfPanel({ day, rows, actorsById, eventLink }: AsOfPanelProps) {
  return (
    <div className="table-wrap">
      <table className="data-table as-of-table">
        <caption>Status of each channel on {formatDay(day)}</caption>
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Status</th>
            <th scope="col">Since</th>
            <th scope="col">Set by</th>
            <th scope="col">According to</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ channel, interval, event, since, sources }) => (
            <tr key={channel.id} className={`as-of-row as-of-row--${interval?.status ?? 'none'}`}>
              <th scope="row">
                <Link to={channelHref(channel.id)}>{channel.name}</Link>
              </th>
              <td>{interval ? <StatusBadge status={interval.status} /> : <span className="muted">outside the data</span>}</td>
              <td className="nowrap">{since ?? '—'}</td>
              <td>{event ? <Link to={eventLink(event.id)}>{event.summary}</Link> : <span className="muted">No evidence yet</span>}</td>
              <td>
                {event ? (
                  <>
                    <span className="as-of__count">{countLabel(sources.length, 'source')}:</span>
                    <ul className="as-of__sources">
                      {sources.map((s) => (
                        <li key={s.article.id}>
                          <span className="nowrap">
                            {[s.article.outlet ?? 'outlet unknown', s.article.published ? formatPartialDate(s.article.published) : 'undated'].join(', ')}
                          </span>
                          {', '}
                          {s.reporting.map((r) => reportingLabel[r]).join(' and ')}
                          {s.speakerIds.length > 0 ? `, quoting ${s.speakerIds.map((id) => actorsById.get(id)?.name ?? id).join(', ')}` : ''}
                          {': '}
                          <Link to={articleHref(s.article.id, { quote: quoteRef(event.id, s.evidenceIndex) })} title={s.article.title}>
                            {s.article.title || s.article.seedFile}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
