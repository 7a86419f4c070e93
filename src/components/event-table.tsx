import { Link } from 'react-router';
import type { Channel, Event } from '../schema/dataset.ts';
import { sourceCount } from '../domain/dataset-index.ts';
import { eventTypeLabel } from '../domain/labels.ts';
import { EmptyState } from './empty-state.tsx';
import { EventDateLabel } from './partial-date-label.tsx';
import { StatusBadge } from './status-badge.tsx';

type EventTableProps = {
  /** Names the table for screen readers and shows above it. */
  caption: string;
  /** In the order to show them (the index keeps them chronological). */
  events: readonly Event[];
  channelsById: ReadonlyMap<string, Channel>;
  channelHref: (channelId: string) => string;
  /** The `id` of each row, so other parts of the page can link to it with `#…`. */
  rowId?: (eventId: string) => string;
  emptyMessage?: string;
};

/**
 * Events as a table: date, type, channels (with the status each event set on them), summary
 * and how many articles report it.
 */
export function EventTable({ caption, events, channelsById, channelHref, rowId, emptyMessage }: EventTableProps) {
  if (events.length === 0) return <EmptyState title={emptyMessage ?? 'No events.'} />;
  return (
    <div className="table-wrap">
      <table className="data-table event-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Type</th>
            <th scope="col">Channels</th>
            <th scope="col">Summary</th>
            <th scope="col" className="num">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} id={rowId?.(event.id)}>
              <td className="nowrap">
                <EventDateLabel value={event.date} />
              </td>
              <td className="nowrap">{eventTypeLabel[event.type]}</td>
              <td>
                <ul className="inline-list">
                  {event.channelIds.map((channelId) => {
                    const effect = event.statusEffects.find((s) => s.channelId === channelId);
                    return (
                      <li key={channelId}>
                        <Link to={channelHref(channelId)}>{channelsById.get(channelId)?.shortName ?? channelId}</Link>
                        {effect ? (
                          <>
                            {' → '}
                            <StatusBadge status={effect.status} />
                          </>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </td>
              <th scope="row" className="event-table__summary">
                {event.summary}
                {event.draft ? <> <span className="tag tag--draft">draft</span></> : null}
              </th>
              <td className="num">{sourceCount(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
