import { Link } from 'react-router';
import type { ChannelStatusRow } from '../../domain/channel-status.ts';
import { EventDateLabel, DayLabel } from '../../components/partial-date-label.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';

type CurrentStatusTableProps = {
  rows: readonly ChannelStatusRow[];
  channelHref: (channelId: string) => string;
  /** Where the row of the event that set a status is, on this page. */
  eventLink: (eventId: string) => string;
};

/** Each channel's status at the end of the data: since when, and the event that set it. */
export function CurrentStatusTable({ rows, channelHref, eventLink }: CurrentStatusTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>Status of each channel at the end of the data</caption>
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Status</th>
            <th scope="col">Since</th>
            <th scope="col">Set by</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ channel, current, openedBy }) => (
            <tr key={channel.id}>
              <th scope="row">
                <Link to={channelHref(channel.id)}>{channel.name}</Link>
              </th>
              <td>{current ? <StatusBadge status={current.status} /> : <StatusBadge status="unknown" />}</td>
              <td className="nowrap">
                {current && current.eventId ? <DayLabel day={current.start} precision={current.precision} /> : '—'}
              </td>
              <td>
                {openedBy ? (
                  <>
                    <EventDateLabel value={openedBy.date} />
                    {': '}
                    <a href={eventLink(openedBy.id)}>{openedBy.summary}</a>
                  </>
                ) : (
                  <span className="muted">No evidence in the sources yet</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
