import type { Event, StatusInterval } from '../../schema/dataset.ts';
import { DayLabel } from '../../components/partial-date-label.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { EmptyState } from '../../components/empty-state.tsx';

type StatusHistoryProps = {
  channelName: string;
  intervals: readonly StatusInterval[];
  eventsById: ReadonlyMap<string, Event>;
  eventLink: (eventId: string) => string;
};

/**
 * A channel's intervals in order. `end` is exclusive, so each row runs until the next one
 * starts; the last runs to the end of the data, which is not the same as today.
 */
export function StatusHistory({ channelName, intervals, eventsById, eventLink }: StatusHistoryProps) {
  if (intervals.length === 0) return <EmptyState title="The dataset has no status intervals for this channel." />;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>Status history of the {channelName}</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">From</th>
            <th scope="col">Until</th>
            <th scope="col">Opened by</th>
          </tr>
        </thead>
        <tbody>
          {intervals.map((interval, i) => {
            const next = intervals[i + 1];
            const event = interval.eventId ? eventsById.get(interval.eventId) : undefined;
            return (
              <tr key={`${interval.start}-${interval.status}`}>
                <th scope="row">
                  <StatusBadge status={interval.status} />
                </th>
                <td className="nowrap">
                  <DayLabel day={interval.start} precision={interval.precision} />
                </td>
                <td className="nowrap">
                  {next ? <DayLabel day={next.start} precision={next.precision} /> : <span className="muted">end of data</span>}
                </td>
                <td>
                  {event ? (
                    <a href={eventLink(event.id)}>{event.summary}</a>
                  ) : interval.eventId ? (
                    interval.eventId
                  ) : (
                    <span className="muted">No evidence yet: status unknown</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
